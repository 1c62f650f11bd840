import { Lexer, type Token, type Tokens } from 'marked';
import { parseFrontMatter, splitFrontMatter, type Parsed } from './front-matter.ts';
import type { Note, Section } from './note.ts';
import { wikiLinkTargets } from './wiki-links.ts';

/** GitHub-style anchor: lowercase, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** "AlmaLinux 9 and 10", "On AlmaLinux 8" → [9, 10], [8]. Headings that name no version → []. */
export function headingVersions(heading: string): number[] {
  const m = /\balma(?:linux)?(?:\s+os)?\s+((?:8|9|10)(?:\s*(?:,|and|or|&|\/)\s*(?:8|9|10))*)\b/i.exec(heading);
  if (!m?.[1]) return [];
  return [...new Set(m[1].split(/\s*(?:,|and|or|&|\/)\s*/i).map(Number))].sort((a, b) => a - b);
}

function children(token: Token): Token[] {
  const t = token as Token & { tokens?: Token[]; items?: Tokens.ListItem[] };
  if (t.type === 'list') return (t as Tokens.List).items;
  if (t.type === 'table') {
    const table = t as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  return t.tokens ?? [];
}

/** Text a reader sees, without markup or link targets: what the search index should hold. */
export function plainText(tokens: Token[]): string {
  const out: string[] = [];
  const walk = (list: Token[]) => {
    for (const token of list) {
      const kids = children(token);
      if (kids.length) walk(kids);
      else if (token.type === 'code' || token.type === 'codespan' || token.type === 'text' || token.type === 'escape') {
        out.push((token as Tokens.Text).text);
      }
      if (token.type === 'paragraph' || token.type === 'heading' || token.type === 'code' || token.type === 'list_item') out.push('\n');
    }
  };
  walk(tokens);
  return out.join(' ').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

function linkUrls(tokens: Token[]): string[] {
  const urls: string[] = [];
  const walk = (list: Token[]) => {
    for (const token of list) {
      if (token.type === 'link' && /^https:\/\//.test((token as Tokens.Link).href)) urls.push((token as Tokens.Link).href);
      walk(children(token));
    }
  };
  walk(tokens);
  return [...new Set(urls)];
}

interface Draft {
  heading: string;
  tokens: Token[];
}

function splitSections(tokens: Token[]): Draft[] {
  const drafts: Draft[] = [{ heading: '', tokens: [] }];
  for (const token of tokens) {
    if (token.type === 'heading') drafts.push({ heading: (token as Tokens.Heading).text.trim(), tokens: [] });
    else drafts[drafts.length - 1]!.tokens.push(token);
  }
  return drafts;
}

function toSection(noteId: string, noteVersions: number[], draft: Draft, anchors: Set<string>): Section {
  let anchor = draft.heading ? anchorOf(draft.heading) : '';
  for (let n = 1; anchor && anchors.has(anchor); n++) anchor = `${anchorOf(draft.heading)}-${n}`;
  anchors.add(anchor);
  const markdown = draft.tokens.map((t) => t.raw).join('').trim();
  const own = headingVersions(draft.heading);
  return {
    id: anchor ? `${noteId}#${anchor}` : noteId,
    noteId,
    heading: draft.heading,
    anchor,
    markdown,
    text: plainText(draft.tokens),
    versions: own.length ? own : noteVersions,
    versionSpecific: own.length > 0,
    links: wikiLinkTargets(markdown),
    urls: linkUrls(draft.tokens),
  };
}

/**
 * Parses one note file. Problems are plain sentences; the caller prefixes the file name.
 * `id` is the file name without `.md`.
 */
export function parseNote(id: string, file: string, raw: string): Parsed<Note> {
  const split = splitFrontMatter(raw);
  if (!split) return { ok: false, problems: ['front matter: missing (the file must start with a --- block)'] };
  const fm = parseFrontMatter(split.yaml);
  if (!fm.ok) return { ok: false, problems: fm.problems.map((p) => `front matter: ${p}`) };
  const anchors = new Set<string>();
  const drafts = splitSections(new Lexer().lex(split.body));
  const problems: string[] = [];
  const sections: Section[] = [];
  drafts.forEach((draft, i) => {
    const section = toSection(id, fm.value.versions, draft, anchors);
    if (section.text) sections.push(section);
    else if (i > 0) problems.push(`section "${draft.heading}" is empty`);
  });
  if (!sections.some((s) => s.heading === '')) problems.push('the note needs a lead paragraph before its first heading');
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { id, file, ...fm.value, sections } };
}
