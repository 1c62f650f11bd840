// modules.yaml (AlmaLinux 8 and 9 AppStream): the module streams and the package versions each
// ships. The file is a series of YAML documents; each is parsed on its own, with a pause between
// batches, so a multi-megabyte file never blocks the event loop for long.

import { load as parse } from 'js-yaml';
import { parseNevra } from './evr.ts';
import type { ModuleStream } from './types.ts';

const BATCH = 200;

interface ModulemdData {
  name?: unknown;
  stream?: unknown;
  artifacts?: { rpms?: unknown };
}

function streamOf(doc: unknown): ModuleStream | undefined {
  if (!doc || typeof doc !== 'object') return undefined;
  const d = doc as { document?: unknown; data?: ModulemdData };
  if (d.document !== 'modulemd' || !d.data || typeof d.data.name !== 'string' || d.data.stream === undefined) return undefined;
  const packages: Record<string, string> = {};
  const rpms = Array.isArray(d.data.artifacts?.rpms) ? (d.data.artifacts.rpms as unknown[]) : [];
  for (const r of rpms) {
    const n = typeof r === 'string' ? parseNevra(r) : undefined;
    if (n && n.arch !== 'src') packages[n.name] = n.version;
  }
  return { module: d.data.name, stream: String(d.data.stream), packages };
}

/** `module:stream` of a modulemd-defaults document, or undefined. */
function defaultOf(doc: unknown): string | undefined {
  const d = doc as { document?: unknown; data?: { module?: unknown; stream?: unknown } } | null;
  if (d?.document !== 'modulemd-defaults' || typeof d.data?.module !== 'string' || d.data.stream === undefined) return undefined;
  return `${d.data.module}:${String(d.data.stream)}`;
}

/** One entry per module:stream (the many builds of a stream merged); throws on broken YAML. */
export async function parseModules(text: string): Promise<ModuleStream[]> {
  const docs = text.split(/^---[ \t]*$/m);
  const byKey = new Map<string, ModuleStream>();
  const defaults = new Set<string>();
  for (let i = 0; i < docs.length; i++) {
    const body = docs[i]!.replace(/^\.\.\.[ \t]*$/m, '').trim();
    if (!body) continue;
    const doc: unknown = parse(body);
    const isDefault = defaultOf(doc);
    if (isDefault) defaults.add(isDefault);
    const found = streamOf(doc);
    if (found) {
      const key = `${found.module}:${found.stream}`;
      const seen = byKey.get(key);
      byKey.set(key, seen ? { ...seen, packages: { ...seen.packages, ...found.packages } } : found);
    }
    if (i % BATCH === BATCH - 1) await new Promise((r) => setImmediate(r));
  }
  return [...byKey.entries()].map(([key, s]) => (defaults.has(key) ? { ...s, default: true } : s));
}
