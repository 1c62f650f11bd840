import { answerReply } from '../answer.ts';
import { answerPackageQuestion } from '../packages/question.ts';
import type { Reply } from '../reply.ts';
import type { Search } from '../search/engine.ts';
import { stripMentions } from '../search/question-text.ts';
import type { Args, ChatRequest, Services } from '../services.ts';

/** How a question is answered: from data (packages, lifecycle), or from a note search and its decision. */
export type Route = { data: Reply } | { found: Search; notice: string | null };

export function routeQuestion(question: string, services: Services): Route {
  // "is nginx in alma 9?", "which package has semanage", a CVE id: answered from the package index when loaded.
  const looked = answerPackageQuestion(question, services);
  if (looked) return { data: looked };
  const dated = services.lifecycle.answer(question, services.now());
  if (dated) return { data: dated };
  return { found: services.engine.search(question), notice: services.lifecycle.eolNotice(question, services.now()) };
}

/** The reply when the notes decline: a date the question also asked ("should we switch? when does it go EOL?"), else "I don't know". */
export function declinedReply(question: string, found: Search, services: Services): Reply {
  return services.lifecycle.alsoAsked(question, services.now()) ?? answerReply(services.knowledge, found);
}

export function runAsk(args: Args, services: Services, request: ChatRequest): Reply {
  // Mentions are never question words: "@everyone how do I enable epel" asks about EPEL.
  const question = stripMentions(String(args.question ?? '')).trim();
  const route = routeQuestion(question, services);
  if ('data' in route) return route.data;
  // Declined: the notes could not answer the how-to part, but a date the question also asked is still answered.
  const result = route.found.decline ? declinedReply(question, route.found, services) : answerReply(services.knowledge, route.found, route.notice);
  if (result.kind === 'unknown' && route.found.decline !== 'empty') {
    services.recordMiss?.({ question, platform: request.platform, confidence: route.found.confidence });
  }
  return result;
}
