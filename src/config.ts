import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { packageSettingsFromEnv } from './packages/settings.ts';
import type { PackageSettings } from './packages/sources.ts';
import { PRODUCTS } from './reminders/milestones.ts';

// Every setting the bot reads, parsed once at start-up. Problems are collected and reported
// together, each naming the setting; a platform with a problem is left off, the rest run.

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export interface DiscordSettings {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  readMessages: boolean;
  /** Forum or text channel ids where the bot answers new posts by itself (see conversation settings). */
  helpChannels?: string[];
  /** Channel id for end-of-life reminders. */
  remindersChannel?: string;
}

export interface SlackSettings {
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  port: number;
  host: string;
  apiUrl?: string;
  command: string;
  /** Channel ids where the bot answers new top-level messages by itself. */
  helpChannels?: string[];
  /** Channel id for end-of-life reminders. */
  remindersChannel?: string;
}

/** Follow-ups, 👍/👎, help channels and reminders: settings shared by every platform. */
export interface ConversationSettings {
  /** 👍/👎 buttons under answers. */
  feedback: boolean;
  /** Help channels answer unasked only at or above this confidence (direct questions: the engine's own, lower bar). */
  helpMinConfidence: number;
  /** Seconds a new post waits for a person to answer before the bot does. */
  helpDelaySeconds: number;
  /** When not confident enough to answer a help post, link the three closest notes instead of staying silent. */
  helpSuggest: boolean;
  reminderLeadDays: number[];
  /** Which products' dates are reminded of: almalinux, rhel, centos, centos-stream, rocky, oracle-linux. */
  reminderProducts: string[];
}

export interface Settings {
  knowledgeDir: string;
  dataDir: string;
  /** Record unanswered questions in DATA_DIR/misses.jsonl (MISSES_LOG=false turns it off). */
  missesLog: boolean;
  logLevel: string;
  lifecycleUrl?: string;
  /** Reload the knowledge when its files change (SIGHUP always reloads). */
  watchKnowledge: boolean;
  linkCooldownSeconds: number;
  /** Per-user limit on questions and commands: `questions` per `windowSeconds`. */
  rateLimit: { questions: number; windowSeconds: number };
  conversation: ConversationSettings;
  discord?: DiscordSettings;
  slack?: SlackSettings;
  /** Package, file and advisory lookups from the repositories (PACKAGES_ENABLED). */
  packages?: PackageSettings;
}

export interface ConfigResult {
  settings: Settings;
  /** One sentence per problem, naming the platform and the setting. */
  problems: string[];
}

type Env = Record<string, string | undefined>;

function path(value: string | undefined, fallback: string): string {
  const p = value?.trim() || fallback;
  return isAbsolute(p) ? p : resolve(projectRoot, p);
}

function bool(env: Env, key: string, problems: string[], fallback = false): boolean {
  const v = env[key]?.trim().toLowerCase();
  if (!v) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (!['0', 'false', 'no', 'off'].includes(v)) {
    problems.push(`${key} must be true or false`);
    return fallback;
  }
  return false;
}

function int(env: Env, key: string, fallback: number, problems: string[]): number {
  const v = env[key]?.trim();
  if (!v) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    problems.push(`${key} must be a whole number, got "${v}"`);
    return fallback;
  }
  return n;
}

function url(env: Env, key: string, problems: string[]): string | undefined {
  const v = env[key]?.trim();
  if (!v) return undefined;
  if (!/^https?:\/\/\S+$/.test(v)) problems.push(`${key} must be an http(s) URL`);
  return v;
}

