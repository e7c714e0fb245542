import { pino, type Logger, type DestinationStream } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger };

/** Structured JSON logs, one object a line, on stdout (or a given stream, for tests). */
export function createLogger(level: LogLevel, stream?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'uidsl-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Keys are secrets: a logged header must never carry one.
      redact: { paths: ['req.headers.authorization', 'headers.authorization'], censor: '[redacted]' },
    },
    stream,
  );
}
