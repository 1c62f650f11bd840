// Finding the AlmaLinux version a question is about. Pure: returns what it found, never words.

export const MAJORS = [8, 9, 10] as const;

export interface VersionMention {
  major: number;
  minor?: number;
}

const OTHER_OS_BEFORE = /(?:centos|rhel|red hat|rocky|oracle|fedora|ubuntu|debian|stream|windows|python|php|node(?:js)?|java|perl|ruby|kernel|postgres(?:ql)?|mysql|mariadb|gcc|openssl|version of \w+)\s*(?:linux\s*)?$/i;

function push(found: VersionMention[], major: number, minor: string | undefined): void {
  if (!(MAJORS as readonly number[]).includes(major)) return;
  const m: VersionMention = minor === undefined ? { major } : { major, minor: Number(minor) };
  if (!found.some((f) => f.major === m.major && f.minor === m.minor)) found.push(m);
}

/**
 * Versions named in a question: `alma 9`, `almalinux 9.4`, `el8`, `al9`, a package or kernel
 * release such as `4.18.0-513.el8` or `.el9_4`, and bare `8`/`9.4`/`10` not tied to another product.
 */
export function findVersions(question: string): VersionMention[] {
  const found: VersionMention[] = [];
  const explicit = [
    /\.el(\d{1,2})(?:_(\d{1,2}))?\b/gi,
    /\b(?:el|al|alma|almalinux)-?(\d{1,2})(?:[._](\d{1,2}))?\b/gi,
    /\balma(?:\s*linux)?(?:\s*os)?\s+(\d{1,2})(?:\.(\d{1,2}))?\b/gi,
  ];
  for (const pattern of explicit) {
    for (const m of question.matchAll(pattern)) push(found, Number(m[1]), m[2]);
  }
  if (found.length) return found;
  for (const m of question.matchAll(/(?<![\w.\-/:])(8|9|10)(?:\.(\d{1,2}))?(?![\w.%/:-]|\s*(?:mb|gb|kb|tb|gib|mib|%|years?|days?|months?|hours?|minutes?|seconds?|cores?|cpus?)\b)/gi)) {
    const before = question.slice(Math.max(0, m.index - 40), m.index);
    if (!OTHER_OS_BEFORE.test(before)) push(found, Number(m[1]), m[2]);
  }
  return found;
}

export function describeVersions(majors: number[]): string {
  const list = [...new Set(majors)].sort((a, b) => a - b);
  if (list.length === 0) return '';
  const last = list.pop();
  return `AlmaLinux ${list.length ? `${list.join(', ')} and ${last}` : last}`;
}
