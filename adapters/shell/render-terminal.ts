import type { Reply } from '../../src/reply.ts';
import { tameOnOverflow } from '../tame-markdown.ts';
import { chatMarked, renderWith } from '../../src/render/markdown-base.ts';

const ANSI = {
  bold: ['\x1b[1m', '\x1b[22m'],
  italic: ['\x1b[3m', '\x1b[23m'],
  underline: ['\x1b[4m', '\x1b[24m'],
  cyan: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
} as const;

type Style = keyof typeof ANSI;

function styler(color: boolean) {
  return (style: Style, text: string) => (color ? `${ANSI[style][0]}${text}${ANSI[style][1]}` : text);
}

function markedFor(color: boolean) {
  const s = styler(color);
  return chatMarked({
    heading({ tokens }) {
      return `${s('bold', s('underline', this.parser.parseInline(tokens)))}\n\n`;
    },
    strong({ tokens }) {
      return s('bold', this.parser.parseInline(tokens));
    },
    em({ tokens }) {
      return s('italic', this.parser.parseInline(tokens));
    },
    codespan: ({ text }) => s('cyan', text),
    code: ({ text }) => `${text.split('\n').map((line) => `    ${s('cyan', line)}`).join('\n')}\n\n`,
  });
}

const plain = markedFor(false);
const colored = markedFor(true);

// Control characters in a note or an echoed question (ESC above all) would drive the terminal:
// move the cursor, retitle the window, hide text. Only newlines and tabs pass.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const clean = (text: string) => text.replace(CONTROL, '');

function cleanReply(r: Reply): Reply {
  return {
    ...r,
    title: clean(r.title),
    body: clean(r.body),
    sources: r.sources.map((s) => ({ title: clean(s.title), url: clean(s.url) })),
    ...(r.fields ? { fields: r.fields.map((f) => ({ name: clean(f.name), value: clean(f.value) })) } : {}),
    ...(r.table ? { table: { columns: r.table.columns.map(clean), rows: r.table.rows.map((row) => row.map(clean)) } } : {}),
    ...(r.suggestions ? { suggestions: r.suggestions.map(clean) } : {}),
  };
}

/** A reply as terminal text; ANSI styling only when `color` (a TTY without NO_COLOR). */
function renderTerminalOnce(reply: Reply, color: boolean): string {
  const r = cleanReply(reply);
  const s = styler(color);
  const marked = color ? colored : plain;
  const out = [s('bold', r.title), renderWith(marked, r.body)];
  if (r.table) {
    const widths = r.table.columns.map((c, i) => Math.max(c.length, ...r.table!.rows.map((row) => (row[i] ?? '').length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    out.push([s('bold', line(r.table.columns)), ...r.table.rows.map(line)].join('\n'));
  }
  for (const f of r.fields ?? []) out.push(`${s('bold', f.name)}: ${renderWith(marked, f.value)}`);
  if (r.sources.length) out.push(r.sources.map((src) => `${s('dim', '→')} ${src.title}: ${src.url}`).join('\n'));
  if (r.suggestions?.length) out.push(s('dim', `See also: ${r.suggestions.join(' · ')}`));
  return out.filter(Boolean).join('\n\n');
}

/** See tame-markdown.ts: a Reply nested deeper than marked's stack still renders. */
export const renderTerminal = tameOnOverflow(renderTerminalOnce);
