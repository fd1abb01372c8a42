/**
 * Echoes of received values, bounded. An error message that quotes what the caller sent helps;
 * one that quotes a megabyte back makes a 2 MB answer out of a 1 MB mistake. Every quote of a
 * received value goes through these.
 */

/** Most characters of a received value an error message quotes. */
export const MAX_ECHO_CHARACTERS = 200;

/**
 * `value` as JSON for an error message: in full when short, else its first MAX_ECHO_CHARACTERS
 * characters followed by how long it was, e.g. `"xxxx…" (1048576 characters)`.
 */
export function quoteBounded(value: unknown, max = MAX_ECHO_CHARACTERS): string {
  if (typeof value === "string") {
    return value.length <= max ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * Bounds the echoes inside a finished message (graphql-js and libraries quote values in full):
 * every double-quoted run longer than `max` is cut to `max` characters plus its length, and a
 * message that is still too long is cut at 10 × `max` characters with the length it had.
 *
 * A scan, not a regular expression: a regular expression for a quoted run with escapes keeps one
 * backtrack entry per character, and V8 gives up on a quoted run of a few megabytes with
 * "Maximum call stack size exceeded", which turned a client's mistake into an internal error.
 */
export function boundEchoes(message: string, max = MAX_ECHO_CHARACTERS): string {
  if (message.length <= max) return message;
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (let open = message.indexOf('"'); open !== -1; ) {
    const close = closingQuote(message, open + 1);
    // No closing quote: no later quote can close either, so the rest stays as it is.
    if (close === -1) break;
    const length = close - open - 1;
    if (length > max) {
      parts.push(message.slice(copiedUpTo, open), `"${message.slice(open + 1, open + 1 + max)}…" (${length} characters)`);
      copiedUpTo = close + 1;
    }
    open = message.indexOf('"', close + 1);
  }
  parts.push(message.slice(copiedUpTo));
  const quoted = parts.join("");
  const longest = 10 * max;
  return quoted.length <= longest ? quoted : `${quoted.slice(0, longest)}… (message of ${quoted.length} characters cut)`;
}

/** The index of the quote that ends a quoted run whose text starts at `from`, skipping escapes; -1 if none. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
