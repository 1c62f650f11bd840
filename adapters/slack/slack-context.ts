import type { SlackSettings } from '../../src/config.ts';
import { createCooldown, createLinkScanLimiter, createRateLimiter, type Clock, type Cooldown, type RateLimiter } from '../../src/limits.ts';
import type { Reply } from '../../src/reply.ts';
import type { Router } from '../../src/router.ts';
import { slowDownReply } from '../../src/slow-down.ts';
import type { Logger } from '../../src/services.ts';
import type { PlatformDeps } from '../platform.ts';
import { createHelpThreads, type HelpThreads } from '../../src/conversation/help-threads.ts';
import type { ConversationKit } from '../conversation-kit.ts';
import { createEventMemory } from './event-guards.ts';
import { createInflight, type Inflight } from './inflight.ts';

/** What every Slack listener needs: the router, the limits, and where replies are logged. */
export interface SlackContext {
  router: Router;
  settings: SlackSettings;
  log: Logger;
  /** `[[topic]]` links, keyed `channel:topic`. */
  linkCooldown: Cooldown;
  /** Questions and commands, keyed by user. */
  rate: RateLimiter;
  /** Link scans of ordinary messages, keyed by channel. */
  linkScans: RateLimiter;
  /** The private notice sent once per window to a user over the limit. */
  slowDown: Reply;
  events: ReturnType<typeof createEventMemory>;
  /** Listeners still running, so stop() can let their replies finish. */
  inflight: Inflight;
  /** Follow-ups, 👍/👎 and help channels, when configured. */
  kit?: ConversationKit;
  /** Channels whose new top-level messages the bot answers by itself. */
  helpChannels: ReadonlySet<string>;
  helpThreads: HelpThreads;
}

export function createSlackContext(deps: PlatformDeps<SlackSettings>, now?: Clock): SlackContext {
  const { questions, windowSeconds } = deps.common.rateLimit;
  return {
    router: deps.router,
    settings: deps.settings,
    log: deps.log,
    linkCooldown: createCooldown(deps.common.linkCooldownSeconds, now),
    rate: createRateLimiter(questions, windowSeconds, now),
    linkScans: createLinkScanLimiter(now),
    slowDown: slowDownReply(deps.common.rateLimit),
    events: createEventMemory(now),
    inflight: createInflight(),
    ...(deps.conversation ? { kit: deps.conversation } : {}),
    helpChannels: new Set(deps.settings.helpChannels ?? []),
    helpThreads: createHelpThreads(),
  };
}
