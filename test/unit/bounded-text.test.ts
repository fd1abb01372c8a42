import { boundEchoes, MAX_ECHO_CHARACTERS, quoteBounded } from "../../src/bounded-text";

const MB = 1024 * 1024;

describe("boundEchoes", () => {
  it("leaves a message with only short quotes as it is", () => {
    const message = `Variable "$p" got invalid value "abc"; expected type "String".`.padEnd(MAX_ECHO_CHARACTERS + 10, ".");
    expect(boundEchoes(message)).toBe(message);
  });

  it("cuts a long quoted run to MAX_ECHO_CHARACTERS and says how long it was", () => {
    const message = `No platform has the id or name "${"x".repeat(1000)}" (platform).`;
    expect(boundEchoes(message)).toBe(`No platform has the id or name "${"x".repeat(MAX_ECHO_CHARACTERS)}…" (1000 characters) (platform).`);
  });

  it("bounds a quoted run of 32 MB (a regular expression gave up on it with a stack overflow)", () => {
    const message = `Variable "$p" got ${JSON.stringify("x".repeat(32 * MB))}; done.`;
    expect(boundEchoes(message)).toBe(`Variable "$p" got "${"x".repeat(MAX_ECHO_CHARACTERS)}…" (${32 * MB} characters); done.`);
  });

  it("skips escaped quotes and backslashes inside a quoted run", () => {
    const inner = `a\\"b\\\\`.repeat(100); // JSON-escaped text: a\"b\\ …
    const message = `got "${inner}" and "short"`;
    expect(boundEchoes(message)).toBe(`got "${inner.slice(0, MAX_ECHO_CHARACTERS)}…" (${inner.length} characters) and "short"`);
  });

  it("bounds every long run, and leaves the text after an unclosed quote as it is", () => {
    const long = "y".repeat(300);
    const message = `"${long}" then "${long}" then "unclosed ${long}`;
    const bounded = boundEchoes(message);
    expect(bounded.startsWith(`"${"y".repeat(MAX_ECHO_CHARACTERS)}…" (300 characters) then "${"y".repeat(MAX_ECHO_CHARACTERS)}…" (300 characters) then "unclosed `)).toBe(true);
    expect(bounded).toHaveLength(message.length - 2 * (300 - MAX_ECHO_CHARACTERS) + 2 * "… (300 characters)".length);
  });

  it("cuts a message that is still too long after its quotes are bounded, and says how long it was", () => {
    const message = "word ".repeat(1000);
    expect(boundEchoes(message)).toBe(`${message.slice(0, 10 * MAX_ECHO_CHARACTERS)}… (message of ${message.length} characters cut)`);
  });
});

describe("quoteBounded", () => {
  it("quotes a short value in full and a long one cut, with its length", () => {
    expect(quoteBounded("abc")).toBe('"abc"');
    expect(quoteBounded("z".repeat(5 * MB))).toBe(`"${"z".repeat(MAX_ECHO_CHARACTERS)}"… (${5 * MB} characters)`);
    expect(quoteBounded({ a: 1 })).toBe('{"a":1}');
  });
});
