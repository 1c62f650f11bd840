// The replies of `package`, `provides` and `advisory`, from the index now serving.

import { runAsk } from '../commands/ask.ts';
import { echo } from '../commands/echo.ts';
import { reply, type Reply, type Source } from '../reply.ts';
import type { Args, ChatRequest, Services } from '../services.ts';
import { formatEvr, isModular, rpmvercmp } from './evr.ts';
import { normalizeId, PACKAGE_NAME } from './ids.ts';
import { lookupLimits } from './options.ts';
import { PackageIndex, type PackageHit, type StreamHit } from './package-index.ts';
import { EPEL } from './sources.ts';
import type { Advisory } from './types.ts';

/**
 * "package groups in dnf?" typed as text starts like the command but is a question: three or
 * more words that are not a name go to `ask`, as they did before these commands existed.
 */
function asQuestion(command: string, text: string, services: Services, request: ChatRequest | undefined): Reply | undefined {
  if (!request || text.trim().split(/\s+/).length < 3) return undefined;
  return runAsk({ question: `${command} ${text.trim()}` }, services, request);
}

/** The index, or the one-line reply that says why there is none. */
export function indexOrNotice(services: Services): PackageIndex | Reply {
  const lookup = services.packages;
  if (!lookup) {
    return reply('notice', 'Package lookups are off', 'This bot has no package index. Its operator can turn it on with `PACKAGES_ENABLED=true` (see the README).', { private: true });
  }
  const index = lookup.index();
  if (index) return index;
  return lookup.state() === 'loading'
    ? reply('notice', 'Still loading', 'The package index is still downloading; try again in a minute.', { private: true })
    : reply('notice', 'No package data', 'The package index could not be downloaded; the bot maintainers can see why in its log.', { private: true });
}

/** The repository ids that are off by default and how to turn them on for one command. */
const ENABLE: Record<string, string> = { CRB: 'crb', PowerTools: 'powertools' };
const ON_BY_DEFAULT = new Set(['BaseOS', 'AppStream', 'extras']);

function installLines(repo: string, name: string): string {
  if (repo === EPEL) return `sudo dnf install epel-release\nsudo dnf install ${name}`;
  const enable = ENABLE[repo];
  if (enable) return `sudo dnf --enablerepo=${enable} install ${name}`;
  return `sudo dnf install ${name}`;
}

function repoNote(repo: string): string {
  return ON_BY_DEFAULT.has(repo) || ENABLE[repo] || repo === EPEL ? '' : ` (enable the ${repo} repository first if it is off)`;
}

function code(lines: string): string {
  return `\`\`\`\n${lines}\n\`\`\``;
}

function alma(major: string): string {
  return `AlmaLinux ${major}`;
}

function streamList(streams: StreamHit[]): string {
  return streams.map((s) => `\`${s.module}:${s.stream}\` (${s.version}${s.default ? ', default' : ''})`).join(', ');
}

function sortedStreams(streams: StreamHit[]): StreamHit[] {
  return [...streams].sort((a, b) => rpmvercmp(a.version, b.version));
}

/** The lines about one major: where the name is, its newest build, streams, and the install line. */
function majorSection(major: string, hits: PackageHit[], streams: StreamHit[]): string {
  const alma8 = hits.filter((h) => h.repo !== EPEL);
  const epel = hits.find((h) => h.repo === EPEL);
  if (!alma8.length && epel) {
    return `**${alma(major)}**: not in ${alma(major)}; it is in EPEL ${major}: ${formatEvr(epel.record)}\n${code(installLines(EPEL, epel.record.name))}`;
  }
  if (!alma8.length) return `**${alma(major)}**: not in ${alma(major)}${streams.length ? `, except as module streams ${streamList(sortedStreams(streams))}` : ''}.`;
  const main = alma8[0]!;
  const sorted = sortedStreams(streams);
  if (isModular(main.record.release) && sorted.length) {
    // Only module builds: a plain install takes the default stream; any other is enabled first.
    const newest = sorted[sorted.length - 1]!;
    const fallback = sorted.find((s) => s.default);
    const head = `**${alma(major)}**: in ${main.repo} as module streams ${streamList(sorted)}.`;
    if (fallback && !newest.default) {
      return `${head} A plain install gives the default stream; for ${newest.stream}, \`sudo dnf module enable ${newest.module}:${newest.stream}\` first.\n${code(`sudo dnf install ${main.record.name}`)}`;
    }
    if (fallback) return `${head}\n${code(`sudo dnf install ${main.record.name}`)}`;
    return `${head}\n${code(`sudo dnf module enable ${newest.module}:${newest.stream}\nsudo dnf install ${main.record.name}`)}`;
  }
  const lines = [`**${alma(major)}**: ${formatEvr(main.record)} in ${alma8.map((h) => h.repo).join(', ')}${repoNote(main.repo)}`];
  if (sorted.length) {
    const newest = sorted[sorted.length - 1]!;
    lines.push(`Module streams: ${streamList(sorted)}. For a stream: \`sudo dnf module enable ${newest.module}:${newest.stream}\`, then install.`);
  }
  lines.push(code(installLines(main.repo, main.record.name)));
  return lines.join('\n');
}

