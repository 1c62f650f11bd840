import type { Settings } from '../src/config.ts';
import type { Router } from '../src/router.ts';
import type { Logger } from '../src/services.ts';

/** What every chat platform's start function receives. */
export interface PlatformDeps<S> {
  router: Router;
  settings: S;
  /** Shared settings: link cooldown, rate limit. */
  common: Pick<Settings, 'linkCooldownSeconds' | 'rateLimit'>;
  log: Logger;
}

/** A started platform: `stop()` stops taking events, lets in-flight replies finish, and disconnects. */
export interface RunningPlatform {
  name: string;
  stop(): Promise<void>;
}

export type StartPlatform<S> = (deps: PlatformDeps<S>) => Promise<RunningPlatform>;
