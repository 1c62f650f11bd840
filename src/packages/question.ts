// Free-text questions that are really lookups: "is nginx in alma 9?", "which package has
// semanage", "bash: semanage: command not found", a CVE or advisory id. Only clear phrasings
// count; a package or file the index does not know falls through to the notes.

import type { Reply } from '../reply.ts';
import type { Services } from '../services.ts';
import { idsIn, PACKAGE_NAME } from './ids.ts';
import { runAdvisory, runPackage, runProvides } from './replies.ts';

export type PackageQuestion = { kind: 'package'; name: string; version?: string } | { kind: 'provides'; name: string } | { kind: 'advisory'; id: string };

const NAME = String.raw`[\x60'"]?([A-Za-z0-9][\w.+-]*?)[\x60'"]?`;
const PATHNAME = String.raw`[\x60'"]?(\/?[A-Za-z0-9][\w.+/-]*?)[\x60'"]?`;
const DISTRO = String.raw`(?:alma(?:\s?linux)?|el|epel|appstream|baseos|crb|powertools|rhel)\b`;

const PROVIDES: RegExp[] = [
  new RegExp(String.raw`\b(?:which|what)\s+(?:rpm\s+|dnf\s+)?package\s+(?:has|provides|contains|gives(?:\s+me)?|ships|includes|installs|owns|is\s+for|do\s+i\s+need\s+for)\s+(?:the\s+)?${PATHNAME}(?:\s+(?:command|binary|program|tool|file|utility))?\s*(?:on\s+${DISTRO}.*)?$`, 'i'),
  new RegExp(String.raw`\b(?:where\s+(?:is|do\s+i\s+get)|how\s+do\s+i\s+(?:get|install))\s+(?:the\s+)?${PATHNAME}\s+command\b`, 'i'),
  new RegExp(String.raw`(?:^|:\s*)${PATHNAME}:\s+command\s+not\s+found\b`, 'i'),
];

const PACKAGE: RegExp[] = [
  new RegExp(String.raw`\bis\s+(?:there\s+an?\s+)?(?:package\s+)?${NAME}(?:\s+package)?(?:\s+(\d[\w.]*))?\s+(?:available\s+|packaged\s+)?(?:in|on|for)\s+${DISTRO}`, 'i'),
  new RegExp(String.raw`\b(?:which|what)\s+repo(?:sitory)?\s+(?:has|is|contains|provides|ships)\s+(?:the\s+)?(?:package\s+)?${NAME}(?:\s+package)?(?:\s+in)?\s*(?:on\s+${DISTRO}.*)?$`, 'i'),
  new RegExp(String.raw`\b(?:does|do)\s+${DISTRO}\s*(?:\d+\s+)?(?:have|ship|include|package)\s+(?:an?\s+)?(?:package\s+)?${NAME}(?:\s+(\d[\w.]*))?(?:\s+package)?\s*(?:on\s+.*)?$`, 'i'),
  new RegExp(String.raw`\b(?:what|which)\s+version\s+of\s+${NAME}\s+(?:is\s+|does\s+|ships\s+|comes\s+)`, 'i'),
];

/** Words the patterns can catch that are never the package asked about. */
const NOT_NAMES = new Set(['it', 'this', 'that', 'there', 'they', 'these', 'those', 'one', 'something', 'anything', 'a', 'an', 'the', 'package', 'selinux', 'crb', 'epel', 'powertools', 'appstream', 'baseos', 'alma', 'almalinux']);

/** The lookup a question asks for, or null when it is not clearly a package, file or advisory question. */
export function packageQuestion(text: string): PackageQuestion | null {
  const t = text.trim().replace(/[?!.]+$/, '').trim();
  if (!t || t.length > 300) return null;
  const id = idsIn(t)[0];
  if (id) return { kind: 'advisory', id: id.id };
  for (const re of PROVIDES) {
    const m = re.exec(t);
    if (m && !NOT_NAMES.has(m[1]!.toLowerCase())) return { kind: 'provides', name: m[1]! };
  }
  for (const re of PACKAGE) {
    const m = re.exec(t);
    if (m && PACKAGE_NAME.test(m[1]!) && !NOT_NAMES.has(m[1]!.toLowerCase())) return { kind: 'package', name: m[1]!, ...(m[2] ? { version: m[2] } : {}) };
  }
  return null;
}

/**
 * The answer when the question is a lookup and the index is loaded; null otherwise, so the
 * caller answers from the notes. A name or file the index does not know is null too.
 */
export function answerPackageQuestion(text: string, services: Services): Reply | null {
  const index = services.packages?.index();
  if (!index) return null;
  const q = packageQuestion(text);
  if (!q) return null;
  if (q.kind === 'advisory') return runAdvisory({ id: q.id }, services);
  if (q.kind === 'provides') return index.providers(q.name).length ? runProvides({ file: q.name }, services) : null;
  if (!index.packages(q.name).length && !index.streams(q.name).length) return null;
  return runPackage({ name: q.name, ...(q.version ? { version: q.version } : {}) }, services);
}
