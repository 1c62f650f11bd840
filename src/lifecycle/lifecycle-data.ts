// The shape of knowledge/lifecycle.json once validated. Every value carries the URL it was
// checked against, so a reply can cite exactly where a date comes from.

/** A calendar day, `YYYY-MM-DD`. End dates are the last day still covered. */
export type Day = string;

export interface Sourced<T> {
  value: T;
  source: string;
}

/** A minor release. Its end of life is not stored: it is the next minor's release day. */
export interface Minor {
  version: string;
  releaseDate: Sourced<Day>;
  codename?: Sourced<string>;
  betaDate?: Sourced<Day>;
  /** The RHEL minor it corresponds to, e.g. "9.4". */
  rhel?: Sourced<string>;
  kernel?: Sourced<string>;
  architectures?: Sourced<string[]>;
}

/**
 * A minor that is out as a beta only: a test release, not for production, never the latest stable.
 * Kept apart from `minors` so nothing that reads released minors can take it for one; when the
 * minor is released it moves into `minors`, keeping its betaDate.
 */
export interface Beta {
  version: string;
  betaDate: Sourced<Day>;
  codename?: Sourced<string>;
  /** The kernel the beta shipped with (the stable release may differ). */
  kernel?: Sourced<string>;
  architectures?: Sourced<string[]>;
  /** The notable changes its announcement or release notes name, in a few words each. */
  changes?: Sourced<string[]>;
}

export interface AlmaMajor {
  major: string;
  name: string;
  releaseDate: Sourced<Day>;
  activeSupportEnd?: Sourced<Day>;
  securitySupportEnd?: Sourced<Day>;
  /** Released minors, oldest first. */
  minors: Minor[];
  /** Minors out as a beta only, oldest first; newer than every released minor. */
  betas?: Beta[];
}

export interface Kitten {
  name: string;
  releaseDate: Sourced<Day>;
  codename?: Sourced<string>;
  kernelAtFirstRelease?: Sourced<string>;
  architectures?: Sourced<string[]>;
  /** Architectures added later, each with the announcement that says so. */
  addedArchitectures?: Sourced<string>[];
  basedOn?: Sourced<string>;
  activeSupport?: Sourced<string>;
  /** Id of the `others` entry whose end date Kitten's active support matches. */
  supportFollows?: string;
}

export type OtherProduct = 'rhel' | 'centos' | 'centos-stream' | 'rocky' | 'oracle-linux';

export interface Phase {
  name: string;
  end: Sourced<Day>;
}

/** RHEL, CentOS Linux, CentOS Stream, Rocky Linux and Oracle Linux releases, for comparison. */
export interface OtherRelease {
  id: string;
  product: OtherProduct;
  major: string;
  name: string;
  releaseDate?: Sourced<Day>;
  /** In order; the last one's end is the end of life. */
  phases: Phase[];
  latest?: Sourced<string>;
  latestDate?: Sourced<Day>;
  notes?: Sourced<string>[];
}

export interface LifecycleData {
  /** The day a person last checked the values against their sources. */
  checked: Day;
  releaseNotes: string;
  minorEol: Sourced<string>;
  /** As the release notes give it (run as root). */
  upgradeCommand: Sourced<string>;
  /** Oldest major first. */
  almalinux: AlmaMajor[];
  kitten?: Kitten;
  others: OtherRelease[];
  /** Set when dates were merged from LIFECYCLE_URL. */
  refreshed?: { source: string; at: Day };
}

export const PRODUCT_NAMES: Record<OtherProduct, string> = {
  rhel: 'RHEL',
  centos: 'CentOS Linux',
  'centos-stream': 'CentOS Stream',
  rocky: 'Rocky Linux',
  'oracle-linux': 'Oracle Linux',
};

export const ENDOFLIFE_ALMALINUX = 'https://endoflife.date/almalinux';
