// Checks knowledge/lifecycle.json (and data merged from LIFECYCLE_URL) field by field, collecting
// every problem with its path, so one run of `knowledge:check` shows them all.

import { isDay } from './calendar.ts';
import { PRODUCT_NAMES, type AlmaMajor, type Beta, type Kitten, type LifecycleData, type Minor, type OtherProduct, type OtherRelease, type Phase, type Sourced } from './lifecycle-data.ts';

type Json = Record<string, unknown>;

class Checker {
  readonly problems: string[] = [];

  problem(path: string, message: string): undefined {
    this.problems.push(`${path}: ${message}`);
    return undefined;
  }

  object(v: unknown, path: string, keys: { required: string[]; optional: string[] }): Json | undefined {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return this.problem(path, 'must be an object');
    const o = v as Json;
    for (const k of keys.required) if (o[k] === undefined) this.problem(path, `"${k}" is missing`);
    // A misspelt optional key would otherwise drop a value silently.
    for (const k of Object.keys(o)) {
      if (!keys.required.includes(k) && !keys.optional.includes(k)) this.problem(path, `unknown key "${k}"`);
    }
    return o;
  }

  string(v: unknown, path: string): string | undefined {
    return typeof v === 'string' && v.trim() ? v : this.problem(path, 'must be a non-empty string');
  }

  day(v: unknown, path: string): string | undefined {
    const s = this.string(v, path);
    return s === undefined || isDay(s) ? s : this.problem(path, `"${s}" is not a date (YYYY-MM-DD)`);
  }

  url(v: unknown, path: string): string | undefined {
    const s = this.string(v, path);
    return s === undefined || /^https?:\/\/[^\s/]+\.[^\s]*$/.test(s) ? s : this.problem(path, `"${s}" is not an http(s) URL`);
  }

  array(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.problem(path, 'must be an array');
    return [];
  }

  sourced<T>(v: unknown, path: string, value: (x: unknown, p: string) => T | undefined): Sourced<T> | undefined {
    const o = this.object(v, path, { required: ['value', 'source'], optional: [] });
    if (!o) return undefined;
    const val = value.call(this, o.value, `${path}.value`);
    const source = this.url(o.source, `${path}.source`);
    return val === undefined || source === undefined ? undefined : { value: val, source };
  }

  strings(v: unknown, path: string): string[] | undefined {
    const list = this.array(v, path).map((x, i) => this.string(x, `${path}[${i}]`));
    return list.every((x) => x !== undefined) && list.length ? (list as string[]) : this.problem(path, 'must be a non-empty list of strings');
  }
}

/** Copies the optional sourced fields that are present; absent ones stay absent. */
function optional<T extends object>(target: T, o: Json, path: string, c: Checker, fields: Record<string, 'day' | 'string' | 'strings'>): T {
  for (const [key, kind] of Object.entries(fields)) {
    if (o[key] === undefined) continue;
    const read: (x: unknown, p: string) => string | string[] | undefined = kind === 'day' ? c.day : kind === 'strings' ? c.strings : c.string;
    const value = c.sourced(o[key], `${path}.${key}`, read);
    if (value) Object.assign(target, { [key]: value });
  }
  return target;
}

const MINOR_FIELDS = { codename: 'string', betaDate: 'day', rhel: 'string', kernel: 'string', architectures: 'strings' } as const;

function minorVersion(o: Json, path: string, major: string, c: Checker): string | undefined {
  const version = c.string(o.version, `${path}.version`);
  if (version !== undefined && !new RegExp(`^${major}\\.(0|[1-9]\\d?)$`).test(version)) c.problem(`${path}.version`, `"${version}" is not a ${major}.x version`);
  return version;
}

function minor(v: unknown, path: string, major: string, c: Checker): Minor | undefined {
  const o = c.object(v, path, { required: ['version', 'releaseDate'], optional: Object.keys(MINOR_FIELDS) });
  if (!o) return undefined;
  const version = minorVersion(o, path, major, c);
  const releaseDate = c.sourced(o.releaseDate, `${path}.releaseDate`, c.day);
  if (version === undefined || !releaseDate) return undefined;
  return optional<Minor>({ version, releaseDate }, o, path, c, MINOR_FIELDS);
}

// A beta has no release date: that is what keeps it from ever being read as a released minor.
const BETA_FIELDS = { codename: 'string', kernel: 'string', architectures: 'strings', changes: 'strings' } as const;

