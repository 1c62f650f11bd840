// Where a release stands on a given day. Pure: returns facts, the reply modules phrase them.
// End dates are the last day covered; a minor stops getting updates ON the next minor's release day.

import type { AlmaMajor, Beta, Day, LifecycleData, Minor, OtherRelease } from './lifecycle-data.ts';

export type PhaseName = 'not released yet' | 'active support' | 'security support only' | 'supported' | 'end of life' | 'not known';

export interface PhaseNow {
  name: PhaseName;
  /** Last day of the current phase (or the release day when not released yet, the end day when over). */
  until?: Day;
}

export function majorPhase(m: AlmaMajor, today: Day): PhaseNow {
  const active = m.activeSupportEnd?.value;
  const security = m.securitySupportEnd?.value;
  if (today < m.releaseDate.value) return { name: 'not released yet', until: m.releaseDate.value };
  if (active !== undefined && today <= active) return { name: 'active support', until: active };
  if (security !== undefined && today <= security) return active === undefined ? { name: 'supported', until: security } : { name: 'security support only', until: security };
  if (security !== undefined) return { name: 'end of life', until: security };
  return { name: 'not known' };
}

/** Minors released on or before today, oldest first. */
export function releasedMinors(m: AlmaMajor, today: Day): Minor[] {
  return m.minors.filter((x) => x.releaseDate.value <= today);
}

export function latestMinor(m: AlmaMajor, today: Day): Minor | undefined {
  return releasedMinors(m, today).at(-1);
}

/** Betas out on or before today, oldest first. They are never released minors. */
export function betasOut(m: AlmaMajor, today: Day): Beta[] {
  return (m.betas ?? []).filter((b) => b.betaDate.value <= today);
}

export type MinorStatus =
  | { kind: 'not released'; betaOut: boolean }
  /** The newest minor of a major that is still supported. */
  | { kind: 'current'; phase: PhaseNow }
  /** Replaced by `next` on `since`; `latest` is where to move to. */
  | { kind: 'superseded'; next: Minor; since: Day; latest: Minor }
  | { kind: 'major ended'; phase: PhaseNow };

export function minorStatus(major: AlmaMajor, minor: Minor, today: Day): MinorStatus {
  if (today < minor.releaseDate.value) return { kind: 'not released', betaOut: !!minor.betaDate && minor.betaDate.value <= today };
  const phase = majorPhase(major, today);
  if (phase.name === 'end of life') return { kind: 'major ended', phase };
  const i = major.minors.indexOf(minor);
  const next = major.minors[i + 1];
  const latest = latestMinor(major, today);
  if (next && latest && next.releaseDate.value <= today) return { kind: 'superseded', next, since: next.releaseDate.value, latest };
  return { kind: 'current', phase };
}

export function otherPhase(r: OtherRelease, today: Day): { name: string; until: Day; over: boolean } | { name: 'not released yet'; until: Day; over: false } {
  if (r.releaseDate && today < r.releaseDate.value) return { name: 'not released yet', until: r.releaseDate.value, over: false };
  const current = r.phases.find((p) => today <= p.end.value);
  if (current) return { name: current.name, until: current.end.value, over: false };
  const last = r.phases.at(-1)!;
  return { name: 'end of life', until: last.end.value, over: true };
}

/** Kitten's active support ends with the release it follows (CentOS Stream 10). */
export function kittenEnd(data: LifecycleData): { end: Day; follows: OtherRelease } | undefined {
  const follows = data.others.find((o) => o.id === data.kitten?.supportFollows);
  const last = follows?.phases.at(-1);
  return follows && last ? { end: last.end.value, follows } : undefined;
}
