// The AlmaLinux advisory feed, errata.full.json per major: {schema_version, data: [advisory]},
// each advisory with id, type, severity, title, issued_date (seconds), packages and references
// (type "cve" for CVEs, "self" for its errata page).

import { formatEvr } from './evr.ts';
import type { Advisory, AdvisoryPackage } from './types.ts';

const ADVISORY_ID = /^AL[SBE]A-\d{4}:\d+$/;

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** The feed gives seconds since 1970; a date string is accepted too, in case a mirror rewrites it. */
function day(value: unknown): string {
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isFinite(n) && n > 0) return new Date(n * 1000).toISOString().slice(0, 10);
  const parsed = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(parsed) ? new Date(parsed).toISOString().slice(0, 10) : '';
}

/** `https://errata.almalinux.org/9/ALSA-2024-9317.html` (the feed's page naming: `:` becomes `-`). */
export function advisoryUrl(errataBase: string, major: string, id: string): string {
  return `${errataBase.replace(/\/+$/, '')}/${major}/${id.replace(':', '-')}.html`;
}

function packagesOf(list: unknown): AdvisoryPackage[] {
  const out = new Map<string, AdvisoryPackage>();
  for (const p of Array.isArray(list) ? (list as Record<string, unknown>[]) : []) {
    const name = str(p?.name);
    if (!name || str(p.arch) === 'src') continue;
    const module = str(p.module).split(':').slice(0, 2).join(':');
    const entry: AdvisoryPackage = { name, evr: formatEvr({ epoch: str(p.epoch), version: str(p.version), release: str(p.release) }), ...(module ? { module } : {}) };
    out.set(`${name} ${entry.evr}`, entry);
  }
  return [...out.values()];
}

function advisoryOf(record: Record<string, unknown>, major: string, errataBase: string): Advisory | undefined {
  const id = str(record.id).toUpperCase();
  if (!ADVISORY_ID.test(id)) return undefined;
  const refs = Array.isArray(record.references) ? (record.references as Record<string, unknown>[]) : [];
  const cves = [...new Set(refs.filter((r) => str(r?.type) === 'cve').map((r) => str(r.id).toUpperCase()).filter((c) => /^CVE-\d{4}-\d{4,}$/.test(c)))];
  const self = refs.find((r) => str(r?.type) === 'self' && /^https?:\/\//.test(str(r.href)));
  return {
    id,
    major,
    type: str(record.type),
    severity: str(record.severity),
    title: str(record.title),
    issued: day(record.issued_date),
    cves,
    packages: packagesOf(record.packages),
    url: self ? str(self.href) : advisoryUrl(errataBase, major, id),
  };
}

/** The advisories of one feed; throws when it is not the feed's shape. */
export function parseErrata(text: string, major: string, errataBase: string): Advisory[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('errata feed is not valid JSON');
  }
  const data = (json as { data?: unknown })?.data;
  if (!Array.isArray(data)) throw new Error('errata feed has no data list');
  return data.flatMap((r) => (r && typeof r === 'object' ? (advisoryOf(r as Record<string, unknown>, major, errataBase) ?? []) : []));
}