/** A comma-separated list (spaces allowed), empty when unset. */
function list(env: Env, key: string): string[] {
  return (env[key] ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}

function channelIds(env: Env, key: string, pattern: RegExp, problems: string[]): string[] {
  const ids = list(env, key);
  const bad = ids.filter((id) => !pattern.test(id));
  if (bad.length) problems.push(`${key} must list channel ids separated by commas, got "${bad.join(', ')}"`);
  return ids.filter((id) => pattern.test(id));
}

const DISCORD_ID = /^\d{17,20}$/;
const SLACK_CHANNEL = /^[CGD][A-Z0-9]{6,}$/;

function conversationSettings(env: Env, problems: string[]): ConversationSettings {
  const off = ['0', 'false', 'no', 'off'].includes(env.FEEDBACK_BUTTONS?.trim().toLowerCase() ?? '');
  if (env.FEEDBACK_BUTTONS?.trim()) bool(env, 'FEEDBACK_BUTTONS', problems); // reports a value that is neither
  const confidence = Number(env.HELP_CHANNEL_MIN_CONFIDENCE?.trim() || '0.95');
  if (!(confidence >= 0 && confidence <= 1)) problems.push('HELP_CHANNEL_MIN_CONFIDENCE must be a number from 0 to 1');
  const leads = list(env, 'REMINDER_LEAD_DAYS').map(Number);
  if (leads.some((n) => !Number.isInteger(n) || n < 0)) problems.push('REMINDER_LEAD_DAYS must list whole numbers of days, e.g. 180,30,7');
  const products = list(env, 'REMINDER_PRODUCTS').map((p) => p.toLowerCase());
  const unknown = products.filter((p) => !(PRODUCTS as readonly string[]).includes(p));
  if (unknown.length) problems.push(`REMINDER_PRODUCTS: unknown ${unknown.join(', ')} (known: ${PRODUCTS.join(', ')})`);
  return {
    feedback: !off,
    helpMinConfidence: confidence >= 0 && confidence <= 1 ? confidence : 0.8,
    helpDelaySeconds: int(env, 'HELP_CHANNEL_DELAY_SECONDS', 0, problems),
    helpSuggest: bool(env, 'HELP_CHANNEL_SUGGEST', problems),
    reminderLeadDays: leads.length && leads.every((n) => Number.isInteger(n) && n >= 0) ? leads : [180, 30, 7],
    reminderProducts: products.length && !unknown.length ? products : ['almalinux'],
  };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function discordSettings(env: Env, problems: string[]): DiscordSettings | undefined {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) return undefined;
  const appId = env.DISCORD_APP_ID?.trim();
  const mine: string[] = [];
  if (!appId) mine.push('Discord: DISCORD_APP_ID is required with DISCORD_TOKEN (the application id from the Developer Portal)');
  const settings = {
    token,
    appId: appId ?? '',
    ...opt('guildId', env.DISCORD_GUILD_ID?.trim() || undefined),
    ...opt('apiUrl', url(env, 'DISCORD_API_URL', mine)),
    readMessages: bool(env, 'DISCORD_READ_MESSAGES', mine),
    helpChannels: channelIds(env, 'DISCORD_HELP_CHANNELS', DISCORD_ID, mine),
    ...opt('remindersChannel', channelIds(env, 'DISCORD_REMINDERS_CHANNEL', DISCORD_ID, mine)[0]),
  };
  problems.push(...mine.map((p) => (p.startsWith('Discord') ? p : `Discord: ${p}`)));
  return mine.length ? undefined : settings;
}

function slackSettings(env: Env, problems: string[]): SlackSettings | undefined {
  const botToken = env.SLACK_BOT_TOKEN?.trim();
  if (!botToken) return undefined;
  const mine: string[] = [];
  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim() || undefined;
  if (!appToken && !signingSecret) mine.push('set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)');
  if (appToken && !appToken.startsWith('xapp-')) mine.push('SLACK_APP_TOKEN must be an app-level token starting with xapp-');
  if (!botToken.startsWith('xoxb-')) mine.push('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
  const command = env.SLACK_COMMAND?.trim() || '/alma';
  if (!/^\/[a-z0-9_-]{1,31}$/.test(command)) mine.push('SLACK_COMMAND must look like /alma');
  const settings = {
    botToken,
    ...opt('appToken', appToken),
    ...opt('signingSecret', signingSecret),
    port: int(env, 'SLACK_PORT', 3000, mine),
    host: env.SLACK_HOST?.trim() || '0.0.0.0',
    ...opt('apiUrl', url(env, 'SLACK_API_URL', mine)),
    command,
    helpChannels: channelIds(env, 'SLACK_HELP_CHANNELS', SLACK_CHANNEL, mine),
    ...opt('remindersChannel', channelIds(env, 'SLACK_REMINDERS_CHANNEL', SLACK_CHANNEL, mine)[0]),
  };
  problems.push(...mine.map((p) => `Slack: ${p}`));
  return mine.length ? undefined : settings;
}

export function readConfig(env: Env): ConfigResult {
  const problems: string[] = [];
  const settings: Settings = {
    knowledgeDir: path(env.KNOWLEDGE_DIR, 'knowledge'),
    dataDir: path(env.DATA_DIR, 'data'),
    missesLog: bool(env, 'MISSES_LOG', problems, true),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    ...opt('lifecycleUrl', url(env, 'LIFECYCLE_URL', problems)),
    watchKnowledge: bool(env, 'KNOWLEDGE_WATCH', problems),
    linkCooldownSeconds: int(env, 'LINK_COOLDOWN_SECONDS', 300, problems),
    rateLimit: {
      questions: int(env, 'RATE_LIMIT_QUESTIONS', 5, problems),
      windowSeconds: int(env, 'RATE_LIMIT_WINDOW_SECONDS', 60, problems),
    },
    conversation: conversationSettings(env, problems),
    ...opt('discord', discordSettings(env, problems)),
    ...opt('slack', slackSettings(env, problems)),
    ...opt('packages', packageSettingsFromEnv(env, path(env.DATA_DIR, 'data'), problems)),
  };
  return { settings, problems };
}

/** The settings that hold secrets: the redactor hides every form of their values. */
export const SECRET_SETTINGS = ['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'] as const;

/** The secret values as set (untrimmed: the redactor derives the trimmed and encoded forms). */
export function secretValues(env: Env): string[] {
  return SECRET_SETTINGS.map((key) => env[key]).filter((v): v is string => Boolean(v?.trim()));
}

/** True when the environment asks for a platform at all (even if its settings are broken). */
export function platformsRequested(env: Env): boolean {
  return Boolean(env.DISCORD_TOKEN?.trim() || env.SLACK_BOT_TOKEN?.trim());
}
