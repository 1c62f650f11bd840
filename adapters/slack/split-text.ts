// Slack caps a section's text at 3,000 characters. Long mrkdwn is split at paragraph, line or
// word boundaries, never inside an `&amp;` entity or a `<url|label>` link, and a code fence cut
// in two is closed and reopened so both halves stay monospace.

const FENCE = '```';

/** Moves a cut back before an unfinished `<…>` link or `&…;` entity. */
function outsideMarkup(text: string, cut: number): number {
  const before = text.slice(0, cut);
  const lt = before.lastIndexOf('<');
  if (lt > 0 && lt > before.lastIndexOf('>')) return lt;
  const amp = before.lastIndexOf('&');
  if (amp > 0 && amp > before.lastIndexOf(';') && /^&[a-z]*$/.test(before.slice(amp))) return amp;
  return cut;
}

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at > max / 2) return outsideMarkup(text, at);
  }
  return outsideMarkup(text, max);
}

function openFence(text: string): boolean {
  return (text.split(FENCE).length - 1) % 2 === 1;
}

/** Splits `text` into pieces of at most `max` characters (`max` well above a link's length). */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  // Room for a fence closed at the end of one piece and reopened at the start of the next.
  const room = max - 2 * (FENCE.length + 1);
  while (rest.length > max) {
    const cut = cutPoint(rest, room);
    let head = rest.slice(0, cut).trimEnd();
    rest = rest.slice(cut).trim();
    if (openFence(head)) {
      head = `${head}\n${FENCE}`;
      rest = `${FENCE}\n${rest}`;
    }
    pieces.push(head);
  }
  if (rest) pieces.push(rest);
  return pieces;
}
