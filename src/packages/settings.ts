// The PACKAGES_* settings: read from the environment with every problem named, like the rest
// of the configuration (src/config.ts calls this).

import { join } from 'node:path';
import { packageDefaults } from './options.ts';
import { settingsWithDefaults, type PackageSettings } from './sources.ts';

type Env = Record<string, string | undefined>;

function list(v: string | undefined): string[] {
  return (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function httpUrl(env: Env, key: string, problems: string[]): string | undefined {
  const v = env[key]?.trim();
  if (!v) return undefined;
  if (!/^https?:\/\/\S+$/.test(v)) {
    problems.push(`${key} must be an http(s) URL`);
    return undefined;
  }
  return v;
}

/** The package settings when PACKAGES_ENABLED is true, else undefined. */
export function packageSettingsFromEnv(env: Env, dataDir: string, problems: string[]): PackageSettings | undefined {
  const enabled = env.PACKAGES_ENABLED?.trim().toLowerCase();
  if (!enabled || ['0', 'false', 'no', 'off'].includes(enabled)) return undefined;
  if (!['1', 'true', 'yes', 'on'].includes(enabled)) {
    problems.push('PACKAGES_ENABLED must be true or false');
    return undefined;
  }
  const mine: string[] = [];
  const majors = list(env.PACKAGES_MAJORS);
  if (majors.some((m) => !/^\d{1,2}$/.test(m))) mine.push('PACKAGES_MAJORS must list major versions, e.g. 8,9,10');
  const repos = list(env.PACKAGES_REPOS);
  if (repos.some((r) => !/^[A-Za-z0-9_-]+$/.test(r))) mine.push('PACKAGES_REPOS must list repository names, e.g. BaseOS,AppStream,CRB,extras');
  const arch = env.PACKAGES_ARCH?.trim() || packageDefaults.arch;
  if (!/^[a-z0-9_]+$/.test(arch)) mine.push('PACKAGES_ARCH must be an architecture such as x86_64 or aarch64');
  const hoursText = env.PACKAGES_REFRESH_HOURS?.trim();
  const hours = hoursText ? Number(hoursText) : packageDefaults.refreshMs / 3_600_000;
  if (!(hours >= 1)) mine.push('PACKAGES_REFRESH_HOURS must be a number of hours, at least 1');
  const baseUrl = httpUrl(env, 'PACKAGES_BASE_URL', mine);
  const errataUrl = httpUrl(env, 'PACKAGES_ERRATA_URL', mine);
  const epelUrl = httpUrl(env, 'PACKAGES_EPEL_URL', mine);
  problems.push(...mine.map((p) => `Packages: ${p}`));
  if (mine.length) return undefined;
  return settingsWithDefaults({
    cacheDir: join(dataDir, 'packages'),
    ...(baseUrl ? { baseUrl } : {}),
    ...(errataUrl ? { errataUrl } : {}),
    ...(epelUrl ? { epelUrl } : {}),
    ...(majors.length ? { majors } : {}),
    repos,
    arch,
    refreshMs: hours * 3_600_000,
  });
}
