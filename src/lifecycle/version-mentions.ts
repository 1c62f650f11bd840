// Finding which release a text names: `9`, `9.4`, `alma9`, `el9`, `almalinux 9`, `kitten`,
// `centos 7`, `c7`, `rhel 9`, `centos stream 9`, `rocky 9`, `oracle linux 8`. Pure: returns what it found, never words.

import type { OtherProduct } from './lifecycle-data.ts';

export type Subject =
  /** AlmaLinux named without a version. */
  | { kind: 'all' }
  | { kind: 'alma'; major: number; minor?: number }
  | { kind: 'kitten' }
  /** RHEL, CentOS Linux, CentOS Stream, Rocky Linux or Oracle Linux named without a version. */
  | { kind: 'product'; product: OtherProduct }
  | { kind: 'other'; product: OtherProduct; major: number };

export interface Mention {
  subject: Subject;
  start: number;
  end: number;
}

type Make = (m: RegExpExecArray) => Subject;

const alma: Make = (m) => (m[2] === undefined ? { kind: 'alma', major: Number(m[1]) } : { kind: 'alma', major: Number(m[1]), minor: Number(m[2]) });
const other = (product: OtherProduct): Make => (m) => ({ kind: 'other', product, major: Number(m[1]) });
const NUM = String.raw`(\d{1,2})(?:\.(\d{1,2}))?(?:\.x)?(?![\w.]*\d)`;
const RHEL = String.raw`(?:rhel|red[\s-]*hat(?:[\s-]*enterprise[\s-]*linux)?)`;

// Order matters: earlier patterns claim their text first ("centos stream 9" before "centos 9").
const PATTERNS: [RegExp, Make][] = [
  [/\b(?:centos[\s-]*stream|stream|cs)[\s-]*(\d{1,2})\b/g, other('centos-stream')],
  // "c8s", "c9s", "c10s": the CentOS project's own short names for Stream releases.
  [/\bc(\d{1,2})s\b/g, other('centos-stream')],
  [/\b(?:centos(?:[\s-]*linux)?[\s-]*|c)(\d{1,2})(?:\.\d{1,2})?\b/g, other('centos')],
  [new RegExp(String.raw`\b${RHEL}[\s-]*(\d{1,2})(?:\.\d{1,2})?\b`, 'g'), other('rhel')],
  [/\brocky(?:[\s-]*linux)?[\s-]*(\d{1,2})(?:\.\d{1,2})?\b/g, other('rocky')],
  [/\boracle(?:[\s-]*linux)?[\s-]*(\d{1,2})(?:\.\d{1,2})?\b/g, other('oracle-linux')],
  [/\b(?:alma(?:\s*linux)?(?:[\s-]*os)?[\s-]*)?kitten(?:[\s-]*10)?\b/g, () => ({ kind: 'kitten' })],
  [/\.el(\d{1,2})(?:_(\d{1,2}))?\b/g, alma],
  [new RegExp(String.raw`\balma(?:\s*linux)?(?:[\s-]*os)?[\s-]*${NUM}`, 'g'), alma],
  [/\b(?:el|al)-?(\d{1,2})(?:[._](\d{1,2}))?(?![\w.]*\d)/g, alma],
  [/\balma(?:\s*linux)?(?:[\s-]*os)?\b/g, () => ({ kind: 'all' })],
  [/\bcentos[\s-]*stream\b/g, () => ({ kind: 'product', product: 'centos-stream' })],
  [/\bcentos(?:[\s-]*linux)?\b/g, () => ({ kind: 'product', product: 'centos' })],
  [new RegExp(String.raw`\b${RHEL}\b`, 'g'), () => ({ kind: 'product', product: 'rhel' })],
  [/\brocky(?:[\s-]*linux)?\b/g, () => ({ kind: 'product', product: 'rocky' })],
  [/\boracle[\s-]*linux\b/g, () => ({ kind: 'product', product: 'oracle-linux' })],
];

