import { resolveName } from './notes/load-knowledge.ts';
import type { Knowledge, Note, Section } from './notes/note.ts';
import { noteUrl, renderWikiLinks, sourceLinks } from './notes/note-links.ts';
import { reply, type Reply } from './reply.ts';
import type { Match, Search } from './search/engine.ts';
import { searchOptions } from './search/search-options.ts';
import { describeVersions, type VersionMention } from './search/versions.ts';
import { selectPassage } from './passage.ts';

export const HELP_PLACES =
  'Ask the community on the [AlmaLinux forums](https://forums.almalinux.org) or in the ' +
  '[AlmaLinux chat](https://chat.almalinux.org) (Mattermost, start in ~town-square); ' +
  'see [Help and Support](https://wiki.almalinux.org/Help-and-Support.html).';

function answerVersion(asked: VersionMention[], section: Section): string | null {
  const fits = asked.filter((v) => !section.versions.length || section.versions.includes(v.major));
  if (fits.length === 1) {
    const v = fits[0]!;
    return v.minor === undefined ? `AlmaLinux ${v.major}` : `AlmaLinux ${v.major}.${v.minor}`;
  }
  if (fits.length > 1) return describeVersions(fits.map((v) => v.major));
  return section.versions.length ? describeVersions(section.versions) : null;
}

/** Notes the section links, then other notes that matched nearly as well: related, not merely found. */
function relatedTitles(knowledge: Knowledge, best: Match, others: Match[]): string[] {
  const linked = best.section.links.map((l) => resolveName(knowledge, l)).filter((n): n is Note => !!n);
  const close = others.filter((m) => m.score >= searchOptions.relatedShare * best.score).map((m) => m.note);
  const notes = [...linked, ...close].filter((n) => n.id !== best.note.id);
  return [...new Set(notes.map((n) => n.title))].slice(0, searchOptions.related);
}

/**
 * A second section of the best note nearly as close to the question, shown after the first as a
 * reader of the note would read on; never the all-versions lead after the section written for
 * the version asked, which would only repeat it.
 */
function closeSecond(found: Search, best: Match): Match | undefined {
  const repeatsBest = (m: Match) => !m.section.heading && best.section.versionSpecific && found.versions.length > 0;
  return found.matches.slice(1, 3).find((m) => m.note.id === best.note.id && m.score >= searchOptions.secondSectionShare * best.score && !repeatsBest(m));
}

/** The answer from the best match, or "I don't know"; `notice` is a line on an ended release the question names. */
export function answerReply(knowledge: Knowledge, found: Search, notice?: string | null): Reply {
  const best = found.matches[0];
  if (!best || !found.passage || found.decline) return unknownReply(found);
  const { note, section } = best;
  const version = answerVersion(found.versions, section);
  const { text, cut } = found.passage;
  const lines = [version ? `*For ${version}.*` : '', notice ? `⚠️ ${renderWikiLinks(knowledge, notice)}` : '', text];
  const second = closeSecond(found, best);
  if (second && text.length < searchOptions.secondSectionRoom) {
    const more = selectPassage(renderWikiLinks(knowledge, second.section.markdown), found.keyTerms, searchOptions.answerTotalChars - text.length);
    lines.push(`**${second.section.heading || note.title}**\n\n${more.text}`);
  }
  // The date the note's facts were checked, so a reader knows how fresh the answer is.
  lines.push(cut ? `*…more in [${note.title}](${noteUrl(note)}). Checked ${note.verified}.*` : `*Checked ${note.verified}.*`);
  return reply('answer', section.heading ? `${note.title}: ${section.heading}` : note.title, lines.filter(Boolean).join('\n\n'), {
    sources: sourceLinks(note, section.urls),
    suggestions: relatedTitles(knowledge, best, found.matches.slice(1, 6)),
    meta: { notes: [note.id], version, confidence: round(found.confidence), reason: found.decision.reason },
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function unknownReply(found: Search): Reply {
  const guesses = [...new Map(found.matches.map((m) => [m.note.id, m.note] as const)).values()].slice(0, searchOptions.related);
  const meta = { notes: [], version: null, confidence: round(found.confidence), reason: found.decision.reason };
  if (found.decline === 'empty') {
    return reply('unknown', 'Ask me something', 'Ask a question about AlmaLinux, for example `how do I enable CRB on 9?`', { meta });
  }
  const opening =
    found.decline === 'other-system'
      ? "That looks like a question about another operating system. I only know AlmaLinux (and the RHEL family around it), so I can't answer it reliably."
      : found.decline === 'off-topic'
        ? "That doesn't look like a question about AlmaLinux or the RHEL family, so I'd rather not answer it."
        : "I don't know the answer to that, and I'd rather not guess.";
  // Off-topic questions get no "did you mean": the nearest notes would be noise.
  // Each guess links its documentation, so "I don't know" still leads somewhere in one click.
  const offer = guesses.length && found.decline === 'weak' ? `Did you mean: ${guesses.map((n) => `[${n.title}](${noteUrl(n)})`).join(', ')}?` : '';
  const body = [opening, offer, HELP_PLACES];
  return reply('unknown', "I don't know", body.filter(Boolean).join('\n\n'), { meta });
}
