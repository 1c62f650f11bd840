import { clipText } from '../../src/clip-text.ts';

// Discord's documented message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedTotal: 6000,
  choices: 25,
  choiceText: 100,
} as const;

/** Text cut to `max` characters with an ellipsis, never inside a surrogate pair (an emoji). */
export function clip(text: string, max: number): string {
  return clipText(text, max);
}

/** Lines joined by newlines, keeping only as many whole lines as fit in `max`. */
export function fitLines(lines: string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length > max) break;
    out = next;
  }
  return out || clip(lines[0] ?? '', max);
}
