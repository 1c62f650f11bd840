import type { Cooldown, RateLimiter } from '../../src/limits.ts';
import type { HelpThreads } from '../../src/conversation/help-threads.ts';
import type { Reply } from '../../src/reply.ts';
import type { Router } from '../../src/router.ts';
import type { ChatRequest, Logger } from '../../src/services.ts';
import type { ConversationKit } from '../conversation-kit.ts';

/**
 * The router as the adapter uses it. Answers may come back as promises: today the router answers
 * synchronously, and the adapter already copes (defers) if one day it does not.
 */
export interface AnswerRouter extends Omit<Router, 'handle' | 'handleText'> {
  handle(request: ChatRequest): Reply | Promise<Reply>;
  handleText(text: string, request: Omit<ChatRequest, 'command' | 'args'>): Reply | Promise<Reply>;
}

/** What the event handlers share. */
export interface DiscordContext {
  router: AnswerRouter;
  log: Logger;
  /** Per-user question rate (slash commands and mentions). */
  limiter: RateLimiter;
  /** Per channel and topic: `[[topic]]` is linked once per cooldown. */
  cooldown: Cooldown;
  /** Link scans of ordinary messages, keyed by channel. */
  linkScans: RateLimiter;
  slowDown: Reply;
  readMessages: boolean;
  /** Past this, an interaction is deferred; Discord drops it if not acknowledged within 3 s. */
  deferAfterMs: number;
  /** Follow-ups, 👍/👎 and help channels, when configured. */
  kit?: ConversationKit;
  /** Forum and text channels whose new posts the bot answers by itself. */
  helpChannels: ReadonlySet<string>;
  helpThreads: HelpThreads;
}
