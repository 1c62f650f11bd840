import { Marked, type RendererObject, type Tokens } from 'marked';

// marked's default renderer writes HTML and escapes text for it, which is wrong for chat.
// Each front end builds its own Marked instance from this base: every token type becomes plain,
// unescaped text, and the front end overrides only what its platform formats differently.

export type ChatRenderer = RendererObject<string, string>;

function listItems(this: { parser: { parse(t: Tokens.Generic[]): string } }, token: Tokens.List): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  return token.items
    .map((item, i) => {
      const marker = token.ordered ? `${start + i}.` : '•';
      // Each block of an item on its own line, so a nested list never runs into the item's text.
      const blocks = item.tokens.map((t) => this.parser.parse([t]).trim()).filter(Boolean);
      const body = blocks.join('\n').replace(/\n/g, '\n   ');
      return `${marker} ${body}`;
    })
    .join('\n') + '\n\n';
}

export const plainRenderer: ChatRenderer = {
  space: () => '',
  code: ({ text }) => `${text}\n\n`,
  blockquote({ tokens }) {
    return `${this.parser.parse(tokens).trim().replace(/^/gm, '> ')}\n\n`;
  },
  html: ({ text }) => text,
  def: () => '',
  heading({ tokens }) {
    return `${this.parser.parseInline(tokens)}\n\n`;
  },
  hr: () => '---\n\n',
  list: listItems,
  listitem({ tokens }) {
    return this.parser.parse(tokens);
  },
  checkbox: ({ checked }) => (checked ? '[x] ' : '[ ] '),
  paragraph({ tokens }) {
    return `${this.parser.parseInline(tokens)}\n\n`;
  },
  table(token) {
    const row = (cells: Tokens.TableCell[]) => cells.map((c) => this.parser.parseInline(c.tokens)).join(' | ');
    return `${[row(token.header), ...token.rows.map(row)].join('\n')}\n\n`;
  },
  tablerow: ({ text }) => text,
  tablecell({ tokens }) {
    return this.parser.parseInline(tokens);
  },
  strong({ tokens }) {
    return this.parser.parseInline(tokens);
  },
  em({ tokens }) {
    return this.parser.parseInline(tokens);
  },
  codespan: ({ text }) => text,
  br: () => '\n',
  del({ tokens }) {
    return this.parser.parseInline(tokens);
  },
  link({ href, tokens }) {
    const label = this.parser.parseInline(tokens);
    return label === href ? href : `${label} (${href})`;
  },
  image: ({ href, text }) => `${text} (${href})`,
  text(token) {
    return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text;
  },
};

/** A Marked instance that renders chat text: the plain base plus a platform's overrides. */
export function chatMarked(overrides: ChatRenderer = {}): Marked {
  return new Marked({ async: false, gfm: true, renderer: { ...plainRenderer, ...overrides } });
}

export function renderWith(marked: Marked, markdown: string): string {
  return (marked.parse(markdown) as string).replace(/\n{3,}/g, '\n\n').trim();
}