/** "Is 1.24 there?": versions match on whole dot-separated parts (1.24 matches 1.24.0, not 1.240). */
function hasVersion(have: string, wanted: string): boolean {
  return have === wanted || have.startsWith(`${wanted}.`);
}

function versionSection(major: string, hits: PackageHit[], streams: StreamHit[], wanted: string, name: string): string {
  const inRepos = hits.filter((h) => h.record.versions.some((v) => hasVersion(v, wanted)));
  const inStreams = streams.filter((s) => hasVersion(s.version, wanted));
  if (inStreams.length) {
    const s = sortedStreams(inStreams).at(-1)!;
    return `**${alma(major)}**: ${name} ${wanted} is there as module stream \`${s.module}:${s.stream}\` (${s.version}).\n${code(`sudo dnf module enable ${s.module}:${s.stream}\nsudo dnf install ${name}`)}`;
  }
  if (inRepos.length) {
    const h = inRepos[0]!;
    return `**${alma(major)}**: ${name} ${wanted} is in ${h.repo === EPEL ? `EPEL ${major}` : h.repo}.\n${code(installLines(h.repo, h.record.name))}`;
  }
  const have = [...new Set([...hits.flatMap((h) => h.record.versions), ...streams.map((s) => s.version)])].sort(rpmvercmp);
  return `**${alma(major)}**: no ${name} ${wanted}${have.length ? `; it has ${have.join(', ')}` : ''}.`;
}

/** `nginx 1.26` in the text form: the last word is a version when it starts with a digit. */
function nameAndVersion(args: Args): { name: string; version?: string } {
  // "nginx on 9", "nginx in alma 9": every major is shown anyway, so the suffix is dropped.
  const words = String(args.name ?? '').trim().replace(/\s+(?:on|in|for)\s+(?:alma(?:\s?linux)?\s*|el)?\d{1,2}$/i, '').split(/\s+/).filter(Boolean);
  const version = typeof args.version === 'string' && args.version.trim() ? args.version.trim() : undefined;
  if (!version && words.length === 2 && /^\d[\w.+~^-]*$/.test(words[1]!)) return { name: words[0]!, version: words[1]! };
  return { name: words.join(' '), ...(version ? { version } : {}) };
}

export function runPackage(args: Args, services: Services, request?: ChatRequest): Reply {
  const { name, version } = nameAndVersion(args);
  if (!name) return reply('error', 'Which package?', 'Name a package, for example `package nginx` or `package nginx 1.24`.');
  if (!PACKAGE_NAME.test(name)) return asQuestion('package', name, services, request) ?? reply('unknown', 'Not a package name', `${echo(name)} is not a package name. Try \`package nginx\`.`, { private: true });
  const index = indexOrNotice(services);
  if (!(index instanceof PackageIndex)) return index;
  const hits = index.packages(name);
  const streams = index.streams(name);
  if (!hits.length && !streams.length) {
    const close = index.similar(name);
    return reply('unknown', 'No such package', `No AlmaLinux ${index.majors.join(', ')} repository I index has a package called ${echo(name)}.${close.length ? ` Did you mean ${close.map((c) => `**${c}**`).join(', ')}?` : ''}`, {
      private: true,
      suggestions: close.map((c) => `package ${c}`),
    });
  }
  const display = hits[0]?.record.name ?? name;
  const sections = index.majors.map((major) => {
    const h = hits.filter((x) => x.major === major);
    const s = streams.filter((x) => x.major === major);
    return version ? versionSection(major, h, s, version, display) : majorSection(major, h, s);
  });
  const summary = hits.find((h) => h.record.summary)?.record.summary;
  return reply('answer', version ? `${display} ${version}` : display, [summary ? `> ${summary}` : '', ...sections].filter(Boolean).join('\n\n'), {
    meta: { notes: [], version: null, confidence: 1 },
  });
}

/** `the semanage command` → `semanage`. */
function commandOf(text: string): string {
  return text.trim().replace(/^(?:the\s+)?/i, '').replace(/\s+(?:command|binary|program|tool|file)$/i, '').replace(/^`|`$/g, '').trim();
}

