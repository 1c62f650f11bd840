// Autocomplete of `lifecycle` versions for the chat platforms.

import type { Choice } from '../services.ts';
import type { LifecycleData } from './lifecycle-data.ts';
import { minorNumber } from './validate-lifecycle.ts';
import { normalize, parseVersion, type Subject } from './version-mentions.ts';

/** The text a subject is typed as in `lifecycle <version>`. */
export function subjectValue(s: Subject): string {
  switch (s.kind) {
    case 'all':
      return '';
    case 'alma':
      return s.minor === undefined ? String(s.major) : `${s.major}.${s.minor}`;
    case 'kitten':
      return 'kitten';
    case 'product':
      return s.product.replace(/-/g, ' ');
    case 'other':
      return `${s.product.replace(/-/g, ' ')} ${s.major}`;
  }
}

/** Majors, then Kitten and the comparison releases, then minors newest first (a beta named as one). */
function allChoices(data: LifecycleData): Choice[] {
  const majors = [...data.almalinux].reverse();
  return [
    ...majors.map((m) => ({ name: m.name, value: m.major })),
    ...(data.kitten ? [{ name: data.kitten.name, value: 'kitten' }] : []),
    ...data.others.map((o) => ({ name: o.name, value: o.id.replace(/-/g, ' ') })),
    ...majors.flatMap((m) =>
      [...(m.betas ?? []).map((b) => ({ ...b, label: ' Beta' })), ...m.minors.map((x) => ({ ...x, label: '' }))]
        .sort((a, b) => minorNumber(b) - minorNumber(a))
        .map((x) => ({ name: `AlmaLinux ${x.version}${x.label}${x.codename ? ` “${x.codename.value}”` : ''}`, value: x.version })),
    ),
  ];
}

export function versionChoices(data: LifecycleData, partial: string): Choice[] {
  const all = allChoices(data);
  const typed = normalize(partial);
  if (!typed) return all;
  const parsed = parseVersion(typed);
  const canonical = parsed && parsed.kind !== 'all' ? subjectValue(parsed) : undefined;
  // Words of the name, not any substring: "9" should not offer 8.9.
  const atWord = new RegExp(`(?:^|[^a-z0-9.])${typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const score = (c: Choice): number => {
    if (c.value === canonical) return 0;
    if (c.value.startsWith(typed) || (canonical !== undefined && c.value.startsWith(canonical))) return 1;
    return atWord.test(c.name.toLowerCase()) ? 2 : 3;
  };
  return all
    .map((c, i) => ({ c, i, s: score(c) }))
    .filter((x) => x.s < 3)
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.c);
}
