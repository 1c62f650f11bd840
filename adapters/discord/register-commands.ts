import { REST, Routes, type RESTOptions, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordSettings } from '../../src/config.ts';
import { commandsPayload } from './command-payload.ts';
import { restOptions } from './discord-options.ts';

export interface Registered {
  scope: string;
  commands: RESTPutAPIApplicationCommandsResult;
}

/**
 * Registers every command of the registry with one bulk-overwrite PUT: idempotent, and commands
 * removed from the registry disappear from Discord too. Guild commands update at once; global
 * ones may take a while to show in every client.
 */
export async function registerCommands(settings: Omit<DiscordSettings, 'readMessages'>, rest: Partial<RESTOptions> = {}): Promise<Registered> {
  const client = new REST(restOptions(settings, rest)).setToken(settings.token);
  const route = settings.guildId ? Routes.applicationGuildCommands(settings.appId, settings.guildId) : Routes.applicationCommands(settings.appId);
  const commands = (await client.put(route, { body: commandsPayload() })) as RESTPutAPIApplicationCommandsResult;
  return { scope: settings.guildId ? `on server ${settings.guildId}` : 'globally', commands };
}

export function describeRegistered({ scope, commands }: Registered): string {
  const lines = commands.map((c) => `  /${c.name}${c.options?.length ? ` ${c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ')}` : ''}`);
  return [`Registered ${commands.length} Discord commands ${scope}:`, ...lines].join('\n');
}
