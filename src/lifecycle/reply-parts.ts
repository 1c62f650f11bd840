// Wording shared by the lifecycle replies: phases with time left, the as-of line, cited sources.

import type { Source } from '../reply.ts';
import { timeLeft } from './calendar.ts';
import { ENDOFLIFE_ALMALINUX, type Beta, type Day, type LifecycleData, type Sourced } from './lifecycle-data.ts';
import type { PhaseNow } from './status.ts';

export const NOT_KNOWN = 'not known';

export function show<T>(v: Sourced<T> | undefined, format: (x: T) => string = String): string {
  return v === undefined ? NOT_KNOWN : format(v.value);
}

/** "active support, 6 months 3 days left" / "end of life since 2024-06-30 (2 years ago)". */
export function phaseCell(p: PhaseNow, today: Day): string {
  if (p.until === undefined) return p.name;
  if (p.name === 'end of life') return `end of life (ended ${p.until}, ${timeLeft(today, p.until)})`;
  if (p.name === 'not released yet') return `not released yet (${p.until})`;
  return `${p.name}, ${timeLeft(today, p.until)}`;
}

export function asOf(data: LifecycleData, today: Day): string {
  const refreshed = data.refreshed ? `; dates refreshed from ${data.refreshed.source} on ${data.refreshed.at}` : '';
  return `*Status on ${today}. Data checked ${data.checked}${refreshed}.*`;
}

function sourceTitle(url: string, data: LifecycleData): string {
  if (url === data.releaseNotes) return 'AlmaLinux release notes';
  const notes = /\/release-notes\/([\w.-]+)\.html$/.exec(url);
  if (notes) return `AlmaLinux ${notes[1]!.replace(/-beta$/, ' Beta')} release notes`;
  const eol = /^https:\/\/endoflife\.date\/([\w-]+)$/.exec(url);
  if (eol) return `endoflife.date: ${eol[1]}`;
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`.replace(/\/$/, '');
}

/** The URLs values came from, release notes and endoflife.date always among them, at most `max`. */
export function sourcesOf(data: LifecycleData, urls: (string | undefined)[], max = 4): Source[] {
  const all = [...new Set([...urls.filter((u): u is string => !!u), data.releaseNotes, ENDOFLIFE_ALMALINUX])];
  const must = [data.releaseNotes, ENDOFLIFE_ALMALINUX];
  const picked = [...all.filter((u) => !must.includes(u)).slice(0, max - must.length), ...must];
  return picked.map((url) => ({ title: sourceTitle(url, data), url }));
}

/** "**9.9 Beta** “Chartreuse Bobcat” (out since 2026-09-17)": a beta always named as one. */
export function betaName(b: Beta): string {
  return `**${b.version} Beta**${b.codename ? ` “${b.codename.value}”` : ''} (out since ${b.betaDate.value})`;
}

/** The upgrade command as people type it: the release notes give it to run as root. */
export function upgradeCommand(data: LifecycleData): string {
  const cmd = data.upgradeCommand.value;
  return cmd.startsWith('sudo ') ? cmd : `sudo ${cmd}`;
}
