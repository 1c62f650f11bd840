import { renderWikiLinks, sourceLinks } from '../notes/note-links.ts';
import type { Knowledge } from '../notes/note.ts';
import { reply, type Reply } from '../reply.ts';
import type { Router } from '../router.ts';
import type { ChatRequest } from '../services.ts';
import { createContextStore, type ContextStore } from './context-store.ts';
import { readFollowUp, type FollowUp, type ThreadContext } from './follow-up.ts';

// Answering inside a thread: the router, with the thread's last question as context. The front
// ends name the thread (a Discord thread or reply chain, a Slack thread, the terminal session);
// `npm run ask` does not use this, so each of its lines stays context-free.

export type Base = Omit<ChatRequest, 'command' | 'args'>;

export interface Conversation {
  /** A line written to the bot in `thread`: a follow-up is read with the context, anything else as new. */
  answer(thread: string | undefined, text: string, base: Base): Reply;
  /** Only a follow-up the context explains; null otherwise (for messages not addressed to the bot). */
  followUp(thread: string, text: string, base: Base): Reply | null;
  /** A new post in a help channel: always a question, never a command. Remembers nothing by itself. */
  ask(question: string, base: Base): Reply;
  /** Keeps `reply` to `line` as the thread's context (after a help-channel answer was posted). */
  remember(thread: string, line: string, reply: Reply): void;
  /** The same context under another key too (the bot's answer message, so replies to it follow on). */
  link(from: string, to: string): void;
  has(thread: string): boolean;
  /** Links to the notes an answer came from and relates to (at most three), or null when it names none. */
  related(reply: Reply): Reply | null;
}

// Replies worth following up on; help, links and errors leave the context as it was.
const KEEPS_CONTEXT = new Set<Reply['kind']>(['answer', 'lifecycle', 'unknown']);

/** "more": the whole note, as the answer's renderer fits it to the platform. */
export function wholeNoteReply(knowledge: Knowledge, noteId: string): Reply | null {
  const note = knowledge.byId.get(noteId);
  if (!note) return null;
  const parts = note.sections.map((s) => (s.heading ? `### ${s.heading}\n\n${s.markdown}` : s.markdown));
  return reply('answer', note.title, renderWikiLinks(knowledge, parts.join('\n\n')), {
    sources: sourceLinks(note, note.sources),
    meta: { notes: [note.id], version: null, confidence: 1 },
  });
}

export function createConversation(router: Router, knowledge: () => Knowledge, store: ContextStore = createContextStore()): Conversation {
  function remember(thread: string, line: string, result: Reply): void {
    if (!KEEPS_CONTEXT.has(result.kind)) return;
    const context: ThreadContext = { question: line, ...(result.meta?.notes[0] ? { note: result.meta.notes[0] } : {}) };
    store.set(thread, context);
  }

  function run(thread: string | undefined, line: string, base: Base): Reply {
    const result = router.handleText(line, base);
    if (thread) remember(thread, line, result);
    return result;
  }

  function follow(thread: string, follow: FollowUp, base: Base): Reply | null {
    if (follow.kind === 'question') return run(thread, follow.question, base);
    return wholeNoteReply(knowledge(), follow.note);
  }

  function followUp(thread: string, text: string, base: Base): Reply | null {
    const context = store.get(thread);
    const next = context && readFollowUp(context, text);
    return next ? follow(thread, next, base) : null;
  }

  return {
    answer: (thread, text, base) => (thread && followUp(thread, text, base)) || run(thread, text, base),
    followUp,
    ask: (question, base) => router.handle({ ...base, command: 'ask', args: { question } }),
    remember,
    link(from, to) {
      const context = store.get(from);
      if (context) store.set(to, context);
    },
    has: (thread) => store.get(thread) !== undefined,
    related(answer) {
      const names = [...(answer.meta?.notes ?? []), ...(answer.suggestions ?? [])].slice(0, 3);
      const found = names.length ? router.docLinks(names.map((n) => `[[${n}]]`).join(' ')) : null;
      return found && { ...found.reply, title: 'These notes may help' };
    },
  };
}
