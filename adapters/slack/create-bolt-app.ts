import { App, HTTPReceiver, SocketModeReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { SlackSettings } from '../../src/config.ts';

export const SLACK_API_URL = 'https://slack.com/api/';

/** The Web API base URL, with the trailing slash the client needs to join method names. */
export function apiBase(settings: SlackSettings): string {
  const url = settings.apiUrl ?? SLACK_API_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

export interface BoltParts {
  app: App;
  /** Set in Socket Mode: its client's disconnect() waits for the socket to close. */
  socket?: SocketModeReceiver;
  /** Set in HTTP mode. */
  http?: HTTPReceiver;
}

export interface BotIdentity {
  botUserId: string;
  botId: string;
}

/**
 * The Bolt app, in Socket Mode when an app token is set (no public URL needed), else over HTTP
 * with request signatures checked. The bot's identity comes from our own auth.test, so Bolt
 * makes no call of its own in the constructor (where a rejected token would be an unhandled
 * rejection instead of an error we can explain).
 */
export function createBoltApp(settings: SlackSettings, who: BotIdentity, logger: BoltLogger, clientOptions: webApi.WebClientOptions): BoltParts {
  const common = { token: settings.botToken, ...who, logger, clientOptions, tokenVerificationEnabled: false, ignoreSelf: true };
  if (settings.appToken) {
    // Socket Mode's own Web API client (apps.connections.open) takes its options from installerOptions.
    const socket = new SocketModeReceiver({ appToken: settings.appToken, logger, installerOptions: { clientOptions } });
    // The Socket Mode client reconnects by itself; these lines make a dropped socket visible.
    socket.client.on('disconnected', () => logger.warn('Slack: socket disconnected'));
    socket.client.on('reconnecting', () => logger.info('Slack: reconnecting'));
    return { app: new App({ ...common, receiver: socket }), socket };
  }
  const http = new HTTPReceiver({ signingSecret: settings.signingSecret ?? '', logger });
  return { app: new App({ ...common, receiver: http }), http };
}
