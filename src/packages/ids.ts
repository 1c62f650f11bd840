// Advisory and CVE ids as people write them: ALSA-2024:9317, alsa-2024-9317, CVE-2024-6387.

const ADVISORY = /\b(AL[SBE]A)-(\d{4})[:-](\d{1,6})\b/gi;
const CVE = /\b(CVE)-(\d{4})-(\d{4,7})\b/gi;

export type IdKind = 'advisory' | 'cve';

/** The canonical form (ALSA-2024:9317, CVE-2024-6387), or undefined when it is neither. */
export function normalizeId(text: string): { kind: IdKind; id: string } | undefined {
  const t = text.trim();
  const a = new RegExp(`^${ADVISORY.source}$`, 'i').exec(t);
  if (a) return { kind: 'advisory', id: `${a[1]!.toUpperCase()}-${a[2]}:${a[3]}` };
  const c = new RegExp(`^${CVE.source}$`, 'i').exec(t);
  if (c) return { kind: 'cve', id: `CVE-${c[2]}-${c[3]}` };
  return undefined;
}

/** Every advisory or CVE id in a text, canonical and once each, in order of appearance. */
export function idsIn(text: string): { kind: IdKind; id: string }[] {
  const found: { at: number; kind: IdKind; id: string }[] = [];
  for (const m of text.matchAll(ADVISORY)) found.push({ at: m.index, kind: 'advisory', id: `${m[1]!.toUpperCase()}-${m[2]}:${m[3]}` });
  for (const m of text.matchAll(CVE)) found.push({ at: m.index, kind: 'cve', id: `CVE-${m[2]}-${m[3]}` });
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.id) && seen.add(f.id))
    .map(({ kind, id }) => ({ kind, id }));
}

/** A plausible package name (what `dnf install` accepts as a plain name). */
export const PACKAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$/;
