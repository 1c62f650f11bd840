import type { types } from '@slack/bolt';
import { tameOnOverflow } from '../tame-markdown.ts';
import type { Reply, Source, Table } from '../../src/reply.ts';
import { clipText } from '../../src/clip-text.ts';
import { escapeMrkdwn, mrkdwnLink, toMrkdwn, toPlain, toPlainText } from './mrkdwn.ts';
import { splitText } from './split-text.ts';

type Block = types.KnownBlock;

/** Block Kit limits (docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  sectionText: 3000,
  headerText: 150,
  fieldText: 2000,
  fieldsPerSection: 10,
  messageBlocks: 50,
  homeBlocks: 100,
  /** Our own cap on the notification fallback; Slack truncates long `text` anyway. */
  fallbackText: 3000,
} as const;

export interface SlackMessage {
  /** Plain fallback: notifications, screen readers, clients without Block Kit. */
  text: string;
  blocks: Block[];
}

// verbatim: Slack then links only the `<…>` forms we wrote, and auto-links no names or mentions.
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text, verbatim: true });
const section = (text: string): Block => ({ type: 'section', text: mrkdwn(text) });
const context = (text: string): Block => ({ type: 'context', elements: [mrkdwn(text)] });

/** Never half a surrogate pair, nor a cut `&amp;` entity (the escaped form of what was written). */
function clip(text: string, max: number): string {
  const cut = clipText(text, max);
  return cut === text ? text : cut.replace(/&[a-z]{0,4}…$/, '…');
}

/** Slack refuses a header of no text: a blank title gives no header. */
const headerText = (title: string) => clip(title.replace(/\s+/g, ' ').trim(), SLACK_LIMITS.headerText);

/** Slack user ids (U…, W…) become a mention; anything else stays plain words. */
function targetText(target: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(target) ? `<@${target}>` : `@${escapeMrkdwn(target)}`;
}

/** A line of a monospace table, escaped as codeBlock() escapes it, cut to `max` characters. */
const TABLE_LINE_MAX = 1400;

function tableLine(text: string): string {
  return clip(escapeMrkdwn(text.replace(/```/g, 'ʼʼʼ')), TABLE_LINE_MAX);
}

const fenced = (lines: string[]) => `\`\`\`\n${lines.join('\n')}\n\`\`\``;

/**
 * Slack has no table block for every surface: a monospace block, split by rows, header repeated.
 * Lines are escaped and cut first (header and a row never pass 3,000 together), so each block
 * is measured as Slack will count it.
 */
function tableBlocks(table: Table): Block[] {
  const rows = [table.columns, ...table.rows].map((row) => row.map((cell) => toPlain(cell).replace(/\s+/g, ' ')));
  const widths = table.columns.map((_, i) => Math.min(TABLE_LINE_MAX, Math.max(...rows.map((row) => (row[i] ?? '').length))));
  const line = (row: string[]) => tableLine(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd());
  const [header = '', ...body] = rows.map(line);
  const blocks: Block[] = [];
  let chunk: string[] = [];
  for (const row of body) {
    if (chunk.length && fenced([header, ...chunk, row]).length > SLACK_LIMITS.sectionText) {
      blocks.push(section(fenced([header, ...chunk])));
      chunk = [];
    }
    chunk.push(row);
  }
  blocks.push(section(fenced([header, ...chunk])));
  return blocks;
}

function fieldBlocks(fields: NonNullable<Reply['fields']>): Block[] {
  const texts = fields.map((f) => mrkdwn(clip(`*${escapeMrkdwn(f.name)}*\n${toMrkdwn(f.value)}`, SLACK_LIMITS.fieldText)));
  const blocks: Block[] = [];
  for (let i = 0; i < texts.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: texts.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
  }
  return blocks;
}

const link = (s: Source) => mrkdwnLink(s.url, escapeMrkdwn(s.title));

/** `lead` and as many whole items as fit in `max`: a link cut in half is no link. */
function fitJoin(lead: string, items: string[], sep: string, max: number): string {
  let out = lead;
  for (const item of items) {
    const next = out === lead ? `${lead}${item}` : `${out}${sep}${item}`;
    if (next.length > max) break;
    out = next;
  }
  return out === lead ? clip(`${lead}${items[0] ?? ''}`, max) : out;
}

/** The words of a reply: header, pointed-at user, body, table, fields. */
function contentBlocks(r: Reply): Block[] {
  const blocks: Block[] = [];
  // A links reply is its links; a big header over one link would be noise.
  const header = headerText(r.title);
  if (r.kind !== 'links' && header) blocks.push({ type: 'header', text: { type: 'plain_text', text: header, emoji: true } });
  if (r.target) blocks.push(section(clip(`For ${targetText(r.target)}`, SLACK_LIMITS.sectionText)));
  if (r.body.trim()) blocks.push(...splitText(toMrkdwn(r.body), SLACK_LIMITS.sectionText).map(section));
  if (r.table) blocks.push(...tableBlocks(r.table));
  if (r.fields?.length) blocks.push(...fieldBlocks(r.fields));
  return blocks;
}

/** Sources and suggestions: kept even when the content is cut, since they lead to the full text. */
function trailingBlocks(r: Reply): Block[] {
  const blocks: Block[] = [];
  if (r.sources.length && r.kind === 'links') blocks.push(section(fitJoin('', r.sources.map((s) => `• ${link(s)}`), '\n', SLACK_LIMITS.sectionText)));
  else if (r.sources.length) blocks.push(context(fitJoin('Sources: ', r.sources.map(link), ' · ', SLACK_LIMITS.sectionText)));
  if (r.suggestions?.length) blocks.push(context(fitJoin('See also: ', r.suggestions.map(escapeMrkdwn), ' · ', SLACK_LIMITS.sectionText)));
  return blocks;
}

/** Notification text: the title and plain body, or for a links reply its links. */
function fallbackText(r: Reply): string {
  const parts =
    r.kind === 'links'
      ? r.sources.map((s) => `${escapeMrkdwn(s.title)}: ${mrkdwnLink(s.url, '')}`)
      : [escapeMrkdwn(r.title), toPlainText(r.body)];
  if (r.target) parts.unshift(`For ${targetText(r.target)}`);
  return clip(parts.filter(Boolean).join('\n'), SLACK_LIMITS.fallbackText) || 'AlmaLinux help bot';
}

/** A reply as a Slack message within Block Kit's limits (50 blocks in messages, 100 in App Home). */
function renderSlackOnce(r: Reply, maxBlocks: number = SLACK_LIMITS.messageBlocks): SlackMessage {
  const content = contentBlocks(r);
  const trailing = trailingBlocks(r);
  // Slack refuses a message of no blocks and no text: a reply with no words still says something.
  let blocks = content.length || trailing.length ? [...content, ...trailing] : [section('_(nothing to show)_')];
  if (blocks.length > maxBlocks) {
    const room = Math.max(0, maxBlocks - trailing.length - 1);
    blocks = [...content.slice(0, room), context('_…cut short: Slack shows only so much in one message._'), ...trailing];
  }
  return { text: fallbackText(r), blocks };
}

/** See tame-markdown.ts: a Reply nested deeper than marked's stack still renders. */
export const renderSlack = tameOnOverflow(renderSlackOnce);
