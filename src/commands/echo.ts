import { clipText } from '../clip-text.ts';

/**
 * User text shown back in a reply, made harmless: one line, at most `max` characters, inside an
 * inline code span (where no platform turns `@everyone`, `<@id>` or `<!channel>` into a ping).
 */
export function echo(text: string, max = 60): string {
  const oneLine = text.replace(/[\u0000-\u001f\u007f`]+/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = clipText(oneLine, max);
  return `\`${cut || ' '}\``;
}
