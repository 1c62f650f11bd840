import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { loadKnowledge } from '../src/notes/load-knowledge.ts';
import { openNoteCache } from '../src/notes/parsed-notes-cache.ts';
import { fixtureDir, knowledgeFolder, noteText } from './helpers.ts';

// Parsed notes kept between starts: an unchanged note comes from the cache, a changed one is parsed
// again, and a cache that does not fit (other parser, corrupt) is ignored.

const cacheFile = () => join(mkdtempSync(join(tmpdir(), 'note-cache-')), 'parsed-notes.json');
const folder = () => knowledgeFolder({ 'a/crb.md': noteText({ title: 'CRB' }, 'Enable it with dnf config-manager.\n'), 'b/epel.md': noteText({ title: 'EPEL' }, 'Install epel-release.\n') });
const leadOf = (dir: string, file: string) => loadKnowledge(dir, dir, openNoteCache(file)).knowledge.byId.get('crb')?.sections[0]?.text;

/** Rewrites the cached lead of crb, so a test can tell a cached note from a freshly parsed one. */
function markCached(file: string, text: string): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { id: string; sections: { text: string }[] }> };
  for (const note of Object.values(data.entries)) if (note.id === 'crb') note.sections[0]!.text = text;
  writeFileSync(file, JSON.stringify(data));
}

describe('parsed notes cache', () => {
  it('serves an unchanged note from the cache and parses a changed one again', () => {
    const dir = folder();
    const file = cacheFile();
    expect(leadOf(dir, file)).toBe('Enable it with dnf config-manager.');
    markCached(file, 'from the cache');
    expect(leadOf(dir, file)).toBe('from the cache');
    writeFileSync(join(dir, 'a/crb.md'), noteText({ title: 'CRB' }, 'Edited: run crb enable.\n'));
    expect(leadOf(dir, file)).toBe('Edited: run crb enable.');
  });

  it('ignores a cache written by another parser, and a corrupt one', () => {
    const dir = folder();
    const file = cacheFile();
    leadOf(dir, file);
    markCached(file, 'from the cache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { fingerprint: string };
    writeFileSync(file, JSON.stringify({ ...data, fingerprint: 'an older parser' }));
    expect(leadOf(dir, file)).toBe('Enable it with dnf config-manager.');
    writeFileSync(file, '{ not json');
    expect(leadOf(dir, file)).toBe('Enable it with dnf config-manager.');
  });

  it('still reports a malformed note, and drops notes that were removed', () => {
    const dir = folder();
    const file = cacheFile();
    leadOf(dir, file);
    writeFileSync(join(dir, 'b/epel.md'), '---\ntitle: [unclosed\n---\nBody\n');
    const { problems, knowledge } = loadKnowledge(dir, dir, openNoteCache(file));
    expect(problems.map((p) => p.file)).toEqual(['b/epel.md']);
    expect(knowledge.byId.has('epel')).toBe(false);
    const cached = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { id: string }> };
    expect(Object.values(cached.entries).map((n) => n.id)).toEqual(['crb']);
  });

  it('keeps each note its own file path when the same content is loaded from another folder', () => {
    const file = cacheFile();
    leadOf(folder(), file);
    const other = folder();
    const { knowledge } = loadKnowledge(other, '/', openNoteCache(file));
    expect(knowledge.byId.get('crb')?.file).toBe(join(other, 'a/crb.md').slice(1));
  });

  it('does not keep a running app on a stale note when it reloads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync(fixtureDir, dir, { recursive: true });
    const app = createApp({ knowledgeDir: dir, noteCacheFile: cacheFile() });
    writeFileSync(join(dir, 'repos', 'crb.md'), noteText({ title: 'CRB' }, 'Edited live: run crb enable.\n'));
    expect(app.reload()).toBe(true);
    expect(app.services.knowledge.byId.get('crb')?.sections[0]?.text).toBe('Edited live: run crb enable.');
    app.stop();
  });
});
