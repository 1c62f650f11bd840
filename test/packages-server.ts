// A static file server on 127.0.0.1 for the package tests: serves a folder the way a mirror
// does (ETag, Last-Modified, 304 on a matching If-None-Match), counts requests per path, and
// lets a test replace a path's answer (a broken file, a status, or a server that never answers).

import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const reposFixture = join(import.meta.dirname, 'fixtures', 'repos');

export type Override = 'hang' | { status: number } | { body: Uint8Array };

export interface FileServer {
  url: string;
  root: string;
  /** Requests per path, and how many of them were conditional (If-None-Match / If-Modified-Since). */
  hits: Map<string, number>;
  conditional: Map<string, number>;
  overrides: Map<string, Override>;
  close(): Promise<void>;
}

/** A writable copy of the fixture repositories, so a test may change files. */
export function copyOfFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'repos-'));
  cpSync(reposFixture, dir, { recursive: true });
  return dir;
}

export async function startFileServer(root: string): Promise<FileServer> {
  const hits = new Map<string, number>();
  const conditional = new Map<string, number>();
  const overrides = new Map<string, Override>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (req.headers['if-none-match'] || req.headers['if-modified-since']) conditional.set(path, (conditional.get(path) ?? 0) + 1);
    const o = overrides.get(path);
    if (o === 'hang') {
      hanging.add(res);
      res.writeHead(200, { 'content-length': '1000' });
      res.write('<');
      return;
    }
    if (o && 'status' in o) return void res.writeHead(o.status).end();
    let body: Buffer;
    let mtime: Date;
    try {
      if (o && 'body' in o) {
        body = Buffer.from(o.body);
        mtime = new Date('2026-11-30T00:00:00Z');
      } else {
        body = readFileSync(join(root, path));
        mtime = statSync(join(root, path)).mtime;
      }
    } catch {
      return void res.writeHead(404).end();
    }
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { etag, 'last-modified': mtime.toUTCString(), 'content-length': String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    hits,
    conditional,
    overrides,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of hanging) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
