import { join } from 'node:path';
import { loadLifecycle } from './lifecycle/load-lifecycle.ts';
import { loadKnowledgeOrThrow } from './notes/load-knowledge.ts';
import { createRouter, type Router } from './router.ts';
import { createEngine } from './search/engine.ts';
import { loadVocabulary } from './search/vocabulary.ts';
import { silentLogger, type Logger, type Services } from './services.ts';

export interface AppOptions {
  knowledgeDir: string;
  now?: () => Date;
  log?: Logger;
  recordMiss?: Services['recordMiss'];
}

/** Loads everything the router needs from the knowledge folder; throws with every problem named. */
export function loadServices(options: AppOptions): Services {
  const knowledge = loadKnowledgeOrThrow(options.knowledgeDir);
  const vocabulary = loadVocabulary(join(options.knowledgeDir, 'synonyms.yaml'));
  return {
    knowledge,
    engine: createEngine(knowledge, vocabulary),
    lifecycle: loadLifecycle(join(options.knowledgeDir, 'lifecycle.json')),
    now: options.now ?? (() => new Date()),
    log: options.log ?? silentLogger,
    ...(options.recordMiss ? { recordMiss: options.recordMiss } : {}),
  };
}

export function createApp(options: AppOptions): { services: Services; router: Router } {
  const services = loadServices(options);
  return { services, router: createRouter(services) };
}
