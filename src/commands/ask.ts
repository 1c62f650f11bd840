import { answerReply } from '../answer.ts';
import type { Reply } from '../reply.ts';
import type { Args, ChatRequest, Services } from '../services.ts';

export function runAsk(args: Args, services: Services, request: ChatRequest): Reply {
  const question = String(args.question ?? '').trim();
  const dated = services.lifecycle.answer(question, services.now());
  if (dated) return dated;
  const found = services.engine.search(question);
  const result = answerReply(services.knowledge, found);
  if (result.kind === 'unknown' && found.decline !== 'empty') {
    services.recordMiss?.({ question, platform: request.platform, confidence: found.confidence });
  }
  return result;
}
