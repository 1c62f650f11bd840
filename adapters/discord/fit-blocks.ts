import type { Token, Tokens } from 'marked';
import { sliceSafe } from '../../src/clip-text.ts';
import { discordMarked } from './discord-markdown.ts';

// Long answers are cut between blocks (paragraphs, list items, code blocks, tables), never inside
// a code block, so what Discord shows is always well-formed markdown.

export interface Block {
  text: string;
  /** What goes between this block and the one before it. */
  sep: string;
}

function render(tokens: Token[]): string {
  return (discordMarked.parser(tokens) as string).replace(/\n{3,}/g, '\n\n').trim();
}

/** A list becomes one block per item, so a long list can be cut between items. */
function listItems(list: Tokens.List): Block[] {
  const start = typeof list.start === 'number' ? list.start : 1;
  return list.items.map((item, i) => ({
    text: render([{ ...list, start: start + i, items: [item] } as Tokens.List]),
    sep: i === 0 ? '\n\n' : '\n',
  }));
}

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const token of discordMarked.lexer(markdown)) {
    if (token.type === 'space') continue;
    if (token.type === 'list') blocks.push(...listItems(token as Tokens.List));
    else blocks.push({ text: render([token]), sep: '\n\n' });
  }
  return blocks.filter((b) => b.text);
}

export function joinBlocks(blocks: Block[]): string {
  return blocks.map((b, i) => (i === 0 ? b.text : b.sep + b.text)).join('');
}

/** Text that is not a code block, cut at the last sentence or word end that fits. */
function cutProse(text: string, max: number): string {
  if (max < 2) return '';
  const head = sliceSafe(text, max - 1);
  const sentence = [...head.matchAll(/[.!?]\s/g)].at(-1)?.index ?? -1;
  if (sentence > max / 2) return head.slice(0, sentence + 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * As many whole blocks as fit in `max` characters; when something is left out, `tail` (a link to
 * the full document) is appended and counted. A first block too long on its own is cut as prose,
 * or dropped when it is code, since half a command is worse than none.
 */
export function fitBlocks(blocks: Block[], maxChars: number, tail: string): { text: string; cut: boolean } {
  const max = Math.max(0, maxChars);
  const whole = joinBlocks(blocks);
  if (whole.length <= max) return { text: whole, cut: false };
  const room = max - tail.length - 2;
  const kept: Block[] = [];
  for (const block of blocks) {
    if (joinBlocks([...kept, block]).length > room) break;
    kept.push(block);
  }
  const first = blocks[0];
  if (!kept.length && first && !first.text.startsWith('```')) kept.push({ text: cutProse(first.text, room), sep: '' });
  const body = joinBlocks(kept.filter((b) => b.text));
  return { text: body ? `${body}\n\n${tail}` : sliceSafe(tail, max), cut: true };
}
