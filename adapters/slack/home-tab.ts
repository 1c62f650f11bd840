import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { guardListener } from './guard-listener.ts';
import { homeView } from './home-view.ts';
import type { SlackContext } from './slack-context.ts';
import type { SlackNeeds } from './slack-needs.ts';

// views.publish needs no scope of its own.
export const homeNeeds: SlackNeeds = { scopes: [], events: ['app_home_opened'] };

type HomeArgs = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

/** Opening the App Home publishes a fresh view, so the lifecycle status is today's. */
export function onHomeOpened(app: App, ctx: SlackContext): void {
  app.event(
    'app_home_opened',
    guardListener<HomeArgs>(ctx, 'app_home_opened', async ({ event, body, client }) => {
      if (event.tab !== 'home' || !ctx.events.first(body.event_id)) return;
      const lifecycle = ctx.router.handle({ command: 'lifecycle', args: {}, platform: 'slack', user: { id: event.user } });
      await client.views.publish({ user_id: event.user, view: homeView(ctx.settings.command, lifecycle) });
    }),
  );
}
