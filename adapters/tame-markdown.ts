import type { Reply } from '../src/reply.ts';

// marked parses nested blocks and emphasis recursively: a thousand `> ` or `1. ` at the start of
// a line, or a run of thousands of `*`, overflows the stack (RangeError). No note is written
// like that, but a renderer must survive any Reply, so on that error it renders again from text
// with the nesting flattened, and as a last resort from the words without markup.

/** Block markers a line may open with: quote, bullet, numbered item. */
const CONTAINERS = /^(?:[ \t]*(?:>|[*+-]|\d{1,9}[.)])(?=\s|$)[ \t]*)+/gm;
const MAX_MARKERS = 8;

/** The same text with at most a few leading block markers per line and short emphasis runs. */
export function flattenMarkdown(md: string): string {
  return md
    .replace(CONTAINERS, (prefix) => {
      const markers = prefix.match(/>|[*+-]|\d{1,9}[.)]/g) ?? [];
      return markers.length > MAX_MARKERS ? `${markers.slice(0, MAX_MARKERS).join(' ')} ` : prefix;
    })
    .replace(/([*_~])\1{3,}/g, '$1$1$1');
}

/** The words only: every character markdown gives a meaning to becomes a space. */
export function wordsOnly(md: string): string {
  return md.replace(/[\\`*_~[\]()<>#|!=+.:-]/g, ' ');
}

function mapText(r: Reply, f: (md: string) => string): Reply {
  return {
    ...r,
    title: f(r.title),
    body: f(r.body),
    sources: r.sources.map((s) => ({ ...s, title: f(s.title) })),
    ...(r.fields ? { fields: r.fields.map((x) => ({ name: f(x.name), value: f(x.value) })) } : {}),
    ...(r.table ? { table: { columns: r.table.columns.map(f), rows: r.table.rows.map((row) => row.map(f)) } } : {}),
  };
}

/** `render`, retried on flattened text and then on plain words when marked runs out of stack. */
export function tameOnOverflow<A extends unknown[], T>(render: (r: Reply, ...rest: A) => T): (r: Reply, ...rest: A) => T {
  return (r, ...rest) => {
    for (const prepare of [(x: Reply) => x, (x: Reply) => mapText(x, flattenMarkdown)]) {
      try {
        return render(prepare(r), ...rest);
      } catch (err) {
        if (!(err instanceof RangeError)) throw err;
      }
    }
    return render(mapText(r, wordsOnly), ...rest);
  };
}
