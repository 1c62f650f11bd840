// RPM version ordering (rpmvercmp): how dnf decides which of two builds is newer.

/** Compares two version or release strings the way rpm does: -1, 0 or 1. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  const seg = /(~|\^|\d+|[a-zA-Z]+)/g;
  const sa = a.match(seg) ?? [];
  const sb = b.match(seg) ?? [];
  for (let i = 0; ; i++) {
    const x = sa[i];
    const y = sb[i];
    // `~` sorts before anything, even the end; `^` sorts after the end but before anything else.
    if (x === '~' || y === '~') {
      if (x !== y) return x === '~' ? -1 : 1;
      continue;
    }
    if (x === '^' || y === '^') {
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (x !== y) return x === '^' ? -1 : 1;
      continue;
    }
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
    const xn = /^\d/.test(x);
    const yn = /^\d/.test(y);
    // A numeric segment is newer than an alphabetic one.
    if (xn !== yn) return xn ? 1 : -1;
    if (xn) {
      const xs = x.replace(/^0+/, '');
      const ys = y.replace(/^0+/, '');
      if (xs.length !== ys.length) return xs.length > ys.length ? 1 : -1;
      if (xs !== ys) return xs > ys ? 1 : -1;
    } else if (x !== y) return x > y ? 1 : -1;
  }
}

export interface Evr {
  epoch: string;
  version: string;
  release: string;
}

export function compareEvr(a: Evr, b: Evr): number {
  const e = rpmvercmp(a.epoch || '0', b.epoch || '0');
  if (e) return e;
  const v = rpmvercmp(a.version, b.version);
  return v || rpmvercmp(a.release, b.release);
}

/** `1:1.20.1-20.el9` (the epoch only when it is not 0). */
export function formatEvr(e: Evr): string {
  return `${e.epoch && e.epoch !== '0' ? `${e.epoch}:` : ''}${e.version}-${e.release}`;
}

/** Splits `name-[epoch:]version-release.arch` (as in modulemd artifacts); undefined if it is not one. */
export function parseNevra(nevra: string): (Evr & { name: string; arch: string }) | undefined {
  const m = /^(.+)-(?:(\d+):)?([^-:]+)-([^-]+)\.([^.]+)$/.exec(nevra);
  if (!m) return undefined;
  return { name: m[1]!, epoch: m[2] ?? '0', version: m[3]!, release: m[4]!, arch: m[5]! };
}

/** True for a build that belongs to a module stream (its release carries `.module_el`). */
export function isModular(release: string): boolean {
  return release.includes('.module_el') || release.includes('.module+el');
}
