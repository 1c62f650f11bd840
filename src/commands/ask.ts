import { answerReply } from '../answer.ts';
import { answerPackageQuestion } from '../packages/question.ts';
import type { Reply } from '../reply.ts';
import type { Search } from '../search/engine.ts';
import { stripMentions } from '../search/question-text.ts';
import type { Args, ChatRequest, Services } from '../services.ts';

/** How a question is answered: from data (packages, lifecycle), or from a note search and its decision. */
export type Route = { data: Reply } | { found: Search; notice: string | null; dated: Reply | null };

export function routeQuestion(question: string, services: Services): Route {
  // "is nginx in alma 9?", "which package has semanage", a CVE id: answered from the package index when loaded.
  const looked = answerPackageQuestion(question, services);
  if (looked) return { data: looked };
  const dated = services.lifecycle.answer(question, services.now());
  if (dated) return { data: dated };
  const now = services.now();
  return { found: services.engine.search(question), notice: services.lifecycle.eolNotice(question, now), dated: services.lifecycle.alsoAsked(question, now) };
}

export function runAsk(args: Args, services: Services, request: ChatRequest): Reply {
  // Mentions are never question words: "@everyone how do I enable epel" asks about EPEL.
  const question = stripMentions(String(args.question ?? '')).trim();
  const route = routeQuestion(question, services);
  if ('data' in route) return route.data;
  const answered = answerReply(services.knowledge, route.found, route.notice);
  // The notes could not answer the how-to part, but the question also asked a date: answer that rather than nothing.
  const result = answered.kind === 'unknown' && route.dated ? route.dated : answered;
  if (result.kind === 'unknown' && route.found.decline !== 'empty') {
    services.recordMiss?.({ question, platform: request.platform, confidence: route.found.confidence });
  }
  return result;
}
