import type { types } from '@slack/bolt';
import type { Reply, Source, Table } from '../../src/reply.ts';
import { codeBlock, escapeMrkdwn, mrkdwnLink, toMrkdwn, toPlain, toPlainText } from './mrkdwn.ts';
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

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Slack user ids (U…, W…) become a mention; anything else stays plain words. */
function targetText(target: string): string {
  return /^[UW][A-Z0-9]{2,}$/.test(target) ? `<@${target}>` : `@${escapeMrkdwn(target)}`;
}

/** Slack has no table block for every surface: a monospace block, split by rows, header repeated. */
function tableBlocks(table: Table): Block[] {
  const rows = [table.columns, ...table.rows].map((row) => row.map((cell) => toPlain(cell).replace(/\s+/g, ' ')));
  const widths = table.columns.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const [header = '', ...body] = rows.map(line);
  const blocks: Block[] = [];
  let chunk: string[] = [];
  for (const row of body) {
    if (chunk.length && codeBlock([header, ...chunk, row].join('\n')).length > SLACK_LIMITS.sectionText) {
      blocks.push(section(codeBlock([header, ...chunk].join('\n'))));
      chunk = [];
    }
    chunk.push(clip(row, SLACK_LIMITS.sectionText - header.length - 100));
  }
  blocks.push(section(codeBlock([header, ...chunk].join('\n'))));
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

/** The words of a reply: header, pointed-at user, body, table, fields. */
function contentBlocks(r: Reply): Block[] {
  const blocks: Block[] = [];
  // A links reply is its links; a big header over one link would be noise.
  if (r.kind !== 'links') blocks.push({ type: 'header', text: { type: 'plain_text', text: clip(r.title, SLACK_LIMITS.headerText), emoji: true } });
  if (r.target) blocks.push(section(`For ${targetText(r.target)}`));
  if (r.body.trim()) blocks.push(...splitText(toMrkdwn(r.body), SLACK_LIMITS.sectionText).map(section));
  if (r.table) blocks.push(...tableBlocks(r.table));
  if (r.fields?.length) blocks.push(...fieldBlocks(r.fields));
  return blocks;
}

/** Sources and suggestions: kept even when the content is cut, since they lead to the full text. */
function trailingBlocks(r: Reply): Block[] {
  const blocks: Block[] = [];
  if (r.sources.length && r.kind === 'links') blocks.push(section(clip(r.sources.map((s) => `• ${link(s)}`).join('\n'), SLACK_LIMITS.sectionText)));
  else if (r.sources.length) blocks.push(context(clip(`Sources: ${r.sources.map(link).join(' · ')}`, SLACK_LIMITS.sectionText)));
  if (r.suggestions?.length) blocks.push(context(clip(`See also: ${r.suggestions.map(escapeMrkdwn).join(' · ')}`, SLACK_LIMITS.sectionText)));
  return blocks;
}

/** Notification text: the title and plain body, or for a links reply its links. */
function fallbackText(r: Reply): string {
  const parts =
    r.kind === 'links'
      ? r.sources.map((s) => `${escapeMrkdwn(s.title)}: ${mrkdwnLink(s.url, '')}`)
      : [escapeMrkdwn(r.title), toPlainText(r.body)];
  if (r.target) parts.unshift(`For ${targetText(r.target)}`);
  return clip(parts.filter(Boolean).join('\n'), SLACK_LIMITS.fallbackText);
}

/** A reply as a Slack message within Block Kit's limits (50 blocks in messages, 100 in App Home). */
export function renderSlack(r: Reply, maxBlocks: number = SLACK_LIMITS.messageBlocks): SlackMessage {
  const content = contentBlocks(r);
  const trailing = trailingBlocks(r);
  let blocks = [...content, ...trailing];
  if (blocks.length > maxBlocks) {
    const room = Math.max(0, maxBlocks - trailing.length - 1);
    blocks = [...content.slice(0, room), context('_…cut short: Slack shows only so much in one message._'), ...trailing];
  }
  return { text: fallbackText(r), blocks };
}
