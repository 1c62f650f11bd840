import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConversationKit, type ConversationKit } from '../../adapters/conversation-kit.ts';
import { launchSlack, type RunningSlack } from '../../adapters/slack/start-slack.ts';
import type { ConversationSettings } from '../../src/config.ts';
import { createVoteLog, type VoteLog } from '../../src/feedback/vote-log.ts';
import { silentLogger, type Logger } from '../../src/services.ts';
import { fixtureApp, TODAY } from '../helpers.ts';
import { FakeSlack, TEAM } from './slack-api.ts';
import { slackSettings } from './slack-bot.ts';
import { USER } from './slack-payloads.ts';
import { httpTransport, post, sign, SIGNING_SECRET, socketTransport, type Transport } from './slack-transport.ts';

// The real Bolt app with follow-ups, 👍/👎 and a help channel, against the fake Slack, over HTTP
// or Socket Mode; and the button-click payload Slack sends.

export const HELP = 'C0000HELP';

export interface ConversationBot {
  fake: FakeSlack;
  slack: RunningSlack;
  send: Transport;
  /** Delivers a block_actions payload (a button click). */
  click(payload: object): Promise<void>;
  dataDir: string;
  votes: VoteLog;
  kit: ConversationKit;
  close(): Promise<void>;
}

export async function startConversationBot(mode: 'http' | 'socket', conversation: Partial<ConversationSettings> = {}, log: Logger = silentLogger, extra: { remindersChannel?: string } = {}): Promise<ConversationBot> {
  const fake = await FakeSlack.start();
  const app = fixtureApp();
  const dataDir = mkdtempSync(join(tmpdir(), 'slack-votes-'));
  const settings: ConversationSettings = { feedback: true, helpMinConfidence: 0.75, helpDelaySeconds: 0, helpSuggest: false, reminderLeadDays: [180, 30, 7], reminderProducts: ['almalinux'], ...conversation };
  const votes = createVoteLog(dataDir, silentLogger);
  const kit = createConversationKit({ router: app.router, knowledge: () => app.services.knowledge, settings, votes, now: () => TODAY });
  const slack = await launchSlack(
    { router: app.router, settings: slackSettings(mode, fake, { helpChannels: [HELP], ...extra }), common: { linkCooldownSeconds: 300, rateLimit: { questions: 1000, windowSeconds: 60 } }, log, conversation: kit },
    { retryConfig: { retries: 0 } },
  );
  const eventsUrl = `http://127.0.0.1:${slack.address?.port ?? 0}/slack/events`;
  return {
    fake,
    slack,
    send: mode === 'http' ? httpTransport(eventsUrl) : socketTransport(fake),
    async click(payload) {
      if (mode === 'socket') {
        await (fake.envelope as (type: string, payload: object) => Promise<unknown>)('interactive', payload);
        return;
      }
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const res = await post(eventsUrl, body, 'application/x-www-form-urlencoded', sign(body, SIGNING_SECRET));
      if (res.status !== 200) throw new Error(`click: HTTP ${res.status}`);
    },
    dataDir,
    votes,
    kit,
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}

/** A click on a button of a message the bot posted, as Slack sends it. */
export function blockAction(fake: FakeSlack, posted: { channel: string; ts: string; thread_ts?: string }, button: { action_id: string; value: string }, user = USER, n = 0) {
  return {
    type: 'block_actions', team: { id: TEAM, domain: 'test' }, user: { id: user, username: 'tester', name: 'tester', team_id: TEAM },
    api_app_id: 'A0000001', token: 'verification-token-unused', trigger_id: 'trigger.2',
    container: { type: 'message', message_ts: posted.ts, channel_id: posted.channel, is_ephemeral: false },
    channel: { id: posted.channel, name: 'general' },
    message: { type: 'message', ts: posted.ts, text: '', ...(posted.thread_ts ? { thread_ts: posted.thread_ts } : {}) },
    response_url: `${fake.url}/respond/vote-${n}`,
    actions: [{ type: 'button', block_id: 'vote', action_id: button.action_id, value: button.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1.2' }],
    state: { values: {} },
  };
}

