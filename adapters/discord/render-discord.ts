import { MessageFlags, type APIAllowedMentions, type APIEmbed, type APIEmbedField } from 'discord.js';
import { tameOnOverflow } from '../tame-markdown.ts';
import type { Reply, ReplyKind, Source } from '../../src/reply.ts';
import { renderWith } from '../../src/render/markdown-base.ts';
import { discordMarked, escapeDiscord, tableBlocks } from './discord-markdown.ts';
import { clip, fitLines, LIMITS } from './discord-limits.ts';
import { fitBlocks, joinBlocks, markdownBlocks, type Block } from './fit-blocks.ts';
import { mentionFor, noPings } from './allowed-mentions.ts';

/** A message body as Discord's API takes it, for an interaction reply or a channel message. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  flags: number;
  allowed_mentions: APIAllowedMentions;
}

export interface RenderOptions {
  /** Replying to a message: whether its author may be pinged by the reply (they asked us). */
  repliedUser?: boolean;
}

const COLORS: Record<ReplyKind, number> = {
  answer: 0x0069da, // AlmaLinux blue
  lifecycle: 0x0069da,
  links: 0x0069da,
  help: 0x86da2f,
  notice: 0xffcb12,
  unknown: 0x9ca3af,
  error: 0xda1e28,
};

/** The one user a reply may mention: the validated `for` target, as `<@id>`. */
function targetLine(r: Reply): string | undefined {
  const mention = mentionFor(r.target);
  return mention && `For ${mention}:`;
}

function sourceLink(s: Source): string {
  return `[${escapeDiscord(s.title)}](${s.url})`;
}

/** Discord refuses an empty (or blank) field name or value: a zero-width space stands in. */
const BLANK = '\u200b';
const nonBlank = (text: string) => (text.trim() ? text : BLANK);

/** A title on one line, at most `max` characters. */
const oneLine = (text: string, max: number) => clip(text.replace(/\s+/g, ' ').trim(), max);

/** Longest title shown over a links reply, so the links themselves always fit. */
const LINKS_TITLE_MAX = 200;

/** Discord takes only http(s) URLs for an embed's link. */
const embedUrl = (url: string | undefined) => (url && /^https?:\/\/\S+$/.test(url) && url.length <= 2048 ? url : undefined);

/**
 * Doc links are the point of a `links` reply, so they go in the content: one link may unfurl into a
 * preview, several are listed with previews suppressed so the channel is not flooded.
 */
function renderLinks(r: Reply, flags: number): Pick<DiscordMessage, 'content' | 'flags'> {
  const lead = targetLine(r);
  if (r.sources.length === 1) {
    const s = r.sources[0]!;
    const line = `**${escapeDiscord(oneLine(s.title, LINKS_TITLE_MAX))}**: ${s.url}`;
    return { content: nonBlank(clip([lead, line].filter(Boolean).join('\n'), LIMITS.content)), flags };
  }
  const lines = r.sources.map((s) => `- ${sourceLink(s)}`);
  const head = lead ?? `**${escapeDiscord(oneLine(r.title, LINKS_TITLE_MAX))}**`;
  return { content: nonBlank(fitLines([head, ...lines], LIMITS.content)), flags: flags | MessageFlags.SuppressEmbeds };
}

const fieldSize = (f: APIEmbedField) => f.name.length + f.value.length;

/**
 * The reply's fields and a Sources field, as many as fit in `budget` characters of the embed
 * total (Discord counts field names and values in its 6,000); Sources is kept first.
 */
function fields(r: Reply, budget: number): APIEmbedField[] {
  const sources = r.sources.length ? [{ name: 'Sources', value: nonBlank(fitLines(r.sources.map(sourceLink), LIMITS.fieldValue)) }] : [];
  let used = sources.reduce((n, f) => n + fieldSize(f), 0);
  const own: APIEmbedField[] = [];
  for (const f of (r.fields ?? []).slice(0, LIMITS.embedFields - sources.length)) {
    const field = { name: nonBlank(oneLine(f.name, LIMITS.fieldName)), value: nonBlank(clip(renderWith(discordMarked, f.value), LIMITS.fieldValue)) };
    if (used + fieldSize(field) > budget) break;
    own.push(field);
    used += fieldSize(field);
  }
  return [...own, ...sources];
}

function bodyBlocks(r: Reply): Block[] {
  const blocks = markdownBlocks(r.body);
  if (r.table) blocks.push(...tableBlocks(r.table.columns, r.table.rows).map((text) => ({ text, sep: '\n\n' })));
  return blocks;
}

/** Room the body keeps in the embed total, however many fields a reply brings. */
const BODY_RESERVE = 2000;

function renderEmbed(r: Reply): APIEmbed {
  const embed: APIEmbed = { color: COLORS[r.kind] };
  const title = oneLine(r.title, LIMITS.embedTitle);
  if (title) embed.title = title;
  const url = embedUrl(r.sources[0]?.url);
  if (url && title) embed.url = url;
  if (r.suggestions?.length) embed.footer = { text: nonBlank(clip(`See also: ${r.suggestions.join(' · ')}`, LIMITS.footerText)) };
  const blocks = bodyBlocks(r);
  const bodyNeed = Math.min(joinBlocks(blocks).length, BODY_RESERVE);
  const fixed = title.length + (embed.footer?.text.length ?? 0);
  const embedFields = fields(r, LIMITS.embedTotal - fixed - bodyNeed);
  if (embedFields.length) embed.fields = embedFields;
  const used = fixed + embedFields.reduce((n, f) => n + fieldSize(f), 0);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - used);
  const first = r.sources[0];
  const tail = first ? `*…more in [${escapeDiscord(oneLine(first.title, LINKS_TITLE_MAX))}](${first.url}).*` : '*…(shortened)*';
  const { text } = fitBlocks(blocks, room, tail.length < room / 2 ? tail : '*…(shortened)*');
  if (text.trim()) embed.description = text;
  // An embed needs some text: a reply of blanks still shows that it is empty.
  if (!embed.title && !embed.description && !embed.fields) embed.description = '*(nothing to show)*';
  return embed;
}

/** A platform-neutral reply as a Discord message, within Discord's limits, pinging nobody unasked. */
function renderDiscordOnce(r: Reply, options: RenderOptions = {}): DiscordMessage {
  const flags = r.private ? MessageFlags.Ephemeral : 0;
  const allowed_mentions = noPings(r.target, options.repliedUser);
  if (r.kind === 'links' && r.sources.length && !r.body) return { ...renderLinks(r, flags), embeds: [], allowed_mentions };
  const lead = targetLine(r);
  return { ...(lead ? { content: lead } : {}), embeds: [renderEmbed(r)], flags, allowed_mentions };
}

/** See tame-markdown.ts: a Reply nested deeper than marked's stack still renders. */
export const renderDiscord = tameOnOverflow(renderDiscordOnce);
