// Tuning knobs of the package feature, in one place, each with the reason for its value.

export const packageDefaults = {
  /** The AlmaLinux repositories; `<base>/<major>/<repo>/<arch>/os/` is one repository. */
  baseUrl: 'https://repo.almalinux.org/almalinux',
  /** `<errata>/<major>/errata.full.json` is the AlmaLinux advisory feed. */
  errataUrl: 'https://errata.almalinux.org',
  majors: ['8', '9', '10'],
  arch: 'x86_64',
  /**
   * Per attempt and per file, covering connect and body: a stalled mirror must not hold a refresh
   * for ever, yet AppStream's primary (tens of MB) must fit on a slow link.
   */
  timeoutMs: 120_000,
  /** Daily: the repositories change a few times a week, and a refresh that finds nothing costs one small request per file. */
  refreshMs: 24 * 60 * 60 * 1000,
  /** After a refresh with failures: one early retry, so a network hiccup at start does not cost a day. */
  retryMs: 60 * 60 * 1000,
  /** A compressed primary.xml of AppStream is tens of MB; anything past this is not repository metadata. */
  maxDownloadBytes: 300 * 1024 * 1024,
  /** Decompressed limit, against a compression bomb. */
  maxXmlBytes: 1024 * 1024 * 1024,
  /** repomd.xml is a few kilobytes. */
  maxRepomdBytes: 1024 * 1024,
};

/** The repositories of a major when none are configured: the ones a default install has, plus CRB. */
export function defaultRepos(major: string): string[] {
  return major === '8' ? ['BaseOS', 'AppStream', 'PowerTools', 'extras'] : ['BaseOS', 'AppStream', 'CRB', 'extras'];
}

/** Autocomplete and "did you mean" sizes. */
export const lookupLimits = {
  choices: 25,
  /** A misspelt name is at most this many edits away from the real one. */
  maxEdits: 2,
  suggestions: 3,
  /** Files shown for one `provides` answer, per major. */
  maxProviders: 5,
  /** Advisory ids or CVE ids expanded from one ordinary message. */
  maxLinks: 3,
  /** Advisories listed for one CVE, per major. */
  maxAdvisoriesPerMajor: 3,
};
