import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mergeFeed, parseFeed } from '../src/lifecycle/endoflife-feed.ts';
import { refreshLifecycle, startLifecycleRefresh } from '../src/lifecycle/refresh-lifecycle.ts';
import type { Logger } from '../src/services.ts';
import { on, row, shipped } from './lifecycle-helpers.ts';

/** A logger that keeps what it was told, so tests can count warnings. */
function recordingLogger() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const at = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, ...(msg === undefined ? {} : { msg }) });
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  return { log, warnings: () => lines.filter((l) => l.level === 'warn') };
}

// endoflife.date's answer for AlmaLinux after a hypothetical 9.9 release.
const FEED = [
  { cycle: '10', releaseDate: '2025-05-27', support: '2030-05-31', eol: '2035-05-31', latest: '10.2', latestReleaseDate: '2026-05-26', lts: false },
  { cycle: '9', releaseDate: '2022-05-26', support: '2027-05-31', eol: '2032-05-31', latest: '9.9', latestReleaseDate: '2026-11-20', lts: false },
  { cycle: '8', releaseDate: '2021-03-30', support: '2024-05-31', eol: '2029-05-31', latest: '8.10', latestReleaseDate: '2024-05-28', lts: false },
];

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const json = (body: unknown, status = 200): Route => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};
const routes: Record<string, Route> = {
  '/ok.json': json(FEED),
  '/error.json': json({ message: 'boom' }, 500),
  '/not-json.json': json('<html>maintenance</html>'),
  '/bad-date.json': json([{ ...FEED[1], eol: '2032-02-30' }]),
  '/object.json': json({ result: FEED }),
  '/wrong-latest.json': json([{ ...FEED[1], latest: '10.3' }]),
  '/hang.json': () => {}, // never answers
  '/slow.json': (req, res) => void setTimeout(() => json(FEED)(req, res), 100),
};
let server: Server;
let base = '';
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1;
    (routes[req.url ?? ''] ?? json({}, 404))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const today = on('2026-11-28');
const options = (path: string, log: Logger) => ({ url: `${base}${path}`, log, timeoutMs: 300, now: () => today });

