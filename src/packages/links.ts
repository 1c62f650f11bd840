// Advisory and CVE ids in ordinary messages, expanded like `[[topic]]` links: one link per id
// the feed knows (an id it does not know stays silent, so a channel never gets noise).

import type { Reply, Source } from '../reply.ts';
import { reply } from '../reply.ts';
import type { Services } from '../services.ts';
import { idsIn } from './ids.ts';
import { lookupLimits } from './options.ts';
import type { PackageIndex } from './package-index.ts';

export interface FoundLinks {
  reply: Reply;
  topics: string[];
}

function sourceFor(index: PackageIndex, kind: 'advisory' | 'cve', id: string): Source | undefined {
  if (kind === 'advisory') {
    const a = index.advisory(id)[0];
    if (!a) return undefined;
    const title = a.title.startsWith(id) ? a.title : `${id}: ${a.title}`;
    return { title: a.issued ? `${title} (${a.issued})` : title, url: a.url };
  }
  const fixes = index.cve(id);
  if (!fixes.length) return undefined;
  // The newest major's advisory is the link; the title names the fix for each major.
  const byMajor = [...fixes].sort((a, b) => Number(b.major) - Number(a.major));
  const names = byMajor.slice(0, lookupLimits.maxLinks).map((a) => `${a.id} (AlmaLinux ${a.major})`);
  return { title: `${id}: fixed by ${names.join(', ')}`, url: byMajor[0]!.url };
}

/** Links for the advisory and CVE ids in a message, or null when there are none the index knows. */
export function advisoryLinksIn(text: string, services: Services): FoundLinks | null {
  const index = services.packages?.index();
  if (!index) return null;
  const sources: Source[] = [];
  const topics: string[] = [];
  for (const { kind, id } of idsIn(text)) {
    const source = sourceFor(index, kind, id);
    if (source) {
      sources.push(source);
      topics.push(id);
    }
    if (sources.length === lookupLimits.maxLinks) break;
  }
  if (!sources.length) return null;
  return { reply: reply('links', sources.length === 1 ? sources[0]!.title : 'Advisories', '', { sources, meta: { notes: [], version: null, confidence: 1 } }), topics };
}

/** The `[[topic]]` links of a message with its advisory links added (one source per topic, in order). */
export function withAdvisoryLinks(found: FoundLinks | null, text: string, services: Services): FoundLinks | null {
  const extra = advisoryLinksIn(text, services);
  if (!extra) return found;
  if (!found) return extra;
  const sources = [...found.reply.sources, ...extra.reply.sources];
  return { reply: { ...found.reply, title: 'Documentation', sources }, topics: [...found.topics, ...extra.topics] };
}
