import { Lexer } from 'marked';

/**
 * Cuts markdown to about `limit` characters at a block boundary (paragraph, list, code block),
 * never inside a code block. The first block is always kept whole, so a long command survives.
 */
export function trimMarkdown(markdown: string, limit: number): { text: string; cut: boolean } {
  if (markdown.length <= limit) return { text: markdown, cut: false };
  const blocks = new Lexer().lex(markdown);
  let text = '';
  for (const block of blocks) {
    if (text && (text + block.raw).trimEnd().length > limit) return { text: text.trimEnd(), cut: true };
    text += block.raw;
  }
  return { text: text.trimEnd(), cut: false };
}