describe('LIFECYCLE_URL refresh', () => {
  it('merges a newer minor and says where the dates came from', async () => {
    const lc = shipped();
    const { log, warnings } = recordingLogger();
    expect(await refreshLifecycle(lc, options('/ok.json', log))).toBe(true);
    expect(warnings()).toEqual([]);
    expect(lc.reply('9.8', today).body).toContain('it reached end of life on **2026-11-20**, when 9.9 was released. Move to **9.9**');
    // The 9.9 beta of the bundled data becomes the released 9.9: its beta day and codename stay,
    // its beta kernel does not (the stable one can differ), and it is no longer called a beta.
    const v99 = lc.reply('9.9', today);
    expect(v99.title).toBe('AlmaLinux 9.9 “Chartreuse Bobcat”');
    expect(v99.fields).toContainEqual({ name: 'Released', value: '2026-11-20' });
    expect(v99.fields).toContainEqual({ name: 'Beta', value: '2026-09-17' });
    expect(v99.fields).toContainEqual({ name: 'Kernel', value: 'not known' });
    expect(lc.current().almalinux[1]?.betas).toBeUndefined();
    expect(lc.current().almalinux[2]?.betas?.map((b) => b.version)).toEqual(['10.3']);
    expect(lc.reply('9', today).table?.rows.map((x) => x[0]).slice(0, 2)).toEqual(['9.9', '9.8']);
    expect(v99.sources.map((s) => s.url)).toContain(`${base}/ok.json`);
    expect(row(lc.reply(undefined, today), 'AlmaLinux 9')?.[5]).toBe('9.9 (2026-11-20)');
    expect(lc.reply(undefined, today).body).toContain(`dates refreshed from ${base}/ok.json on 2026-11-28`);
    expect(lc.bundled.almalinux[1]?.minors.at(-1)?.version).toBe('9.8');
  });

  it.each([
    ['/error.json', 'HTTP 500'],
    ['/not-json.json', 'response is not valid JSON'],
    ['/bad-date.json', '[0].eol: "2032-02-30" is not a date (YYYY-MM-DD)'],
    ['/object.json', 'expected a non-empty JSON array of cycles'],
    ['/wrong-latest.json', '[0].latest: "10.3" is not a 9.x version'],
    ['/hang.json', 'timed out'],
  ])('%s: keeps the bundled data and warns once (%s)', async (path, reason) => {
    const lc = shipped();
    const { log, warnings } = recordingLogger();
    expect(await refreshLifecycle(lc, options(path, log))).toBe(false);
    expect(warnings()).toEqual([{ level: 'warn', obj: { url: `${base}${path}`, reason }, msg: 'lifecycle refresh failed; keeping the data in use' }]);
    expect(lc.current()).toBe(lc.bundled);
    expect(lc.reply('9.8', today).body).toContain('9.8 is the latest 9.x');
  });

  it('warns once when nothing listens on the port', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const lc = shipped();
    const { log, warnings } = recordingLogger();
    expect(await refreshLifecycle(lc, { url: `http://127.0.0.1:${port}/x.json`, log, timeoutMs: 1000 })).toBe(false);
    expect(warnings()).toHaveLength(1);
    expect(lc.current()).toBe(lc.bundled);
  });

  it('never delays an answer: replies come from the data in hand while a fetch hangs', async () => {
    const lc = shipped();
    const { log } = recordingLogger();
    let settled = false;
    const { first, stop } = startLifecycleRefresh(lc, options('/hang.json', log));
    void first.then(() => (settled = true));
    const started = Date.now();
    expect(lc.answer('is alma 9 eol', today)?.title).toBe('AlmaLinux OS 9');
    expect(Date.now() - started).toBeLessThan(100);
    expect(settled).toBe(false);
    expect(await first).toBe(false);
    stop();
  });

  it('a fetch still in flight when the refresh is stopped does not replace the data', async () => {
    const lc = shipped();
    const { log } = recordingLogger();
    const before = lc.current();
    const { first, stop } = startLifecycleRefresh(lc, { ...options('/slow.json', log), intervalMs: 60_000 });
    stop();
    await first;
    expect(lc.current()).toBe(before);
  });

  it('refreshes again on its interval, and a later failure keeps the last good data', async () => {
    const lc = shipped();
    const { log } = recordingLogger();
    const before = hits['/ok.json'] ?? 0;
    const { first, stop } = startLifecycleRefresh(lc, { ...options('/ok.json', log), intervalMs: 40 });
    expect(await first).toBe(true);
    // Waits for the hits rather than a fixed time, so a busy machine slows the test instead of failing it.
    await vi.waitFor(() => expect((hits['/ok.json'] ?? 0) - before).toBeGreaterThanOrEqual(3), { timeout: 5000, interval: 20 });
    stop();
    const good = lc.current();
    expect(await refreshLifecycle(lc, options('/error.json', log))).toBe(false);
    expect(lc.current()).toBe(good);
  });
});

describe('endoflife.date feed', () => {
  const bundled = shipped().bundled;

  it('accepts numbers as cycles and booleans for missing dates', () => {
    const parsed = parseFeed([{ cycle: 11, releaseDate: '2030-05-20', support: true, eol: false, latest: '11.0', latestReleaseDate: '2030-05-20' }]);
    expect(parsed).toEqual({ ok: true, cycles: [{ cycle: '11', releaseDate: '2030-05-20', latest: '11.0', latestReleaseDate: '2030-05-20' }] });
  });

  it('adds a new major with only the dates it was given', () => {
    const parsed = parseFeed([{ cycle: '11', releaseDate: '2030-05-20', support: true, eol: true, latest: '11.0', latestReleaseDate: '2030-05-20' }]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const merged = mergeFeed(bundled, parsed.cycles, 'http://127.0.0.1/feed.json', '2030-06-01');
    if (!merged.ok) throw new Error(merged.problems.join('\n'));
    const eleven = merged.data.almalinux.at(-1)!;
    expect([eleven.major, eleven.activeSupportEnd, eleven.securitySupportEnd, eleven.minors.map((m) => m.version)]).toEqual(['11', undefined, undefined, ['11.0']]);
  });

  it('refuses a merge that breaks the rules of the bundled file', () => {
    const parsed = parseFeed([{ cycle: '9', support: '2033-01-01' }]);
    if (!parsed.ok) throw new Error(parsed.reason);
    const merged = mergeFeed(bundled, parsed.cycles, 'http://127.0.0.1/feed.json', '2026-11-28');
    expect(merged).toEqual({ ok: false, problems: ['almalinux[1].activeSupportEnd: ends after securitySupportEnd'] });
  });
});
