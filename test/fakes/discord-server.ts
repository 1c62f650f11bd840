import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { APP_ID, BOT, CHANNEL_ID, GUILD_ID, snowflake, TOKEN } from './discord-ids.ts';

// A recording fake of Discord's REST API and gateway on 127.0.0.1, enough for the real discord.js
// client to log in, receive events and send replies. See ../../../shared/design/e2e-testing.md.

export interface Recorded {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. /interactions/1/tok/callback. */
  path: string;
  query: URLSearchParams;
  body: any;
  /** The message the fake answered a channel message post with (its id, to reply to it). */
  response?: any;
}

export interface FakeDiscord {
  apiUrl: string;
  requests: Recorded[];
  /** IDENTIFY payloads received on the gateway (intents, token). */
  identifies: any[];
  dispatch(t: string, d: unknown): void;
  waitFor(match: (r: Recorded) => boolean, ms?: number): Promise<Recorded>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString();
  return text ? JSON.parse(text) : undefined;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** A message as Discord returns it after a send. */
function sentMessage(channelId: string, body: any): object {
  return {
    id: snowflake(), channel_id: channelId, author: BOT, content: body?.content ?? '', embeds: body?.embeds ?? [],
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [],
    mention_roles: [], attachments: [], pinned: false, type: body?.message_reference ? 19 : 0, flags: body?.flags ?? 0,
    ...(body?.message_reference ? { message_reference: body.message_reference } : {}),
  };
}

function route(r: Recorded, res: ServerResponse, authorized: boolean, gatewayUrl: string): void {
  const p = r.path;
  if (p === '/gateway/bot') {
    if (!authorized) return json(res, 401, { message: '401: Unauthorized', code: 0 });
    return json(res, 200, { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
  }
  // An empty 204 must carry no JSON content type, or discord.js tries to parse it.
  if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(p) || r.method === 'DELETE') return void res.writeHead(204).end();
  if (!authorized && !p.startsWith('/webhooks/')) return json(res, 401, { message: '401: Unauthorized', code: 0 });
  const channel = /^\/channels\/([^/]+)\/messages$/.exec(p);
  if (channel && r.method === 'POST') return json(res, 200, (r.response = sentMessage(channel[1]!, r.body)));
  if (p === '/users/@me/channels') return json(res, 200, { id: snowflake(), type: 1, recipients: [{ id: r.body.recipient_id, username: 'dm-user', discriminator: '0', avatar: null }] });
  if (/^\/applications\/[^/]+(\/guilds\/[^/]+)?\/commands$/.test(p) && r.method === 'PUT') {
    return json(res, 200, (r.body as object[]).map((c) => ({ id: snowflake(), application_id: APP_ID, version: snowflake(), ...c })));
  }
  if (p.startsWith('/webhooks/')) return json(res, 200, sentMessage(CHANNEL_ID, r.body));
  json(res, 404, { message: `fake Discord has no route ${r.method} ${p}`, code: 0 });
}

export async function startFakeDiscord(token = TOKEN): Promise<FakeDiscord> {
  const requests: Recorded[] = [];
  const waiters = new Set<{ match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }>();
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  server.on('request', async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${base}`);
    const path = url.pathname.replace(/^\/api\/v\d+/, '').split('/').map(decodeURIComponent).join('/');
    const r: Recorded = { method: req.method ?? 'GET', path, query: url.searchParams, body: await readBody(req) };
    requests.push(r);
    route(r, res, req.headers.authorization === `Bot ${token}`, `ws://${base}/gateway`);
    for (const w of waiters) if (w.match(r)) (waiters.delete(w), w.resolve(r));
  });

  const gateway = createGateway(server, token);
  return {
    apiUrl: `http://${base}/api`,
    requests,
    identifies: gateway.identifies,
    dispatch: gateway.dispatch,
    waitFor(match, ms = 2000) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const w = { match, resolve };
        waiters.add(w);
        setTimeout(() => waiters.delete(w) && reject(new Error(`fake Discord: no matching request within ${ms} ms`)), ms).unref();
      });
    },
    async close() {
      gateway.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function createGateway(server: ReturnType<typeof createServer>, token: string) {
  const wss = new WebSocketServer({ server });
  const sockets = new Set<WebSocket>();
  const identifies: any[] = [];
  let seq = 0;
  const send = (ws: WebSocket, t: string, d: unknown) => ws.send(JSON.stringify({ op: 0, t, s: ++seq, d }));

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(raw.toString());
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op !== 2) return;
      identifies.push(frame.d);
      if (frame.d.token !== token) return void ws.close(4004, 'Authentication failed.');
      send(ws, 'READY', { v: 10, user: BOT, guilds: [{ id: GUILD_ID, unavailable: true }], session_id: 'fake-session', resume_gateway_url: 'ws://127.0.0.1:1', application: { id: APP_ID, flags: 0 } });
      send(ws, 'GUILD_CREATE', guildCreate());
    });
  });
  return {
    identifies,
    dispatch: (t: string, d: unknown) => sockets.forEach((ws) => send(ws, t, d)),
    close: () => {
      sockets.forEach((ws) => ws.terminate());
      wss.close();
    },
  };
}

/** The test server with the one text channel the tests talk in. */
function guildCreate(): object {
  return {
    id: GUILD_ID, name: 'AlmaLinux test', icon: null, owner_id: '1', unavailable: false, member_count: 2, large: false,
    features: [], roles: [], emojis: [], stickers: [], members: [], voice_states: [], presences: [], threads: [],
    stage_instances: [], guild_scheduled_events: [], joined_at: new Date().toISOString(),
    channels: [{ id: CHANNEL_ID, type: 0, name: 'help', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
  };
}
