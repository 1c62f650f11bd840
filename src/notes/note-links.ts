import type { Source } from '../reply.ts';
import { resolveName } from './load-knowledge.ts';
import type { Knowledge, Note } from './note.ts';
import { replaceWikiLinks } from './wiki-links.ts';

// How a note is linked wherever it is shown: its primary URL, its `[[wiki links]]` rendered as
// markdown links, and the source list under an answer.

/** The note's primary link: the first of its sources. */
export function noteUrl(note: Note): string {
  return note.sources[0]!;
}

/** `[[crb|label]]` → a markdown link to that note's primary source. */
export function renderWikiLinks(knowledge: Knowledge, markdown: string): string {
  return replaceWikiLinks(markdown, (target, label) => {
    const note = resolveName(knowledge, target);
    return note ? `[${label ?? note.title}](${noteUrl(note)})` : (label ?? target);
  });
}

/** At most three links, the note's own first under its title, the others under their host and path. */
export function sourceLinks(note: Note, urls: string[]): Source[] {
  return [...new Set([noteUrl(note), ...urls])].slice(0, 3).map((url, i) => ({ title: i === 0 ? note.title : new URL(url).hostname + new URL(url).pathname, url }));
}
