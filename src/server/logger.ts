import pino, { type Logger } from "pino";
import type { LogLevel } from "../config";

export type { Logger };

/** Structured JSON logs on stdout, one object per line, with the service name on every line. */
export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "ecograph" }, timestamp: pino.stdTimeFunctions.isoTime });
}
