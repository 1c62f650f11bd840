import { commandDefs } from '../../src/commands/definitions.ts';
import { homeNeeds } from './home-tab.ts';
import { mentionNeeds } from './mention-events.ts';
import { messageNeeds } from './message-events.ts';
import { postReplyNeeds } from './post-reply.ts';
import type { SlackNeeds } from './slack-needs.ts';
import { slashCommandNeeds } from './slash-command.ts';
import { textFlags } from '../../src/text-flags.ts';

// The Slack app manifest (docs.slack.dev/reference/app-manifest), derived from the command
// registry and from what the listeners declare they need.

export interface ManifestOptions {
  command: string;
  socketMode: boolean;
  /** HTTP mode: the public base URL Slack posts to; Bolt listens on /slack/events under it. */
  publicUrl?: string;
  name?: string;
  /** 👍/👎 buttons (FEEDBACK_BUTTONS, on unless turned off) need interactivity; off, the manifest leaves it out. */
  feedback?: boolean;
}

export const EVENTS_PATH = '/slack/events';
const PLACEHOLDER_URL = 'https://YOUR-PUBLIC-HOST';

const allNeeds: SlackNeeds[] = [slashCommandNeeds, postReplyNeeds, mentionNeeds, messageNeeds, homeNeeds];

const sorted = (items: string[]) => [...new Set(items)].sort();

/** `ask <question> | lifecycle [version] | … [--private]`: the hint Slack shows while typing. */
export function usageHint(): string {
  return `${commandDefs.map((c) => c.usage).join(' | ')} | <question> [${textFlags.join(' ')}]`;
}

export function slackManifest(o: ManifestOptions) {
  const name = o.name ?? 'AlmaLinux Help';
  const requestUrl = o.socketMode ? {} : { request_url: `${(o.publicUrl ?? PLACEHOLDER_URL).replace(/\/+$/, '')}${EVENTS_PATH}` };
  return {
    display_information: {
      name,
      description: 'Answers AlmaLinux questions from curated notes, with links to the official docs.',
      background_color: '#0b2e4f',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: [
        {
          command: o.command,
          ...(o.socketMode ? {} : { url: requestUrl.request_url }),
          description: `AlmaLinux help: ${commandDefs.map((c) => c.name).join(', ')}, or any question`,
          usage_hint: usageHint(),
          // We read plain text; mentions in it are not needed, so Slack need not encode them.
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: sorted(allNeeds.flatMap((n) => n.scopes)) } },
    settings: {
      event_subscriptions: { ...requestUrl, bot_events: sorted(allNeeds.flatMap((n) => n.events)) },
      // Button clicks arrive as interactions: over the socket in Socket Mode, else at the events URL.
      ...(o.feedback === false ? {} : { interactivity: { is_enabled: true, ...requestUrl } }),
      org_deploy_enabled: false,
      socket_mode_enabled: o.socketMode,
      token_rotation_enabled: false,
    },
  };
}
