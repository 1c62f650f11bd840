import { createHmac } from 'node:crypto';
import type { FakeSlack } from './slack-api.ts';

// How "Slack" delivers to the app under test: signed HTTP posts to /slack/events, or
// envelopes over the Socket Mode WebSocket. Scenarios run the same way over both.

export const SIGNING_SECRET = 'test-signing-secret';

export interface Delivered {
  /** HTTP status (200 when Socket Mode acknowledged the envelope). */
  status: number;
}

export interface Transport {
  mode: 'http' | 'socket';
  command(fields: Record<string, string>): Promise<Delivered>;
  event(callback: Record<string, unknown>, retry?: number): Promise<Delivered>;
}

export function sign(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export async function post(url: string, body: string, contentType: string, headers: Record<string, string>): Promise<Delivered> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': contentType, ...headers } });
  await res.arrayBuffer();
  return { status: res.status };
}

export function httpTransport(eventsUrl: string, secret = SIGNING_SECRET): Transport {
  return {
    mode: 'http',
    command(fields) {
      const body = new URLSearchParams(fields).toString();
      return post(eventsUrl, body, 'application/x-www-form-urlencoded', sign(body, secret));
    },
    event(callback, retry) {
      const body = JSON.stringify(callback);
      const retryHeaders = retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {};
      return post(eventsUrl, body, 'application/json', { ...sign(body, secret), ...retryHeaders });
    },
  };
}

export function socketTransport(fake: FakeSlack): Transport {
  return {
    mode: 'socket',
    async command(fields) {
      await fake.envelope('slash_commands', fields);
      return { status: 200 };
    },
    async event(callback, retry) {
      await fake.envelope('events_api', callback, retry ? { retry_attempt: retry, retry_reason: 'timeout' } : { retry_attempt: 0, retry_reason: '' });
      return { status: 200 };
    },
  };
}
