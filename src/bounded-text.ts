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
 */
export function boundEchoes(message: string, max = MAX_ECHO_CHARACTERS): string {
  if (message.length <= max) return message;
  const quoted = message.replace(/"((?:[^"\\]|\\.)*)"/g, (whole: string, inner: string) =>
    inner.length <= max ? whole : `"${inner.slice(0, max)}…" (${inner.length} characters)`,
  );
  const longest = 10 * max;
  return quoted.length <= longest ? quoted : `${quoted.slice(0, longest)}… (message of ${quoted.length} characters cut)`;
}
