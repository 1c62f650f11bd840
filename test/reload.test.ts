import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.ts';
import { watchKnowledge } from '../src/knowledge-watch.ts';
import { silentLogger, type Logger } from '../src/services.ts';
import { fixtureDir, TODAY } from './helpers.ts';

function copyOfFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reload-'));
  cpSync(fixtureDir, dir, { recursive: true });
  return dir;
}

const ask = (app: ReturnType<typeof createApp>, q: string) => app.router.handle({ command: 'ask', args: { question: q }, platform: 'test' });

describe('knowledge reload', () => {
  it('serves a good edit on the next question, through the same router object', () => {
    const dir = copyOfFixtures();
    const app = createApp({ knowledgeDir: dir, now: () => TODAY });
    const router = app.router;
    expect(ask(app, 'what does alma mean in spanish').body).toContain('soul');
    const file = join(dir, 'basics', 'what-is-almalinux.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Alma" means "soul"', '"Alma" means "heart and soul"'));
    expect(app.reload()).toBe(true);
    expect(app.router).toBe(router);
    expect(ask(app, 'what does alma mean in spanish').body).toContain('heart and soul');
  });

  it('keeps the last good knowledge when an edit is broken, and logs which file', () => {
    const dir = copyOfFixtures();
    const errors: string[] = [];
    const log: Logger = { ...silentLogger, error: (o) => void errors.push(JSON.stringify(o)) };
    const app = createApp({ knowledgeDir: dir, now: () => TODAY, log });
    writeFileSync(join(dir, 'repos', 'epel.md'), '---\ntitle: EPEL\n---\nno sources\n');
    expect(app.reload()).toBe(false);
    expect(errors.join('\n')).toContain('epel.md');
    expect(ask(app, 'install epel').kind).toBe('answer');
  });

  it('reloads after a file under the folder changes', async () => {
    const dir = copyOfFixtures();
    let reloads = 0;
    const stop = watchKnowledge(dir, () => reloads++, silentLogger, 20);
    writeFileSync(join(dir, 'repos', 'epel.md'), readFileSync(join(dir, 'repos', 'epel.md'), 'utf8') + '\nMore.\n');
    // The first reload is awaited (a busy machine delays the watch event); then a pause shows there is no second.
    await vi.waitFor(() => expect(reloads).toBe(1), { timeout: 5000, interval: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(reloads).toBe(1);
  });
});
