import { pino, type Logger, type DestinationStream } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/** Structured JSON logs, one object a line, on stdout (or a given stream, for tests). */
export function createLogger(level: LogLevel, stream?: DestinationStream): Logger {
  return pino(
    {
      level,
      // pid tells apart the processes of one server (UIDSL_WORKERS).
      base: { service: 'uidsl-api', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Keys are secrets: a logged header must never carry one.
      redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
    },
    stream,
  );
}
