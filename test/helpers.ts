import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createApp, type AppOptions } from '../src/app.ts';
import type { ChatRequest } from '../src/services.ts';

export const fixtureDir = join(import.meta.dirname, 'fixtures', 'knowledge');
export const shippedDir = join(import.meta.dirname, '..', 'knowledge');
export const TODAY = new Date('2026-12-01T12:00:00Z');

let shipped: ReturnType<typeof createApp> | undefined;
/**
 * The app on the shipped notes with a pinned clock, built once per worker: parsing and indexing
 * every shipped note takes most of a second. For read-only use (searching, answering).
 */
export function shippedApp() {
  shipped ??= createApp({ knowledgeDir: shippedDir, now: () => TODAY });
  return shipped;
}

/** The app on the fixture notes with a pinned clock; override anything. */
export function fixtureApp(overrides: Partial<AppOptions> = {}) {
  return createApp({ knowledgeDir: fixtureDir, now: () => TODAY, ...overrides });
}

export function request(command: string, args: ChatRequest['args'] = {}, overrides: Partial<ChatRequest> = {}): ChatRequest {
  return { command, args, platform: 'test', user: { id: 'U1', name: 'tester' }, ...overrides };
}

/** A throwaway knowledge folder holding the given files (path → content). */
export function knowledgeFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A valid note's text, with front matter fields overridable and a body. */
export function noteText(fields: Record<string, string> = {}, body = 'A lead paragraph that answers.\n'): string {
  const all = { title: 'A note', versions: '[9]', sources: '[https://wiki.almalinux.org/]', verified: '2026-11-01', ...fields };
  return `---\n${Object.entries(all).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
}
