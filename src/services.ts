import type { Lifecycle } from './lifecycle/lifecycle.ts';
import type { Knowledge } from './notes/note.ts';
import type { PackageLookup } from './packages/service.ts';
import type { Engine } from './search/engine.ts';

/** The subset of pino's API the core uses, so tests can pass a silent or recording logger. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A question the bot could not answer well, recorded so maintainers know which notes to write. */
export interface Miss {
  question: string;
  platform: string;
  confidence: number;
}

export interface Services {
  knowledge: Knowledge;
  engine: Engine;
  lifecycle: Lifecycle;
  /** Injectable clock: tests pin dates around lifecycle boundaries. */
  now(): Date;
  log: Logger;
  recordMiss?(miss: Miss): void;
  /** Package, file and advisory lookups from the repositories (PACKAGES_ENABLED); absent when off. */
  packages?: PackageLookup;
}

/** One autocomplete choice: what the user sees, and the value the command receives. */
export interface Choice {
  name: string;
  value: string;
}

export type Args = Record<string, string | boolean | undefined>;

/** A platform-neutral request: every adapter turns its events into one of these. */
export interface ChatRequest {
  command: string;
  args: Args;
  platform: string;
  user?: { id: string; name?: string };
  channel?: string;
}
