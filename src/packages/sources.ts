// Which files the package feature reads: one repository per major × repository name, one
// advisory feed per major, optionally EPEL per major.

import { defaultRepos, packageDefaults } from './options.ts';

export interface PackageSettings {
  /** `<baseUrl>/<major>/<repo>/<arch>/os/` is a repository (repo.almalinux.org's layout; a mirror works the same). */
  baseUrl: string;
  /** `<errataUrl>/<major>/errata.full.json`. */
  errataUrl: string;
  majors: string[];
  /** Repository names for every major; CRB and PowerTools stand for each other (8 calls it PowerTools). Empty: the defaults. */
  repos: string[];
  arch: string;
  /** `<epelUrl>/<major>/Everything/<arch>/` (Fedora's layout); unset: no EPEL. */
  epelUrl?: string;
  /** Cache folder (DATA_DIR/packages). */
  cacheDir: string;
  refreshMs: number;
  timeoutMs: number;
}

export interface RepoSource {
  kind: 'repo';
  key: string;
  major: string;
  repo: string;
  url: string;
}

export interface ErrataSource {
  kind: 'errata';
  key: string;
  major: string;
  url: string;
}

export type Source = RepoSource | ErrataSource;

export const EPEL = 'EPEL';

function trim(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The name a major uses for the builder repository: PowerTools on 8, CRB from 9 on. */
function repoName(major: string, repo: string): string {
  const lower = repo.toLowerCase();
  if (lower === 'crb' || lower === 'powertools') return major === '8' ? 'PowerTools' : 'CRB';
  return repo;
}

export function sourcesOf(s: Pick<PackageSettings, 'baseUrl' | 'errataUrl' | 'majors' | 'repos' | 'arch' | 'epelUrl'>): Source[] {
  const out: Source[] = [];
  for (const major of s.majors) {
    const repos = [...new Set((s.repos.length ? s.repos : defaultRepos(major)).map((r) => repoName(major, r)))];
    for (const repo of repos) {
      out.push({ kind: 'repo', key: `repo-${major}-${repo}-${s.arch}`, major, repo, url: `${trim(s.baseUrl)}/${major}/${repo}/${s.arch}/os/` });
    }
    if (s.epelUrl) out.push({ kind: 'repo', key: `repo-${major}-${EPEL}-${s.arch}`, major, repo: EPEL, url: `${trim(s.epelUrl)}/${major}/Everything/${s.arch}/` });
    out.push({ kind: 'errata', key: `errata-${major}`, major, url: `${trim(s.errataUrl)}/${major}/errata.full.json` });
  }
  return out;
}

export function settingsWithDefaults(partial: Partial<PackageSettings> & { cacheDir: string }): PackageSettings {
  return {
    baseUrl: packageDefaults.baseUrl,
    errataUrl: packageDefaults.errataUrl,
    majors: packageDefaults.majors,
    repos: [],
    arch: packageDefaults.arch,
    refreshMs: packageDefaults.refreshMs,
    timeoutMs: packageDefaults.timeoutMs,
    ...partial,
  };
}
