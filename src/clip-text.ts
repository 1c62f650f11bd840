// Cutting text to a length must never split a surrogate pair (an emoji, many CJK characters):
// half of one is an invalid character that platforms reject or show as garbage.

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where to cut `text` at or before `at` without splitting a surrogate pair. */
export function safeCut(text: string, at: number): number {
  const cut = Math.max(0, Math.min(at, text.length));
  return cut > 0 && cut < text.length && isHigh(text.charCodeAt(cut - 1)) ? cut - 1 : cut;
}

/** The first `max` UTF-16 units of `text` or fewer, never half a character. */
export function sliceSafe(text: string, max: number): string {
  return text.slice(0, safeCut(text, max));
}

/** `text` cut to at most `max` units with an ellipsis when it was longer. */
export function clipText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  if (max <= ellipsis.length) return sliceSafe(ellipsis, Math.max(0, max));
  return `${sliceSafe(text, max - ellipsis.length).trimEnd()}${ellipsis}`;
}
