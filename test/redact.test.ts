import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../adapters/logger.ts';
import { createRedactor } from '../src/redact.ts';
import { createRouter } from '../src/router.ts';
import { fixtureApp, request } from './helpers.ts';

const DISCORD = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.discord-secret-token-value';
const SLACK_BOT = 'xoxb-1111-2222-slacksecretvalue';
const SIGNING = 'c0ffee-signing-secret-1234';

function capture() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  return { out, text: () => text };
}

describe('secret redaction', () => {
  const redact = createRedactor([DISCORD, SLACK_BOT, SIGNING, undefined, 'short']);

  it('removes every configured secret and any Slack-shaped token from text', () => {
    const text = redact(`auth ${DISCORD} then ${SLACK_BOT} and ${SIGNING}; unknown xapp-1-A0B1C2D3E4-secretish; short stays`);
    expect(text).toBe('auth [redacted] then [redacted] and [redacted]; unknown [redacted]; short stays');
  });

  it('keeps secrets out of every log line, whatever the logger is handed', () => {
    const sink = capture();
    const log = createLogger('debug', redact, sink.out);
    log.error({ err: new Error(`login failed for ${DISCORD}`) }, `platform failed: ${SLACK_BOT}`);
    log.warn({ headers: { authorization: `Bot ${DISCORD}` }, nested: [{ secret: SIGNING }] }, 'request');
    log.info({ problem: `Slack: rejected ${SLACK_BOT}` });
    const text = sink.text();
    expect(text.trim().split('\n')).toHaveLength(3);
    for (const secret of [DISCORD, SLACK_BOT, SIGNING]) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });

  it('keeps secrets out of the router error path', () => {
    const sink = capture();
    const { services } = fixtureApp();
    const log = createLogger('info', redact, sink.out);
    const router = createRouter({ ...services, log, engine: { ...services.engine, search: () => { throw new Error(`token ${DISCORD}`); } } });
    const reply = router.handle(request('ask', { question: 'x' }));
    expect(JSON.stringify(reply)).not.toContain(DISCORD);
    expect(sink.text()).toContain('[redacted]');
    expect(sink.text()).not.toContain(DISCORD);
  });
});
