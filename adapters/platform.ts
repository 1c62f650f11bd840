import type { Settings } from '../src/config.ts';
import type { Reply } from '../src/reply.ts';
import type { Router } from '../src/router.ts';
import type { Logger } from '../src/services.ts';
import type { ConversationKit } from './conversation-kit.ts';

/** What every chat platform's start function receives. */
export interface PlatformDeps<S> {
  router: Router;
  settings: S;
  /** Shared settings: link cooldown, rate limit. */
  common: Pick<Settings, 'linkCooldownSeconds' | 'rateLimit'>;
  log: Logger;
  /** Follow-ups, 👍/👎 and help channels; without it every message is answered on its own. */
  conversation?: ConversationKit;
}

/** A started platform: `stop()` stops taking events, lets in-flight replies finish, and disconnects. */
export interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
  /** Posts a notice to the platform's reminders channel; present when one is configured. */
  announce?(reply: Reply): Promise<void>;
}

export type StartPlatform<S> = (deps: PlatformDeps<S>) => Promise<RunningPlatform>;
