import { load as parseYaml } from 'js-yaml';

export interface FrontMatter {
  title: string;
  aliases: string[];
  tags: string[];
  versions: number[];
  sources: string[];
  verified: string;
  errors: string[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const KNOWN_VERSIONS = new Set([8, 9, 10]);
const FIELDS = new Set(['title', 'aliases', 'tags', 'versions', 'sources', 'verified', 'errors']);

/** Splits `---\nyaml\n---\nbody`. Returns null when the file has no front matter block. */
export function splitFrontMatter(raw: string): { yaml: string; body: string; bodyLine: number } | null {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (!text.startsWith('---\n')) return null;
  const end = text.indexOf('\n---', 3);
  if (end < 0) return null;
  const after = text.indexOf('\n', end + 1);
  const yaml = text.slice(4, end + 1);
  const body = after < 0 ? '' : text.slice(after + 1);
  return { yaml, body, bodyLine: yaml.split('\n').length + 2 };
}

function stringList(data: Record<string, unknown>, key: string, problems: string[], required = false): string[] {
  const v = data[key];
  if (v === undefined || v === null) {
    if (required) problems.push(`${key} is required`);
    return [];
  }
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || x.trim() === '')) {
    problems.push(`${key} must be a list of non-empty strings`);
    return [];
  }
  return v.map((x: string) => x.trim());
}

function verifiedDate(v: unknown, problems: string[]): string {
  // YAML turns an unquoted 2026-11-28 into a Date; accept both spellings.
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
    problems.push('verified must be a date written YYYY-MM-DD');
    return '';
  }
  return s;
}

function versionList(v: unknown, problems: string[]): number[] {
  if (!Array.isArray(v) || v.some((x) => !KNOWN_VERSIONS.has(Number(x)))) {
    problems.push('versions must be a list of AlmaLinux majors (8, 9, 10), or [] when version-neutral');
    return [];
  }
  return v.map(Number);
}

/** Validates the YAML of a note's front matter; every problem is reported, not just the first. */
export function parseFrontMatter(yaml: string): Parsed<FrontMatter> {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (err) {
    return { ok: false, problems: [`invalid YAML: ${(err as Error).message.split('\n')[0]}`] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: ['must be a YAML mapping'] };
  }
  const d = data as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(d)) if (!FIELDS.has(key)) problems.push(`unknown field ${key}`);
  const title = typeof d.title === 'string' ? d.title.trim() : '';
  if (!title) problems.push('title is required');
  const sources = stringList(d, 'sources', problems, true);
  if (sources.length === 0 && d.sources !== undefined) problems.push('sources must list at least one URL');
  if (sources.some((s) => !/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(s))) {
    problems.push('sources must be a list of https URLs');
  }
  const value: FrontMatter = {
    title,
    aliases: stringList(d, 'aliases', problems),
    tags: stringList(d, 'tags', problems),
    versions: d.versions === undefined ? (problems.push('versions is required'), []) : versionList(d.versions, problems),
    sources,
    verified: d.verified === undefined ? (problems.push('verified is required'), '') : verifiedDate(d.verified, problems),
    errors: stringList(d, 'errors', problems),
  };
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
