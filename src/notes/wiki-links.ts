// `[[target]]` and `[[target|label]]`: the one non-markdown syntax notes and chat messages use.
// marked has no token for it, so it is found in text with this single pattern.

const WIKI_LINK = /\[\[([^[\]|\n]{1,80})(?:\|([^[\]\n]{1,120}))?\]\]/g;
// Code is shown as written: `[[customizations.user]]` in a TOML example is no link.
const CODE = /```[\s\S]*?(?:```|$)|`[^`\n]*`/g;
const CODE_OR_LINK = new RegExp(`(${CODE.source})|${WIKI_LINK.source}`, 'g');

export interface WikiLink {
  target: string;
  label: string | undefined;
}

export function wikiLinks(text: string): WikiLink[] {
  return [...text.replace(CODE, ' ').matchAll(WIKI_LINK)].map((m) => ({ target: m[1]!.trim(), label: m[2]?.trim() }));
}

export function wikiLinkTargets(text: string): string[] {
  return [...new Set(wikiLinks(text).map((l) => l.target))];
}

/** Rewrites every wiki link with `render(target, label)`. */
export function replaceWikiLinks(text: string, render: (target: string, label: string | undefined) => string): string {
  return text.replace(CODE_OR_LINK, (m, code: string | undefined, target: string, label: string | undefined) => (code ? m : render(target.trim(), label?.trim())));
}
