// The package feature's data, as parsed from the repositories and cached under DATA_DIR.

/** One package name in one repository: its newest build, and what else the repository holds. */
export interface PackageRecord {
  name: string;
  arch: string;
  epoch: string;
  version: string;
  release: string;
  summary: string;
  /** The files primary.xml lists that a user may ask for: under bin/, sbin/ and /etc. */
  files: string[];
  /** Every distinct version of this name in the repository (module builds included), oldest first. */
  versions: string[];
}

export interface ModuleStream {
  module: string;
  stream: string;
  /** Package name → the version this stream ships. */
  packages: Record<string, string>;
  /** The module's default stream (modulemd-defaults): a plain `dnf install` takes it. */
  default?: boolean;
}

export interface RepoData {
  major: string;
  /** The repository's name as in its URL: BaseOS, AppStream, CRB, PowerTools, extras, EPEL. */
  repo: string;
  packages: PackageRecord[];
  modules: ModuleStream[];
}

export interface AdvisoryPackage {
  name: string;
  evr: string;
  /** `name:stream` when the fix ships in a module stream. */
  module?: string;
}

export interface Advisory {
  id: string;
  major: string;
  type: string;
  severity: string;
  title: string;
  /** YYYY-MM-DD (UTC). */
  issued: string;
  cves: string[];
  packages: AdvisoryPackage[];
  url: string;
}
