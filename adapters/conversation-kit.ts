import type { ConversationSettings } from '../src/config.ts';
import { createConversation, type Conversation } from '../src/conversation/conversation.ts';
import { createFeedbackDesk, type FeedbackDesk } from '../src/feedback/feedback.ts';
import type { VoteLog } from '../src/feedback/vote-log.ts';
import type { Knowledge } from '../src/notes/note.ts';
import type { Router } from '../src/router.ts';
import type { Miss } from '../src/services.ts';

/** What the chat front ends share for follow-ups, 👍/👎 and help channels. */
export interface ConversationKit {
  talk: Conversation;
  /** Absent when FEEDBACK_BUTTONS is off: answers then carry no buttons. */
  feedback?: FeedbackDesk;
  /** Help channels answer unasked only at or above this confidence. */
  helpMinConfidence: number;
  /** How long a new help post waits for a person to answer first. */
  helpDelayMs: number;
  /** Not confident enough to answer a help post: link the closest notes instead. */
  helpSuggest: boolean;
}

export interface KitDeps {
  router: Router;
  knowledge: () => Knowledge;
  /** helpSuggest may be left out (off). */
  settings: Omit<ConversationSettings, 'helpSuggest'> & { helpSuggest?: boolean };
  votes?: VoteLog;
  recordMiss?: (miss: Miss) => void;
  now?: () => Date;
}

export function createConversationKit(deps: KitDeps): ConversationKit {
  const feedback =
    deps.settings.feedback && deps.votes
      ? createFeedbackDesk({ knowledge: deps.knowledge, votes: deps.votes, ...(deps.recordMiss ? { recordMiss: deps.recordMiss } : {}), ...(deps.now ? { now: deps.now } : {}) })
      : undefined;
  return {
    talk: createConversation(deps.router, deps.knowledge),
    ...(feedback ? { feedback } : {}),
    helpMinConfidence: deps.settings.helpMinConfidence,
    helpDelayMs: deps.settings.helpDelaySeconds * 1000,
    helpSuggest: deps.settings.helpSuggest ?? false,
  };
}

/** Waits `ms` (nothing at all for 0, so an answer without a delay goes out in the same turn). */
export function pause(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
