import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

// A recording fake of the parts of Slack the adapter talks to, on 127.0.0.1: the Web API
// (/api/<method>), response_url endpoints (/respond/<id>) and a Socket Mode WebSocket (/socket).
// Tests assert on what it received.

export const BOT_TOKEN = 'xoxb-test-bot-token';
export const APP_TOKEN = 'xapp-test-app-token';
export const BOT_USER = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM = 'T0000001';

export interface ApiCall {
  method: string;
  token: string | undefined;
  body: Record<string, unknown>;
}

export interface Responded {
  path: string;
  body: Record<string, unknown>;
}

type Recorded = { kind: 'api'; call: ApiCall } | { kind: 'respond'; call: Responded };

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  // The Web API client sends forms, with objects (blocks, view) as JSON strings.
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: Responded[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly sockets = new Set<WebSocket>();
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private ts = 1_700_000_000;
  private envelopes = 0;
  private wss: WebSocketServer;

  private constructor(private readonly server: Server) {
    this.wss = new WebSocketServer({ server, path: '/socket' });
    this.wss.on('connection', (ws) => this.onSocket(ws));
  }

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on('request', (req, res) => void fake.onRequest(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** Web API calls of one method, in order. */
  called(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `check()` is true (re-checked whenever something arrives), or fails after `ms`. */
  async until<T>(check: () => T | undefined | false, ms = 3000): Promise<T> {
    const now = check();
    if (now) return now;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(retry);
        reject(new Error(`fake Slack: nothing matching arrived within ${ms} ms; calls: ${this.calls.map((c) => c.method).join(', ')}`));
      }, ms);
      const retry = () => {
        const value = check();
        if (!value) return;
        clearTimeout(timer);
        this.waiters.delete(retry);
        resolve(value);
      };
      this.waiters.add(retry);
    });
  }

  /** The n-th (1-based) recorded call of a method, once it has arrived. */
  nth(method: string, n = 1, ms?: number): Promise<ApiCall> {
    return this.until(() => this.called(method)[n - 1], ms);
  }

  responseNo(n = 1, ms?: number): Promise<Responded> {
    return this.until(() => this.responses[n - 1], ms);
  }

  private record(entry: Recorded): void {
    if (entry.kind === 'api') this.calls.push(entry.call);
    else this.responses.push(entry.call);
    this.wake();
  }

  private wake(): void {
    for (const retry of [...this.waiters]) retry();
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parseBody(await readBody(req), req.headers['content-type']);
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path.startsWith('/respond/')) {
      this.record({ kind: 'respond', call: { path, body } });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const answer = this.answer(method, token, body);
    this.record({ kind: 'api', call: { method, token, body } });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  private answer(method: string, token: string | undefined, body: Record<string, unknown>): Record<string, unknown> {
    const bad = { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return token === BOT_TOKEN ? { ok: true, user_id: BOT_USER, bot_id: BOT_ID, team_id: TEAM, user: 'almabot', team: 'Test' } : bad;
      case 'apps.connections.open':
        return token === APP_TOKEN ? { ok: true, url: `${this.url.replace('http', 'ws')}/socket` } : bad;
      case 'chat.postMessage':
        return token === BOT_TOKEN ? { ok: true, channel: body.channel, ts: `${++this.ts}.000100`, message: body } : bad;
      case 'chat.postEphemeral':
        return token === BOT_TOKEN ? { ok: true, message_ts: `${++this.ts}.000200` } : bad;
      case 'views.publish':
        return token === BOT_TOKEN ? { ok: true, view: body.view } : bad;
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  // ---- Socket Mode ----

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.wake();
    });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload ?? {});
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0000001' } }));
  }

  get connected(): number {
    return this.sockets.size;
  }

  /** Sends an envelope to the connected app; resolves with its ack's payload. */
  envelope(type: 'slash_commands' | 'events_api', payload: object, extra: object = {}, ms = 3000): Promise<unknown> {
    const [ws] = this.sockets;
    if (!ws) throw new Error('fake Slack: no Socket Mode connection');
    const envelopeId = `env-${++this.envelopes}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Slack: envelope ${envelopeId} was not acknowledged within ${ms} ms`)), ms);
      this.acks.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands', ...extra }));
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
