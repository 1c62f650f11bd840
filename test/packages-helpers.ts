// Shared set-up for the package tests: the fixture repositories served from 127.0.0.1, a
// package service or an app over them, and a logger that records warnings.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPackageService } from '../src/packages/service.ts';
import { settingsWithDefaults, type PackageSettings } from '../src/packages/sources.ts';
import type { Logger } from '../src/services.ts';
import type { FileServer } from './packages-server.ts';

export interface Recorded {
  level: 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string | undefined;
}

export function recordingLogger(): Logger & { lines: Recorded[]; warnings(): Recorded[] } {
  const lines: Recorded[] = [];
  const add = (level: Recorded['level']) => (obj: object, msg?: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, debug() {}, info: add('info'), warn: add('warn'), error: add('error'), warnings: () => lines.filter((l) => l.level !== 'info') };
}

export function tempDir(prefix = 'packages-cache-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Settings for the fixture layout: AlmaLinux 8 and 9, EPEL, errata, all on `server`. */
export function fixtureSettings(server: Pick<FileServer, 'url'>, overrides: Partial<PackageSettings> = {}): PackageSettings {
  return settingsWithDefaults({
    cacheDir: tempDir(),
    baseUrl: `${server.url}/almalinux`,
    errataUrl: `${server.url}/errata`,
    epelUrl: `${server.url}/epel`,
    majors: ['8', '9'],
    // The fixtures have no EPEL 8: keep the sources to what exists unless a test wants a 404.
    ...overrides,
  });
}

export function fixtureService(server: Pick<FileServer, 'url'>, log: Logger, overrides: Partial<PackageSettings> & { retryMs?: number } = {}) {
  const { retryMs, ...settings } = overrides;
  return startPackageService({ ...fixtureSettings(server, settings), log, ...(retryMs ? { retryMs } : {}) });
}
