import type { Marked, Tokens } from 'marked';
import { chatMarked, type ChatRenderer } from '../../src/render/markdown-base.ts';

// Discord's markdown: **bold**, *italic*, ~~strike~~, `code`, fenced code, > quotes, - lists and
// [masked](links). It has no tables, and headings are not rendered inside embeds, where our
// answers live, so headings become bold lines and tables become aligned code blocks.

/** Characters Discord reads as formatting; note text shows them literally. */
const SPECIAL = /([\\*_~|`])/g;

export function escapeDiscord(text: string): string {
  return text.replace(SPECIAL, '\\$1');
}

/** A code span that survives backticks inside it (Discord, like CommonMark, allows ``double``). */
function codeSpan(raw: string): string {
  const text = raw.trim();
  if (!text.includes('`')) return `\`${text}\``;
  return `\`\` ${text.replace(/``+/g, (m) => m.split('').join('\u200b'))} \`\``;
}

/** A fenced block; a ``` inside it would close the fence early, so it is broken with a zero-width space. */
export function codeBlock(text: string, lang = ''): string {
  return `\`\`\`${lang}\n${text.replace(/```/g, '`\u200b``')}\n\`\`\``;
}

const plain = chatMarked();

/** Inline markdown as plain text (no markup), for places like code blocks. */
export function plainInline(markdown: string): string {
  return (plain.parseInline(markdown) as string).replace(/\s*\n\s*/g, ' ');
}

/** Wider than this, a code-block table wraps in an embed (about 60 monospace characters wide). */
const MAX_TABLE_WIDTH = 60;

/**
 * Discord has no tables. A narrow one becomes a code block with padded columns; a wide one
 * would wrap into a jumble there, so it becomes one short block per row instead.
 */
export function tableBlocks(columns: string[], rows: string[][]): string[] {
  const cells = [columns, ...rows].map((row) => columns.map((_, i) => plainInline(row[i] ?? '')));
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  if (widths.reduce((a, b) => a + b + 2, -2) > MAX_TABLE_WIDTH) return rows.map((row) => rowBlock(columns, row));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const [head, ...body] = cells;
  return [codeBlock([line(head!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n'))];
}

function rowBlock(columns: string[], row: string[]): string {
  const inline = (md: string) => (discordMarked.parseInline(md) as string).replace(/\s*\n\s*/g, ' ');
  const rest = columns.slice(1).map((c, i) => `${plainInline(c)}: ${inline(row[i + 1] ?? '')}`);
  return `**${plainInline(row[0] ?? '')}**\n${rest.join(' · ')}`;
}

/** Parentheses or spaces in a URL would end Discord's masked link early. */
function safeHref(href: string): string {
  return href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const discordRenderer: ChatRenderer = {
  heading({ tokens }) {
    return `**${this.parser.parseInline(tokens)}**\n\n`;
  },
  code: ({ text, lang }) => `${codeBlock(text, (lang ?? '').split(/\s/)[0] ?? '')}\n\n`,
  strong({ tokens }) {
    return `**${this.parser.parseInline(tokens)}**`;
  },
  em({ tokens }) {
    return `*${this.parser.parseInline(tokens)}*`;
  },
  del({ tokens }) {
    return `~~${this.parser.parseInline(tokens)}~~`;
  },
  codespan: ({ text }) => codeSpan(text),
  link({ href, tokens }) {
    const label = this.parser.parseInline(tokens);
    return label === escapeDiscord(href) ? href : `[${label}](${safeHref(href)})`;
  },
  image: ({ href, text }) => `[${escapeDiscord(text || href)}](${safeHref(href)})`,
  list(token: Tokens.List) {
    const start = typeof token.start === 'number' ? token.start : 1;
    const items = token.items.map((item, i) => {
      const marker = token.ordered ? `${start + i}.` : '-';
      // Each part of an item (its text, a nested list, a code block) on its own line, indented under the marker.
      const parts = item.tokens.map((t) => this.parser.parse([t]).trim()).filter(Boolean);
      const body = parts.join('\n').replace(/\n/g, `\n${' '.repeat(marker.length + 1)}`);
      return `${marker} ${body}`;
    });
    return `${items.join('\n')}\n\n`;
  },
  table(token) {
    const text = (cells: Tokens.TableCell[]) => cells.map((c) => c.text);
    return `${tableBlocks(text(token.header), token.rows.map(text)).join('\n\n')}\n\n`;
  },
  html: ({ text }) => escapeDiscord(text),
  text(token) {
    if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
    // Notes are hard-wrapped; Discord would show every source line break, so soft breaks become spaces.
    return escapeDiscord(token.text).replace(/\n/g, ' ');
  },
};

export const discordMarked: Marked = chatMarked(discordRenderer);