function beta(v: unknown, path: string, major: string, c: Checker): Beta | undefined {
  const o = c.object(v, path, { required: ['version', 'betaDate'], optional: Object.keys(BETA_FIELDS) });
  if (!o) return undefined;
  const version = minorVersion(o, path, major, c);
  const betaDate = c.sourced(o.betaDate, `${path}.betaDate`, c.day);
  if (version === undefined || !betaDate) return undefined;
  return optional<Beta>({ version, betaDate }, o, path, c, BETA_FIELDS);
}

export const minorNumber = (m: { version: string }): number => Number(m.version.split('.')[1]);

function checkMinorOrder(minors: Minor[], path: string, c: Checker): void {
  minors.forEach((m, i) => {
    const prev = minors[i - 1];
    if (!prev) return;
    if (minorNumber(prev) >= minorNumber(m)) c.problem(`${path}[${i}]`, `${m.version} must come after ${prev.version} (oldest first, no duplicates)`);
    else if (prev.releaseDate.value > m.releaseDate.value) c.problem(`${path}[${i}].releaseDate`, `${m.version} is dated before ${prev.version}`);
  });
}

/** Betas come after every released minor: a released one belongs in `minors` with its betaDate. */
function checkBetas(betas: Beta[], minors: Minor[], path: string, c: Checker): void {
  const last = minors.at(-1);
  betas.forEach((b, i) => {
    const prev = betas[i - 1];
    if (minors.some((m) => m.version === b.version)) c.problem(`${path}[${i}]`, `${b.version} is released (it is in minors): give that minor the betaDate and remove the beta`);
    else if (last && minorNumber(b) <= minorNumber(last)) c.problem(`${path}[${i}]`, `${b.version} is older than the released ${last.version}`);
    else if (prev && minorNumber(prev) >= minorNumber(b)) c.problem(`${path}[${i}]`, `${b.version} must come after ${prev.version} (oldest first, no duplicates)`);
  });
}

function almaMajor(v: unknown, path: string, c: Checker): AlmaMajor | undefined {
  const o = c.object(v, path, { required: ['major', 'name', 'releaseDate', 'minors'], optional: ['activeSupportEnd', 'securitySupportEnd', 'betas'] });
  if (!o) return undefined;
  const major = c.string(o.major, `${path}.major`);
  if (major !== undefined && !/^[1-9]\d?$/.test(major)) c.problem(`${path}.major`, `"${major}" is not a major version number`);
  const name = c.string(o.name, `${path}.name`);
  const releaseDate = c.sourced(o.releaseDate, `${path}.releaseDate`, c.day);
  const minors = c.array(o.minors, `${path}.minors`).map((m, i) => minor(m, `${path}.minors[${i}]`, major ?? '?', c));
  const betas = o.betas === undefined ? [] : c.array(o.betas, `${path}.betas`).map((b, i) => beta(b, `${path}.betas[${i}]`, major ?? '?', c));
  if (major === undefined || name === undefined || !releaseDate || minors.some((m) => !m) || betas.some((b) => !b)) return undefined;
  const out = optional<AlmaMajor>({ major, name, releaseDate, minors: minors as Minor[] }, o, path, c, { activeSupportEnd: 'day', securitySupportEnd: 'day' });
  checkMinorOrder(out.minors, `${path}.minors`, c);
  if (betas.length) {
    out.betas = betas as Beta[];
    checkBetas(out.betas, out.minors, `${path}.betas`, c);
  }
  if (out.activeSupportEnd && out.securitySupportEnd && out.activeSupportEnd.value > out.securitySupportEnd.value) {
    c.problem(`${path}.activeSupportEnd`, 'ends after securitySupportEnd');
  }
  return out;
}

function kitten(v: unknown, path: string, c: Checker): Kitten | undefined {
  const fields = { codename: 'string', kernelAtFirstRelease: 'string', architectures: 'strings', basedOn: 'string', activeSupport: 'string' } as const;
  const o = c.object(v, path, { required: ['name', 'releaseDate'], optional: [...Object.keys(fields), 'addedArchitectures', 'supportFollows'] });
  if (!o) return undefined;
  const name = c.string(o.name, `${path}.name`);
  const releaseDate = c.sourced(o.releaseDate, `${path}.releaseDate`, c.day);
  const follows = o.supportFollows === undefined ? undefined : c.string(o.supportFollows, `${path}.supportFollows`);
  // One source per added architecture: each was announced on its own day.
  const added = o.addedArchitectures === undefined ? [] : c.array(o.addedArchitectures, `${path}.addedArchitectures`).map((a, i) => c.sourced(a, `${path}.addedArchitectures[${i}]`, c.string));
  if (name === undefined || !releaseDate || added.some((a) => !a)) return undefined;
  const out = optional<Kitten>({ name, releaseDate }, o, path, c, fields);
  if (added.length) out.addedArchitectures = added as Sourced<string>[];
  return follows === undefined ? out : { ...out, supportFollows: follows };
}

