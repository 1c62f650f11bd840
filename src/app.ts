import { join } from 'node:path';
import { loadLifecycle } from './lifecycle/load-lifecycle.ts';
import type { LiveLifecycle } from './lifecycle/live-lifecycle.ts';
import { startLifecycleRefresh } from './lifecycle/refresh-lifecycle.ts';
import { loadKnowledgeOrThrow } from './notes/load-knowledge.ts';
import { openNoteCache, type NoteCache } from './notes/parsed-notes-cache.ts';
import { startPackageService, type PackageLookup, type PackageService } from './packages/service.ts';
import type { PackageSettings } from './packages/sources.ts';
import { createRouter, type Router } from './router.ts';
import { createEngine } from './search/engine.ts';
import { loadVocabulary } from './search/vocabulary.ts';
import { silentLogger, type Logger, type Services } from './services.ts';

export interface AppOptions {
  knowledgeDir: string;
  now?: () => Date;
  log?: Logger;
  recordMiss?: Services['recordMiss'];
  /** endoflife.date-format JSON merged over the bundled lifecycle data, at start and daily. */
  lifecycleUrl?: string;
  /** Package lookups: downloaded and refreshed in the background; the bot answers meanwhile. */
  packages?: PackageSettings;
  /** A file (in DATA_DIR) keeping parsed notes between starts and reloads, so only changed notes are parsed. */
  noteCacheFile?: string;
}

/** Loads everything the router needs from the knowledge folder; throws with every problem named. */
export function loadServices(options: AppOptions, packages?: PackageLookup, cache?: NoteCache): Services & { lifecycle: LiveLifecycle } {
  const knowledge = loadKnowledgeOrThrow(options.knowledgeDir, undefined, cache);
  const vocabulary = loadVocabulary(join(options.knowledgeDir, 'synonyms.yaml'));
  return {
    knowledge,
    engine: createEngine(knowledge, vocabulary),
    lifecycle: loadLifecycle(join(options.knowledgeDir, 'lifecycle.json')),
    now: options.now ?? (() => new Date()),
    log: options.log ?? silentLogger,
    ...(options.recordMiss ? { recordMiss: options.recordMiss } : {}),
    ...(packages ? { packages } : {}),
  };
}

export interface App {
  /** Stable across reloads: front ends keep this one object. */
  router: Router;
  /** The services now serving (a new object after each successful reload). */
  services: Services;
  /** Re-reads the knowledge. A broken edit keeps the last good knowledge serving and returns false. */
  reload(): boolean;
  /** The package service when enabled (its `ready` settles after the first refresh). */
  packages?: PackageService;
  /** Stops background work (the lifecycle and package refresh timers). */
  stop(): void;
}

export function createApp(options: AppOptions): App {
  const log = options.log ?? silentLogger;
  // Started once, outside the knowledge: a notes reload keeps the package index serving.
  const packages = options.packages ? startPackageService({ ...options.packages, log, ...(options.now ? { now: options.now } : {}) }) : undefined;
  const cache = options.noteCacheFile ? openNoteCache(options.noteCacheFile) : undefined;
  let services = loadServices(options, packages, cache);
  let current = createRouter(services);
  // The refresh follows the lifecycle object now serving, so a reload restarts it.
  const startRefresh = () => (options.lifecycleUrl ? startLifecycleRefresh(services.lifecycle, { url: options.lifecycleUrl, log }) : undefined);
  let refresh = startRefresh();
  const router: Router = {
    handle: (request) => current.handle(request),
    handleText: (text, request) => current.handleText(text, request),
    docLinks: (text) => current.docLinks(text),
    autocomplete: (command, option, partial) => current.autocomplete(command, option, partial),
  };
  return {
    router,
    get services() {
      return services;
    },
    reload() {
      try {
        services = loadServices(options, packages, cache);
        current = createRouter(services);
      } catch (err) {
        log.error({ problem: err instanceof Error ? err.message : String(err) }, 'knowledge reload failed; the last good knowledge keeps serving');
        return false;
      }
      refresh?.stop();
      refresh = startRefresh();
      log.info({ notes: services.knowledge.notes.length }, 'knowledge reloaded');
      return true;
    },
    ...(packages ? { packages } : {}),
    stop: () => {
      refresh?.stop();
      packages?.stop();
    },
  };
}