// A bare number is a version unless it is a size, a duration or another product's version.
const BARE = /(?<![\w.\-/:@#$])(\d{1,2})(?:\.(\d{1,2}))?(?:\.x)?(?![\w%/:@-]|\.\d|\s*(?:mb|gb|kb|tb|gib|mib|%|years?|yrs?|days?|months?|weeks?|hours?|minutes?|mins?|seconds?|secs?|cores?|cpus?|times?|gigs?)\b)/g;
// Distributions the lifecycle data holds no dates for. Their names may run on for a word or two:
// "SUSE Linux Enterprise Server 15", "Amazon Linux 2".
const UNHELD_NAMES = String.raw`(amazon|suse|sles|ubuntu|debian|fedora)((?:\s+(?:linux|enterprise|server))*)`;
const OTHER_BEFORE = new RegExp(String.raw`(?:${UNHELD_NAMES}|(?:rocky|oracle|windows|python|php|node(?:js)?|java|jdk|perl|ruby|kernel|postgres(?:ql)?|mysql|mariadb|gcc|openssl|pi|raspberry|nvidia|cuda|gnome|kde|qt|version of \w+|step|option|error|code|line|port|#)(?:\s+(?:linux|enterprise|server))*)\s*$`);

const overlaps = (found: Mention[], start: number, end: number): boolean => found.some((f) => start < f.end && f.start < end);

/**
 * Every release named in `text` (lower-cased), in order of appearance. `bareMajor` decides which
 * bare numbers count as AlmaLinux majors: in a free question only known majors do ("pi 5" is not
 * a version), in a `lifecycle` argument any number does, so "11" gets a clear "unknown" reply.
 */
export function findMentions(text: string, bareMajor: (n: number) => boolean): Mention[] {
  const found: Mention[] = [];
  for (const [pattern, make] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!overlaps(found, m.index, end)) found.push({ subject: make(m as RegExpExecArray), start: m.index, end });
    }
  }
  for (const m of text.matchAll(BARE)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (overlaps(found, m.index, end) || OTHER_BEFORE.test(before) || !bareMajor(Number(m[1]))) continue;
    found.push({ subject: alma(m as RegExpExecArray), start: m.index, end });
  }
  return found.sort((a, b) => a.start - b.start);
}

// One of them named with a version ("amazon linux 2023", "sles 15").
const UNHELD = new RegExp(String.raw`\b${UNHELD_NAMES}\s*(\d{1,4}(?:\.\d{1,2})?)\b`);

/**
 * The release of a distribution the data does not hold that a sentence asks about, when the
 * sentence names no AlmaLinux release: "until when does Amazon Linux 2 get updates?".
 * "We moved from Amazon Linux 2 to Alma 9, how long is 9 supported?" names AlmaLinux too and is
 * answered as usual.
 */
export function unheldRelease(sentence: string, mentions: Mention[]): string | undefined {
  if (mentions.some((m) => m.subject.kind === 'alma' || m.subject.kind === 'kitten' || m.subject.kind === 'all')) return undefined;
  const m = UNHELD.exec(sentence);
  return m ? `${(m[1]! + m[2]!).replace(/\b\w/g, (c) => c.toUpperCase())} ${m[3]}` : undefined;
}

export function normalize(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** A `lifecycle` argument: exactly one release, or AlmaLinux as a whole when empty. */
export function parseVersion(query: string | undefined): Subject | undefined {
  const text = normalize(query ?? '').replace(/^(?:lifecycle|version)\s+/, '').replace(/[?!.\s]+$/, '');
  if (!text || text === 'all') return { kind: 'all' };
  const found = findMentions(text, () => true);
  const only = found[0];
  return found.length === 1 && only && only.start === 0 && only.end === text.length ? only.subject : undefined;
}

export function sameSubject(a: Subject, b: Subject): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