function phase(v: unknown, path: string, c: Checker): Phase | undefined {
  const o = c.object(v, path, { required: ['name', 'end'], optional: [] });
  const name = o && c.string(o.name, `${path}.name`);
  const end = o && c.sourced(o.end, `${path}.end`, c.day);
  return name !== undefined && end ? { name, end } : undefined;
}

function other(v: unknown, path: string, c: Checker): OtherRelease | undefined {
  const o = c.object(v, path, { required: ['id', 'product', 'major', 'name', 'phases'], optional: ['releaseDate', 'latest', 'latestDate', 'notes'] });
  if (!o) return undefined;
  const id = c.string(o.id, `${path}.id`);
  const product = typeof o.product === 'string' && Object.hasOwn(PRODUCT_NAMES, o.product) ? (o.product as OtherProduct) : c.problem(`${path}.product`, `must be ${Object.keys(PRODUCT_NAMES).join(', ')}`);
  const major = c.string(o.major, `${path}.major`);
  const name = c.string(o.name, `${path}.name`);
  const phases = c.array(o.phases, `${path}.phases`).map((p, i) => phase(p, `${path}.phases[${i}]`, c));
  if (!phases.length) c.problem(`${path}.phases`, 'needs at least one phase');
  const notes = o.notes === undefined ? [] : c.array(o.notes, `${path}.notes`).map((n, i) => c.sourced(n, `${path}.notes[${i}]`, c.string));
  if (id === undefined || !product || major === undefined || name === undefined || phases.some((p) => !p) || notes.some((n) => !n)) return undefined;
  const out = optional<OtherRelease>({ id, product, major, name, phases: phases as Phase[] }, o, path, c, { releaseDate: 'day', latest: 'string', latestDate: 'day' });
  out.phases.forEach((p, i) => {
    const prev = out.phases[i - 1];
    if (prev && prev.end.value > p.end.value) c.problem(`${path}.phases[${i}].end`, `ends before ${prev.name}`);
  });
  return notes.length ? { ...out, notes: notes as Sourced<string>[] } : out;
}

function crossCheck(almalinux: AlmaMajor[], others: OtherRelease[], kitten: Kitten | undefined, c: Checker): void {
  const majors = almalinux.map((m) => m.major);
  majors.forEach((m, i) => {
    if (majors.indexOf(m) !== i) c.problem('almalinux', `major ${m} appears twice`);
  });
  const ids = others.map((o) => o.id);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) c.problem('others', `id ${id} appears twice`);
  });
  const follows = kitten?.supportFollows;
  if (follows !== undefined && !ids.includes(follows)) c.problem('kitten.supportFollows', `"${follows}" is not an id in others`);
}

/** The validated data, or the list of problems (paths like `almalinux[1].minors[3].releaseDate.value`). */
export function validateLifecycle(raw: unknown): { ok: true; data: LifecycleData } | { ok: false; problems: string[] } {
  const c = new Checker();
  const o = c.object(raw, '(file)', {
    required: ['checked', 'releaseNotes', 'minorEol', 'upgradeCommand', 'almalinux', 'others'],
    optional: ['$comment', 'kitten', 'refreshed'],
  });
  if (!o) return { ok: false, problems: c.problems };
  const checked = c.day(o.checked, 'checked');
  const releaseNotes = c.url(o.releaseNotes, 'releaseNotes');
  const minorEol = c.sourced(o.minorEol, 'minorEol', c.string);
  const upgradeCommand = c.sourced(o.upgradeCommand, 'upgradeCommand', c.string);
  const almalinux = c.array(o.almalinux, 'almalinux').map((m, i) => almaMajor(m, `almalinux[${i}]`, c));
  const others = c.array(o.others, 'others').map((r, i) => other(r, `others[${i}]`, c));
  const kit = o.kitten === undefined ? undefined : kitten(o.kitten, 'kitten', c);
  const refreshed = o.refreshed === undefined ? undefined : c.object(o.refreshed, 'refreshed', { required: ['source', 'at'], optional: [] });
  const present = <T>(list: (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);
  const majors = present(almalinux).sort((a, b) => Number(a.major) - Number(b.major));
  crossCheck(majors, present(others), kit, c);
  if (c.problems.length || !checked || !releaseNotes || !minorEol || !upgradeCommand) return { ok: false, problems: c.problems };
  const data: LifecycleData = { checked, releaseNotes, minorEol, upgradeCommand, almalinux: majors, others: present(others) };
  if (kit) data.kitten = kit;
  if (refreshed) data.refreshed = { source: String(refreshed.source), at: String(refreshed.at) };
  return { ok: true, data };
}
