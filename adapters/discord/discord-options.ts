import { Client, GatewayIntentBits, Options, type ClientOptions, type RESTOptions } from 'discord.js';
import type { DiscordSettings } from '../../src/config.ts';

// The gateway intents the enabled features need, and nothing more.
export function gatewayIntents(readMessages: boolean): GatewayIntentBits[] {
  // Guilds: channel cache, without which messages are dropped. GuildMessages: messages that
  // mention the bot (their content is delivered without the privileged intent).
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  // Privileged: the content of ordinary messages, for [[topic]] links.
  if (readMessages) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/** REST options: production keeps discord.js defaults; DISCORD_API_URL points at another server. */
export function restOptions(settings: Pick<DiscordSettings, 'apiUrl'>, overrides: Partial<RESTOptions> = {}): Partial<RESTOptions> {
  return { ...(settings.apiUrl ? { api: settings.apiUrl.replace(/\/+$/, '') } : {}), ...overrides };
}

export function createClient(settings: DiscordSettings, rest: Partial<RESTOptions> = {}): Client {
  const options: ClientOptions = {
    // Help channels read posts that do not mention the bot, so they need message content too.
    intents: gatewayIntents(settings.readMessages || Boolean(settings.helpChannels?.length)),
    rest: restOptions(settings, rest),
    // Belt and braces: every send also sets allowed mentions itself (see allowed-mentions.ts).
    allowedMentions: { parse: [], repliedUser: false },
    // A question deleted before the answer arrives should not turn the reply into an error.
    failIfNotExists: false,
    // The bot never looks messages up again; keeping none bounds memory in busy servers.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  };
  return new Client(options);
}
