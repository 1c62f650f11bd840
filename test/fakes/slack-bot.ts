import { launchSlack, type RunningSlack } from '../../adapters/slack/start-slack.ts';
import type { Settings, SlackSettings } from '../../src/config.ts';
import type { Router } from '../../src/router.ts';
import { silentLogger, type Logger } from '../../src/services.ts';
import { fixtureApp, TODAY } from '../helpers.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from './slack-api.ts';
import { httpTransport, SIGNING_SECRET, socketTransport, type Transport } from './slack-transport.ts';

// The real Bolt app, started by the adapter against the fake, in HTTP or Socket Mode.

export interface TestBot {
  fake: FakeSlack;
  slack: RunningSlack;
  router: Router;
  send: Transport;
  eventsUrl: string;
  /** Moves the clock of the cooldown and rate limits forward. */
  advance(seconds: number): void;
  close(): Promise<void>;
}

export interface TestBotOptions {
  common?: Partial<Pick<Settings, 'linkCooldownSeconds' | 'rateLimit'>>;
  settings?: Partial<SlackSettings>;
  log?: Logger;
}

export function slackSettings(mode: 'http' | 'socket', fake: FakeSlack, overrides: Partial<SlackSettings> = {}): SlackSettings {
  const auth = mode === 'socket' ? { appToken: APP_TOKEN } : { signingSecret: SIGNING_SECRET };
  return { botToken: BOT_TOKEN, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl, command: '/alma', ...auth, ...overrides };
}

export async function startTestBot(mode: 'http' | 'socket', options: TestBotOptions = {}): Promise<TestBot> {
  const fake = await FakeSlack.start();
  const { router } = fixtureApp();
  let now = TODAY.getTime();
  const common = { linkCooldownSeconds: 300, rateLimit: { questions: 1000, windowSeconds: 60 }, ...options.common };
  const settings = slackSettings(mode, fake, options.settings);
  const slack = await launchSlack({ router, settings, common, log: options.log ?? silentLogger }, { retryConfig: { retries: 0 }, now: () => now });
  const eventsUrl = `http://127.0.0.1:${slack.address?.port ?? 0}/slack/events`;
  return {
    fake,
    slack,
    router,
    send: mode === 'http' ? httpTransport(eventsUrl) : socketTransport(fake),
    eventsUrl,
    advance: (seconds) => {
      now += seconds * 1000;
    },
    async close() {
      await slack.stop();
      await fake.close();
    },
  };
}
