import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactStream } from '../adapters/logger.ts';
import { readConfig, secretValues } from '../src/config.ts';
import { createRedactor } from '../src/redact.ts';

// A pasted token often carries a space or a carriage return. config.ts trims it before sending,
// so the redactor must hide the trimmed value in every form it travels in, on every line.

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret/token+value=';
const env = { DISCORD_TOKEN: ` ${TOKEN}\r`, DISCORD_APP_ID: '1', SLACK_BOT_TOKEN: 'xoxb-1-2-abc\n', SLACK_SIGNING_SECRET: ' c0ffee-signing-secret ' };

describe('redaction of every form a secret is sent in', () => {
  const redact = createRedactor(secretValues(env));

  it('hides the trimmed value config.ts sends, as a header, URL-encoded and JSON-escaped', () => {
    expect(readConfig(env).settings.discord?.token).toBe(TOKEN);
    const lines = [
      `Authorization: Bot ${TOKEN}`,
      `GET /gateway?token=${encodeURIComponent(TOKEN)}`,
      JSON.stringify({ raw: env.DISCORD_TOKEN }),
      `signing ${env.SLACK_SIGNING_SECRET.trim()}`,
    ];
    for (const line of lines) {
      const out = redact(line);
      expect(out).toContain('[redacted]');
      expect(out).not.toContain('secret/token');
      expect(out).not.toContain('secret%2Ftoken');
      expect(out).not.toContain('c0ffee-signing-secret');
    }
  });

  it('hides it in a log line whatever object carries it', () => {
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (c: Buffer) => (text += c.toString()));
    createLogger('info', redact, sink).error({ headers: { authorization: `Bot ${TOKEN}` }, url: `https://x/?t=${encodeURIComponent(TOKEN)}` }, 'API error');
    expect(text).toContain('[redacted]');
    expect(text).not.toContain('GhIjKl');
  });

  it('hides it on stderr lines no logger formats (a fatal stack, a library warning)', () => {
    const chunks: string[] = [];
    const stream = { write: (chunk: unknown) => chunks.push(String(chunk)) > 0 } as unknown as NodeJS.WriteStream;
    redactStream(stream, redact);
    stream.write(`fatal: Error: 401 for Bot ${TOKEN}\n`);
    stream.write(Buffer.from(`warning ${TOKEN}\n`));
    expect(chunks.join('')).not.toContain('GhIjKl');
    expect(chunks.join('')).toContain('[redacted]');
  });
});
