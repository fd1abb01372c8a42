import pino, { type Logger } from "pino";
import type { LogLevel } from "../config";

export type { Logger };

/**
 * Structured JSON logs on stdout, one object per line, with the service name on every line.
 * Written asynchronously: a line is handed to the OS right away when no write is in flight, and
 * lines logged meanwhile (one per request under load) go out together in the next write, instead
 * of one blocking write system call per request (0.7 ms of a 1.5 ms list request on a busy
 * machine, issue 13). pino flushes what is left synchronously when the process exits.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "ecograph" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: false }));
}
