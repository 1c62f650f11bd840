import { answerReply } from '../answer.ts';
import { answerPackageQuestion } from '../packages/question.ts';
import type { Reply } from '../reply.ts';
import type { Args, ChatRequest, Services } from '../services.ts';

export function runAsk(args: Args, services: Services, request: ChatRequest): Reply {
  const question = String(args.question ?? '').trim();
  // "is nginx in alma 9?", "which package has semanage", a CVE id: answered from the package index when loaded.
  const looked = answerPackageQuestion(question, services);
  if (looked) return looked;
  const dated = services.lifecycle.answer(question, services.now());
  if (dated) return dated;
  const found = services.engine.search(question);
  const result = answerReply(services.knowledge, found);
  if (result.kind === 'unknown' && found.decline !== 'empty') {
    services.recordMiss?.({ question, platform: request.platform, confidence: found.confidence });
  }
  return result;
}
