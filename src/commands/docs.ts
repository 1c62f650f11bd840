import { clipText } from '../clip-text.ts';
import { resolveName } from '../notes/load-knowledge.ts';
import type { Note } from '../notes/note.ts';
import { noteUrl } from '../notes/note-links.ts';
import { withAdvisoryLinks } from '../packages/links.ts';
import { wikiLinks } from '../notes/wiki-links.ts';
import { reply, type Reply } from '../reply.ts';
import type { Args, Choice, Services } from '../services.ts';
import { echo } from './echo.ts';

const MAX_LINKS = 3;

/** The note a topic names: an id, title or alias first, else the best confident search match. */
export function findTopic(services: Services, topic: string): Note | undefined {
  const named = resolveName(services.knowledge, topic);
  if (named) return named;
  const found = services.engine.search(topic);
  return found.decline ? undefined : found.matches[0]?.note;
}

function linksReply(notes: Note[]): Reply {
  // The links are the reply: they live in `sources`, and each front end lays them out its own way.
  return reply('links', notes.length === 1 ? notes[0]!.title : 'Documentation', '', {
    sources: notes.map((n) => ({ title: n.title, url: noteUrl(n) })),
    meta: { notes: notes.map((n) => n.id), version: null, confidence: 1 },
  });
}

export function runDocs(args: Args, services: Services): Reply {
  const topic = String(args.topic ?? '').trim();
  if (!topic) return reply('error', 'Which topic?', 'Name a topic, for example `docs crb`.', { suggestions: services.engine.suggest('', 5).map((n) => n.id) });
  const note = findTopic(services, topic);
  if (note) return linksReply([note]);
  const guesses = services.engine.suggest(topic, 3);
  return reply('unknown', 'No such topic', `I have no documentation for ${echo(topic)}.${guesses.length ? ` Did you mean ${guesses.map((n) => `**${n.title}**`).join(', ')}?` : ''}`, {
    private: true,
    suggestions: guesses.map((n) => n.id),
  });
}

/**
 * `[[topic]]` written in an ordinary message: links for the topics that name a note (at most three),
 * or null when the message has none, so a channel is never answered with noise. At most
 * `maxTargets` distinct targets are looked up, however many the message holds.
 */
export function docLinksIn(text: string, services: Services, maxTargets = 10): { reply: Reply; topics: string[] } | null {
  const notes: Note[] = [];
  const tried = new Set<string>();
  for (const link of wikiLinks(text)) {
    const target = link.target.toLowerCase();
    if (tried.has(target)) continue;
    if (tried.size === maxTargets) break;
    tried.add(target);
    const note = findTopic(services, link.target);
    if (note && !notes.includes(note)) notes.push(note);
    if (notes.length === MAX_LINKS) break;
  }
  // Advisory and CVE ids in the message are linked too, with the same per-topic cooldown.
  return withAdvisoryLinks(notes.length ? { reply: linksReply(notes), topics: notes.map((n) => n.id) } : null, text, services);
}

export function topicChoices(services: Services, partial: string, limit = 25): Choice[] {
  return services.engine.suggest(partial, limit).map((n) => ({ name: clipText(n.title, 100), value: n.id }));
}
