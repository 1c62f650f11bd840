import { pino } from 'pino';
import type { Redact } from '../src/redact.ts';
import type { Logger } from '../src/services.ts';

/**
 * JSON log lines on stderr (stdout stays the terminal chat), each passed through `redact` as it
 * is written, so no code path can log a token, whatever object it hands the logger.
 */
export function createLogger(level: string, redact: Redact, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: null,
      serializers: { err: pino.stdSerializers.err },
      hooks: { streamWrite: redact },
    },
    destination,
  );
}
