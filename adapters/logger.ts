import { pino } from 'pino';
import type { Logger } from '../src/services.ts';

/** JSON log lines on stderr, so stdout stays the chat (terminal mode) or free for the user. */
export function createLogger(level: string): Logger & { level: string } {
  return pino({ level, base: null }, pino.destination(2));
}
