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

/**
 * Passes everything written to `stream` (stderr: library warnings, Node's own messages, a fatal
 * stack) through `redact`, so a token in an error no code of ours formats is still hidden.
 */
export function redactStream(stream: NodeJS.WriteStream, redact: Redact): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : chunk;
    return write(typeof text === 'string' ? redact(text) : text, ...rest);
  }) as typeof stream.write;
}
