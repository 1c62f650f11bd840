import { MessageFlags, type APIAllowedMentions, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Reply, ReplyKind, Source } from '../../src/reply.ts';
import { renderWith } from '../../src/render/markdown-base.ts';
import { discordMarked, escapeDiscord, tableBlocks } from './discord-markdown.ts';
import { clip, fitLines, LIMITS } from './discord-limits.ts';
import { fitBlocks, markdownBlocks, type Block } from './fit-blocks.ts';
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

/**
 * Doc links are the point of a `links` reply, so they go in the content: one link may unfurl into a
 * preview, several are listed with previews suppressed so the channel is not flooded.
 */
function renderLinks(r: Reply, flags: number): Pick<DiscordMessage, 'content' | 'flags'> {
  const lead = targetLine(r);
  if (r.sources.length === 1) {
    const s = r.sources[0]!;
    return { content: [lead, `**${escapeDiscord(s.title)}**: ${s.url}`].filter(Boolean).join('\n'), flags };
  }
  const lines = r.sources.map((s) => `- ${sourceLink(s)}`);
  return { content: fitLines([lead ?? `**${escapeDiscord(r.title)}**`, ...lines], LIMITS.content), flags: flags | MessageFlags.SuppressEmbeds };
}

function fields(r: Reply): APIEmbedField[] {
  const own = (r.fields ?? []).map((f) => ({ name: clip(f.name, LIMITS.fieldName), value: clip(renderWith(discordMarked, f.value), LIMITS.fieldValue) || '-' }));
  const sources = r.sources.length ? [{ name: 'Sources', value: fitLines(r.sources.map(sourceLink), LIMITS.fieldValue) }] : [];
  return [...own.slice(0, LIMITS.embedFields - sources.length), ...sources];
}

function bodyBlocks(r: Reply): Block[] {
  const blocks = markdownBlocks(r.body);
  if (r.table) blocks.push(...tableBlocks(r.table.columns, r.table.rows).map((text) => ({ text, sep: '\n\n' })));
  return blocks;
}

function renderEmbed(r: Reply): APIEmbed {
  const embed: APIEmbed = { title: clip(r.title, LIMITS.embedTitle), color: COLORS[r.kind] };
  if (r.sources[0]) embed.url = r.sources[0].url;
  const embedFields = fields(r);
  if (embedFields.length) embed.fields = embedFields;
  if (r.suggestions?.length) embed.footer = { text: clip(`See also: ${r.suggestions.join(' · ')}`, LIMITS.footerText) };
  const used = (embed.title?.length ?? 0) + (embed.footer?.text.length ?? 0) + embedFields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - used);
  const first = r.sources[0];
  const tail = first ? `*…more in [${escapeDiscord(first.title)}](${first.url}).*` : '*…(shortened)*';
  const { text } = fitBlocks(bodyBlocks(r), room, tail);
  if (text) embed.description = text;
  return embed;
}

/** A platform-neutral reply as a Discord message, within Discord's limits, pinging nobody unasked. */
export function renderDiscord(r: Reply, options: RenderOptions = {}): DiscordMessage {
  const flags = r.private ? MessageFlags.Ephemeral : 0;
  const allowed_mentions = noPings(r.target, options.repliedUser);
  if (r.kind === 'links' && r.sources.length && !r.body) return { ...renderLinks(r, flags), embeds: [], allowed_mentions };
  const lead = targetLine(r);
  return { ...(lead ? { content: lead } : {}), embeds: [renderEmbed(r)], flags, allowed_mentions };
}
