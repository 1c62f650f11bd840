import { resolveName } from './notes/load-knowledge.ts';
import type { Knowledge, Note, Section } from './notes/note.ts';
import { replaceWikiLinks } from './notes/wiki-links.ts';
import { reply, type Reply, type Source } from './reply.ts';
import type { Match, Search } from './search/engine.ts';
import { searchOptions } from './search/search-options.ts';
import { describeVersions, type VersionMention } from './search/versions.ts';
import { trimMarkdown } from './trim-markdown.ts';

export const HELP_PLACES =
  'Ask the community on the [AlmaLinux forums](https://forums.almalinux.org) or in the ' +
  '[AlmaLinux chat](https://chat.almalinux.org) (Mattermost, start in ~town-square); ' +
  'see [Help and Support](https://wiki.almalinux.org/Help-and-Support.html).';

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

function answerVersion(asked: VersionMention[], section: Section): string | null {
  const fits = asked.filter((v) => !section.versions.length || section.versions.includes(v.major));
  if (fits.length === 1) {
    const v = fits[0]!;
    return v.minor === undefined ? `AlmaLinux ${v.major}` : `AlmaLinux ${v.major}.${v.minor}`;
  }
  if (fits.length > 1) return describeVersions(fits.map((v) => v.major));
  return section.versions.length ? describeVersions(section.versions) : null;
}

function sourcesOf(note: Note, section: Section): Source[] {
  const urls = [...new Set([noteUrl(note), ...section.urls])].slice(0, 3);
  return urls.map((url, i) => ({ title: i === 0 ? note.title : new URL(url).hostname + new URL(url).pathname, url }));
}

function relatedTitles(knowledge: Knowledge, best: Match, others: Match[]): string[] {
  const linked = best.section.links.map((l) => resolveName(knowledge, l)).filter((n): n is Note => !!n);
  const notes = [...linked, ...others.map((m) => m.note)].filter((n) => n.id !== best.note.id);
  return [...new Set(notes.map((n) => n.title))].slice(0, searchOptions.related);
}

export function answerReply(knowledge: Knowledge, found: Search): Reply {
  const best = found.matches[0];
  if (!best || found.decline) return unknownReply(found);
  const { note, section } = best;
  const version = answerVersion(found.versions, section);
  const { text, cut } = trimMarkdown(renderWikiLinks(knowledge, section.markdown), searchOptions.answerChars);
  const lines = [version ? `*For ${version}.*` : '', text];
  if (cut) lines.push(`*…more in [${note.title}](${noteUrl(note)}).*`);
  return reply('answer', section.heading ? `${note.title}: ${section.heading}` : note.title, lines.filter(Boolean).join('\n\n'), {
    sources: sourcesOf(note, section),
    suggestions: relatedTitles(knowledge, best, found.matches.slice(1, 6)),
    meta: { notes: [note.id], version, confidence: round(found.confidence) },
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function unknownReply(found: Search): Reply {
  const guesses = [...new Set(found.matches.map((m) => m.note.title))].slice(0, searchOptions.related);
  const meta = { notes: [], version: null, confidence: round(found.confidence) };
  if (found.decline === 'empty') {
    return reply('unknown', 'Ask me something', 'Ask a question about AlmaLinux, for example `how do I enable CRB on 9?`', { meta });
  }
  const opening =
    found.decline === 'other-system'
      ? "That looks like a question about another operating system. I only know AlmaLinux (and the RHEL family around it), so I can't answer it reliably."
      : "I don't know the answer to that, and I'd rather not guess.";
  const body = [opening, guesses.length ? `Did you mean: ${guesses.map((g) => `**${g}**`).join(', ')}?` : '', HELP_PLACES];
  return reply('unknown', "I don't know", body.filter(Boolean).join('\n\n'), { meta });
}
