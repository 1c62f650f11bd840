import { safeCut } from '../../src/clip-text.ts';

// Slack caps a section's text at 3,000 characters. Long mrkdwn is split at paragraph, line or
// word boundaries, never inside an `&amp;` entity, a `<url|label>` link that fits in a piece, a
// run of backticks or a surrogate pair, and a code fence cut in two is closed and reopened so
// both halves stay monospace. Every piece consumes at least one character of the input, so the
// split ends on any input; the fences added around pieces never feed back into what is cut.

const FENCE = '```';
/** A fence closed at the end of a piece (`\n```) and reopened at the start of the next (```\n). */
const FENCE_ROOM = 2 * (FENCE.length + 1);

export interface Piece {
  /** The input's characters in this piece, in order. */
  text: string;
  /** The piece starts inside a fence opened in an earlier piece. */
  reopened: boolean;
  /** The piece ends inside a fence, closed here for display. */
  closed: boolean;
}

/** An unfinished `<…>` link or `&…;` entity before `cut`: where to cut instead. */
function outsideMarkup(text: string, cut: number, room: number): number {
  const before = text.slice(0, cut);
  const lt = before.lastIndexOf('<');
  if (lt >= 0 && lt > before.lastIndexOf('>')) {
    const gt = text.indexOf('>', cut);
    if (gt !== -1 && gt < room) return gt + 1; // the whole link fits: keep it, even at a piece's start
    if (lt > 0) return lt; // cut before it; it starts the next piece
    return cut; // a link longer than a piece cannot be kept whole
  }
  const amp = before.lastIndexOf('&');
  if (amp >= 0 && /^&[a-z]*$/.test(before.slice(amp))) return amp > 0 ? amp : Math.min(room, text.indexOf(';', amp) + 1 || cut);
  return cut;
}

/** Never inside a run of backticks (a fence cut in two is no fence), nor a surrogate pair. */
function cleanCut(text: string, cut: number, room: number): number {
  let at = cut;
  if (text[at - 1] === '`' && text[at] === '`') {
    let start = at;
    while (start > 0 && text[start - 1] === '`') start--;
    let end = at;
    while (end < text.length && text[end] === '`') end++;
    at = start > 0 ? start : end <= room ? end : at;
  }
  at = safeCut(text, at);
  return at > 0 ? at : Math.min(text.length, 2); // at least one character (a whole pair)
}

function cutPoint(text: string, room: number): number {
  const window = text.slice(0, room);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(sep);
    if (at > room / 2) return cleanCut(text, outsideMarkup(text, at, room), room);
  }
  return cleanCut(text, outsideMarkup(text, room, room), room);
}

const fencesIn = (text: string) => text.split(FENCE).length - 1;

/** The pieces of `text`, each to be shown in at most `max` characters (`max` at least 16). */
export function splitPieces(text: string, max: number): Piece[] {
  const room = max - FENCE_ROOM;
  const pieces: Piece[] = [];
  let rest = text.trim();
  let inFence = false;
  // Each turn takes at least one character of `rest`: the guard only turns a bug into a throw.
  for (let turns = 0; rest; turns++) {
    if (turns > text.length) throw new Error('splitText made no progress');
    const reopened: boolean = inFence;
    const fits: boolean = rest.length + (reopened ? FENCE.length + 1 : 0) <= max;
    const cut: number = fits ? rest.length : cutPoint(rest, room);
    const head: string = rest.slice(0, cut).trimEnd();
    rest = rest.slice(cut).trim();
    inFence = fencesIn(head) % 2 === 1 ? !inFence : inFence;
    pieces.push({ text: head, reopened, closed: inFence && rest.length > 0 });
  }
  return pieces;
}

/** The text a piece is shown as: its characters, with the fences that keep code monospace. */
export function pieceText(p: Piece): string {
  return `${p.reopened ? `${FENCE}\n` : ''}${p.text}${p.closed ? `\n${FENCE}` : ''}`;
}

/** Splits `text` into pieces of at most `max` characters (`max` well above a link's length). */
export function splitText(text: string, max: number): string[] {
  return splitPieces(text, max).map(pieceText).filter((t) => t.trim());
}