export function runProvides(args: Args, services: Services, request?: ChatRequest): Reply {
  const query = commandOf(String(args.file ?? ''));
  if (!query) return reply('error', 'Which command or file?', 'Name a command or a path, for example `provides semanage` or `provides /usr/bin/htpasswd`.');
  if (!/^\/?[A-Za-z0-9._+\-/[\]]{1,200}$/.test(query)) return asQuestion('provides', query, services, request) ?? reply('unknown', 'Not a command or path', `${echo(query)} is not a command name or a path.`, { private: true });
  const index = indexOrNotice(services);
  if (!(index instanceof PackageIndex)) return index;
  const hits = index.providers(query);
  if (!hits.length) {
    return reply('unknown', 'No package found', `No package in the repositories I index lists ${echo(query)} among its commands or /etc files (repository metadata names only files under bin/, sbin/ and /etc). On a machine, \`dnf provides '*/${query.replace(/^.*\//, '').replace(/'/g, '')}'\` searches every file.`, { private: true });
  }
  const sections = index.majors.flatMap((major) => {
    const mine = hits.filter((h) => h.major === major);
    if (!mine.length) return [`**${alma(major)}**: no package lists it.`];
    const shown = mine.slice(0, lookupLimits.maxProviders);
    const list = shown.map((h) => `\`${h.path}\` is in **${h.name}** (${h.repo === EPEL ? `EPEL ${major}` : h.repo})`).join('\n');
    return [`**${alma(major)}**: ${list}\n${code(installLines(shown[0]!.repo, shown[0]!.name))}`];
  });
  return reply('answer', `Which package provides ${query}`, sections.join('\n\n'), { meta: { notes: [], version: null, confidence: 1 } });
}

const MAX_PACKAGES_SHOWN = 8;

function advisorySource(a: Advisory): Source {
  return { title: `${a.id} (AlmaLinux ${a.major})`, url: a.url };
}

function packagesLine(a: Advisory): string {
  const names = a.packages.slice(0, MAX_PACKAGES_SHOWN).map((p) => `${p.name} ${p.evr}`);
  const more = a.packages.length - names.length;
  return names.length ? `${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}` : 'no package list';
}

/** ` (Important, 2024-07-02)`: the severity when there is one, and the date. */
function advisoryFacts(a: Advisory): string {
  const facts = [a.severity && a.severity !== 'None' ? a.severity : '', a.issued].filter(Boolean);
  return facts.length ? ` (${facts.join(', ')})` : '';
}

function advisoryReply(id: string, found: Advisory[]): Reply {
  const first = found[0]!;
  const head = [first.severity && first.severity !== 'None' ? `**Severity**: ${first.severity}` : '', `**Type**: ${first.type}`, first.issued ? `**Issued**: ${first.issued}` : ''].filter(Boolean).join(' · ');
  const fixes = found.map((a) => `**Fixed in AlmaLinux ${a.major}**: ${packagesLine(a)}`);
  const cves = [...new Set(found.flatMap((a) => a.cves))];
  const body = [head, ...fixes, cves.length ? `**CVEs**: ${cves.join(', ')}` : '', code(`sudo dnf upgrade --advisory=${id}`)].filter(Boolean).join('\n\n');
  const title = first.title.startsWith(id) ? first.title : `${id}: ${first.title}`;
  return reply('answer', title, body, { sources: found.map(advisorySource), meta: { notes: [], version: null, confidence: 1 } });
}

function cveReply(id: string, found: Advisory[], index: PackageIndex): Reply {
  if (!found.length) {
    return reply('answer', id, `No AlmaLinux advisory lists ${id} (errata for AlmaLinux ${index.errataMajors.join(', ') || 'none loaded'}).`, { meta: { notes: [], version: null, confidence: 1 } });
  }
  const sections = index.errataMajors.map((major) => {
    const mine = found.filter((a) => a.major === major).slice(0, lookupLimits.maxAdvisoriesPerMajor);
    if (!mine.length) return `**${alma(major)}**: no advisory lists it.`;
    return `**${alma(major)}**: ${mine.map((a) => `**${a.id}**${advisoryFacts(a)}: ${packagesLine(a)}`).join('\n')}`;
  });
  return reply('answer', `${id} on AlmaLinux`, sections.join('\n\n'), { sources: found.slice(0, lookupLimits.maxLinks * 2).map(advisorySource), meta: { notes: [], version: null, confidence: 1 } });
}

export function runAdvisory(args: Args, services: Services, request?: ChatRequest): Reply {
  const raw = String(args.id ?? '').trim();
  if (!raw) return reply('error', 'Which advisory?', 'Name an advisory or a CVE, for example `advisory ALSA-2024:9317` or `advisory CVE-2024-6387`.');
  const parsed = normalizeId(raw);
  if (!parsed) return asQuestion('advisory', raw, services, request) ?? reply('unknown', 'Not an advisory id', `${echo(raw)} is neither an advisory id (ALSA-, ALBA-, ALEA-2024:1234) nor a CVE id (CVE-2024-6387).`, { private: true });
  const index = indexOrNotice(services);
  if (!(index instanceof PackageIndex)) return index;
  if (parsed.kind === 'cve') return cveReply(parsed.id, index.cve(parsed.id), index);
  const found = index.advisory(parsed.id);
  if (!found.length) {
    return reply('unknown', 'No such advisory', `No advisory ${parsed.id} in the AlmaLinux errata for ${index.errataMajors.join(', ') || 'any version'}: check the id, or it may be newer than the last daily refresh.`, { private: true });
  }
  return advisoryReply(parsed.id, found);
}

export function packageChoices(services: Services, partial: string): { name: string; value: string }[] {
  const index = services.packages?.index();
  if (!index) return [];
  return index.complete(partial).map((n) => ({ name: n, value: n }));
}
