import type { Tokens } from 'marked';
import { chatMarked, renderWith } from '../../src/render/markdown-base.ts';

// Slack mrkdwn: `*bold*`, `_italic_`, `~strike~`, `<url|label>`. Slack parses `<…>` as links and
// mentions (`<!channel>`, `<@U…>`, `<!subteam^…>`), so every `&`, `<` and `>` we did not write
// ourselves is escaped: text from notes or users can never become a mention or a broadcast.

/** Escapes text for mrkdwn, and breaks bare `@channel`-style words so no client links them. */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1');
}

/** A URL Slack may link: http(s) or mailto only (never `!channel`), with `|` and spaces encoded. */
export function linkTarget(href: string): string | null {
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return null;
  // A backtick in a link would open or close a code span or fence around it.
  return escapeMrkdwn(href.replace(/\|/g, '%7C').replace(/\s/g, '%20').replace(/`/g, '%60'));
}

/** `<url|label>`, or the label and the escaped address as plain text when the URL is not linkable. */
export function mrkdwnLink(href: string, label: string): string {
  const target = linkTarget(href);
  if (!target) {
    const plain = escapeMrkdwn(href);
    return !label || label === plain ? plain : `${label} (${plain})`;
  }
  return label && label !== target ? `<${target}|${label}>` : `<${target}>`;
}

/** A fenced block; Slack ignores the language tag, so none is written. */
export function codeBlock(text: string): string {
  return `\`\`\`\n${escapeMrkdwn(text.replace(/```/g, 'ʼʼʼ'))}\n\`\`\``;
}

type ListParser = { parser: { parse(t: Tokens.Generic[]): string; parseInline(t: Tokens.Generic[]): string } };

// The base list renderer runs an item's tight text straight into a nested list ("• a• b"):
// here each block of an item ends its own line.
function list(this: ListParser, token: Tokens.List): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  const items = token.items.map((item, i) => {
    const marker = token.ordered ? `${start + i}.` : '•';
    const parts = item.tokens.map((t) => (t.type === 'text' && 'tokens' in t && t.tokens ? `${this.parser.parseInline(t.tokens)}\n` : this.parser.parse([t])));
    const body = parts.join('').replace(/\n{2,}/g, '\n').trim().replace(/\n/g, '\n   ');
    return `${marker} ${body}`;
  });
  return `${items.join('\n')}\n\n`;
}

const slackMarked = chatMarked({
  list,
  text(token: Tokens.Text | Tokens.Escape) {
    if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
    // Literal ``` in prose would open a code block in Slack and swallow what follows.
    return escapeMrkdwn(token.text.replace(/`{3,}/g, (run) => 'ʼ'.repeat(run.length)));
  },
  html: ({ text }) => escapeMrkdwn(text),
  heading({ tokens }) {
    return `*${this.parser.parseInline(tokens)}*\n\n`;
  },
  strong({ tokens }) {
    return `*${this.parser.parseInline(tokens)}*`;
  },
  em({ tokens }) {
    return `_${this.parser.parseInline(tokens)}_`;
  },
  del({ tokens }) {
    return `~${this.parser.parseInline(tokens)}~`;
  },
  codespan: ({ text }) => `\`${escapeMrkdwn(text.replace(/`/g, 'ʼ'))}\``,
  code: ({ text }) => `${codeBlock(text)}\n\n`,
  link({ href, tokens }) {
    return mrkdwnLink(href, this.parser.parseInline(tokens));
  },
  image: ({ href, text }) => mrkdwnLink(href, escapeMrkdwn((text || href).replace(/`/g, 'ʼ'))),
});

const plainMarked = chatMarked();

/** Markdown → Slack mrkdwn. */
export function toMrkdwn(markdown: string): string {
  return renderWith(slackMarked, markdown);
}

/** Markdown → plain words, not escaped: for monospace tables, which escape as a whole. */
export function toPlain(markdown: string): string {
  return renderWith(plainMarked, markdown);
}

/** Markdown → plain words for notifications and the `text` fallback, escaped for Slack. */
export function toPlainText(markdown: string): string {
  return escapeMrkdwn(toPlain(markdown));
}
