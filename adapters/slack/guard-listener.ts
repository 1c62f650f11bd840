import type { SlackContext } from './slack-context.ts';

/**
 * Wraps a Bolt listener: tracked for a clean stop, and a failure (Slack refusing a post, a
 * closed response_url) is logged with what was being handled instead of reaching Bolt's
 * default handler, which only prints it.
 */
export function guardListener<A>(ctx: SlackContext, what: string, listener: (args: A) => Promise<void>): (args: A) => Promise<void> {
  return (args) =>
    ctx.inflight.run(async () => {
      try {
        await listener(args);
      } catch (err) {
        ctx.log.error({ err, platform: 'slack', what }, `slack: ${what} failed`);
      }
    });
}
