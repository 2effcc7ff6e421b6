import pino, { type Logger } from 'pino';
import type { Config } from '../config/index';

/** Creates the process logger: JSON lines on stderr (pino), at the configured level. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { app: 'diplograph' } }, pino.destination(2));
}

export type { Logger };
