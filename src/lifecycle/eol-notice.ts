// One line for a topical answer whose question names a release past its end of life ("on 9.5",
// "our CentOS 8.4 box"): the asker may be fixing the wrong problem. Pure.

import type { Day, LifecycleData } from './lifecycle-data.ts';
import { upgradeCommand } from './reply-parts.ts';
import { majorPhase, minorStatus, otherPhase } from './status.ts';
import { findMentions, normalize, type Subject } from './version-mentions.ts';

// The way forward from an ended non-AlmaLinux release, as the notes describe it.
const WAY_FORWARD: Record<string, string> = {
  'centos-7': '[[elevate|ELevate]] upgrades it in place to AlmaLinux 8',
  'centos-8': '[[almalinux-deploy]] converts it in place to AlmaLinux 8',
  'centos-stream-8': '[[almalinux-deploy]] converts it in place to AlmaLinux 8',
};

function noticeFor(data: LifecycleData, s: Subject, today: Day): string | null {
  if (s.kind === 'alma') {
    const major = data.almalinux.find((m) => Number(m.major) === s.major);
    if (!major) return null;
    const phase = majorPhase(major, today);
    if (phase.name === 'end of life') return `AlmaLinux ${s.major} reached end of life on ${phase.until}; move to a supported major.`;
    const minor = s.minor === undefined ? undefined : major.minors.find((x) => x.version === `${s.major}.${s.minor}`);
    const status = minor && minorStatus(major, minor, today);
    if (!minor || status?.kind !== 'superseded') return null;
    return `AlmaLinux ${minor.version} no longer gets updates (since ${status.since}, when ${status.next.version} came out): \`${upgradeCommand(data)}\` moves it to ${status.latest.version}.`;
  }
  if (s.kind !== 'other') return null;
  const release = data.others.find((o) => o.product === s.product && Number(o.major) === s.major);
  const phase = release && otherPhase(release, today);
  if (!release || !phase?.over) return null;
  const forward = WAY_FORWARD[`${s.product}-${s.major}`];
  return `${release.name} reached end of life on ${phase.until}${forward ? `; ${forward}` : ''}.`;
}

/** The status line for the first ended release the question names, or null. */
export function eolNotice(data: LifecycleData, question: string, today: Day): string | null {
  const mentions = findMentions(normalize(question), (n) => data.almalinux.some((m) => Number(m.major) === n));
  for (const m of mentions) {
    const line = noticeFor(data, m.subject, today);
    if (line) return line;
  }
  return null;
}
