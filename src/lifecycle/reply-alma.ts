// `lifecycle 9` and `lifecycle 9.4`: one AlmaLinux major with its minors, or one minor.
// `lifecycle 9.9` while 9.9 is a beta: the beta, said to be one, next to the latest stable minor.

import { reply, type Reply } from '../reply.ts';
import { timeLeft } from './calendar.ts';
import type { AlmaMajor, Beta, Day, LifecycleData, Minor } from './lifecycle-data.ts';
import { asOf, betaName, NOT_KNOWN, show, sourcesOf, upgradeCommand } from './reply-parts.ts';
import { betasOut, latestMinor, majorPhase, minorStatus } from './status.ts';

/** The status of a major in one paragraph: the opening of its reply, and its line in a combined one. */
export function majorSummary(m: AlmaMajor, today: Day): string {
  const p = majorPhase(m, today);
  const active = show(m.activeSupportEnd);
  const security = show(m.securitySupportEnd);
  switch (p.name) {
    case 'active support':
      return `${m.name} is in **active support** until **${active}** (${timeLeft(today, active)}), then gets security updates only until **${security}**.`;
    case 'security support only':
      return `${m.name} gets **security updates only** until **${security}** (${timeLeft(today, security)}); active support ended on ${active}.`;
    case 'supported':
      return `${m.name} is **supported** until **${security}** (${timeLeft(today, security)}); the end of active support is ${NOT_KNOWN}.`;
    case 'end of life':
      return `${m.name} reached **end of life** on **${security}** (${timeLeft(today, security)}): it gets no more updates.`;
    case 'not released yet':
      return `${m.name} is **not released yet** (release date in the data: ${m.releaseDate.value}).`;
    default:
      return `The support dates of ${m.name} are ${NOT_KNOWN}.`;
  }
}

function minorUpdates(major: AlmaMajor, minor: Minor, today: Day): string {
  const s = minorStatus(major, minor, today);
  if (s.kind === 'not released') return 'not released yet';
  if (s.kind === 'superseded') return `no, ended ${s.since} (${s.next.version} released)`;
  if (s.kind === 'major ended') return 'no, major version ended';
  return `yes, latest (${s.phase.name})`;
}

export function majorReply(data: LifecycleData, m: AlmaMajor, today: Day): Reply {
  const latest = latestMinor(m, today);
  const lines = [majorSummary(m, today)];
  if (latest) {
    const codename = latest.codename ? ` “${latest.codename.value}”` : '';
    const move = majorPhase(m, today).name === 'end of life' ? '' : ` Only the latest minor gets updates: \`${upgradeCommand(data)}\` moves ${/^(8|11|18)\b/.test(m.major) ? 'an' : 'a'} ${m.major}.x system to it.`;
    lines.push(`Released ${m.releaseDate.value}. Latest minor: **${latest.version}**${codename} (${latest.releaseDate.value}).${move}`);
  }
  const betas = betasOut(m, today);
  if (betas.length) lines.push(`In beta, for testing only (not a stable release, not for production): ${betas.map(betaName).join(', ')}.`);
  lines.push(`*${data.minorEol.value}*\n${asOf(data, today)}`);
  const betaRows = [...betas].reverse().map((b) => [`${b.version} Beta`, show(b.codename), `not yet (beta since ${b.betaDate.value})`, 'beta: for testing, not production']);
  return reply('lifecycle', m.name, lines.join('\n\n'), {
    table: {
      columns: ['Minor', 'Codename', 'Released', 'Gets updates'],
      rows: [...betaRows, ...[...m.minors].reverse().map((x) => [x.version, show(x.codename), x.releaseDate.value, minorUpdates(m, x, today)])],
    },
    sources: sourcesOf(data, [latest?.kernel?.source, m.securitySupportEnd?.source]),
    suggestions: [...(latest ? [`lifecycle ${latest.version}`] : []), ...betas.map((b) => `lifecycle ${b.version}`), 'lifecycle'],
    meta: { notes: [], version: `AlmaLinux ${m.major}`, confidence: 1 },
  });
}

/** A minor's status; when it has ended, a second paragraph gives its major's ("EOL of 9.7" usually asks both). */
export function minorSummary(data: LifecycleData, major: AlmaMajor, minor: Minor, today: Day): string {
  const s = minorStatus(major, minor, today);
  const name = `AlmaLinux ${minor.version}`;
  switch (s.kind) {
    case 'not released':
      return `${name} is **not released yet** on ${today}${s.betaOut ? ` (beta since ${minor.betaDate?.value})` : ''}; release date in the data: ${minor.releaseDate.value}.`;
    case 'superseded':
      // Users asking about a minor's EOL usually mean the major's too ("EOL of 9.7 / el9").
      return `${name} **no longer gets updates**: it reached end of life on **${s.since}**, when ${s.next.version} was released. Move to **${s.latest.version}**, the latest ${major.major}.x: run \`${upgradeCommand(data)}\` (the upgrade step of the release notes).\n\n${majorSummary(major, today)}`;
    case 'major ended':
      return `${name} **no longer gets updates**: ${major.name} reached end of life on ${s.phase.until}.`;
    default: {
      const until = s.phase.name === 'active support' ? `until the next ${major.major}.x minor is released` : `as long as ${major.name} does`;
      return `${name} is the latest ${major.major}.x and **gets updates** ${until}. ${majorSummary(major, today)}`;
    }
  }
}

export function minorReply(data: LifecycleData, major: AlmaMajor, minor: Minor, today: Day): Reply {
  const title = `AlmaLinux ${minor.version}${minor.codename ? ` “${minor.codename.value}”` : ''}`;
  const body = [minorSummary(data, major, minor, today), `*${data.minorEol.value}*\n${asOf(data, today)}`].join('\n\n');
  return reply('lifecycle', title, body, {
    fields: [
      { name: 'Codename', value: show(minor.codename) },
      { name: 'Beta', value: show(minor.betaDate) },
      { name: 'Released', value: minor.releaseDate.value },
      { name: 'RHEL equivalent', value: show(minor.rhel, (v) => `RHEL ${v}`) },
      { name: 'Kernel', value: show(minor.kernel) },
      { name: 'Architectures', value: show(minor.architectures, (v) => v.join(', ')) },
    ],
    sources: sourcesOf(data, [minor.kernel?.source, minor.rhel?.source, minor.releaseDate.source]),
    suggestions: [`lifecycle ${major.major}`],
    meta: { notes: [], version: `AlmaLinux ${minor.version}`, confidence: 1 },
  });
}

export function betaSummary(data: LifecycleData, major: AlmaMajor, b: Beta, today: Day): string {
  const name = `AlmaLinux ${b.version}`;
  if (today < b.betaDate.value) return `${name} is **not out yet** on ${today}; its beta is dated ${b.betaDate.value} in the data.`;
  const latest = latestMinor(major, today);
  const stable = latest
    ? ` The latest **stable** ${major.major}.x is **${latest.version}**${latest.codename ? ` “${latest.codename.value}”` : ''} (released ${latest.releaseDate.value}); \`${upgradeCommand(data)}\` keeps a ${major.major}.x system on it.`
    : '';
  return `${name} is a **beta**, out since **${b.betaDate.value}**: a test release, not for production and not a stable release. The data (checked ${data.checked}) has no stable release of ${b.version} yet.${stable}`;
}

export function betaReply(data: LifecycleData, major: AlmaMajor, b: Beta, today: Day): Reply {
  const title = `AlmaLinux ${b.version} Beta${b.codename ? ` “${b.codename.value}”` : ''}`;
  const changes = b.changes && today >= b.betaDate.value ? [`Notable changes in the beta:\n${b.changes.value.map((c) => `- ${c}`).join('\n')}`] : [];
  const body = [betaSummary(data, major, b, today), ...changes, asOf(data, today)].join('\n\n');
  return reply('lifecycle', title, body, {
    fields: [
      { name: 'Status', value: 'beta (not a stable release)' },
      { name: 'Codename', value: show(b.codename) },
      { name: 'Beta', value: b.betaDate.value },
      { name: 'Released', value: 'not yet' },
      { name: 'Kernel (beta)', value: show(b.kernel) },
      { name: 'Architectures (beta)', value: show(b.architectures, (v) => v.join(', ')) },
    ],
    sources: sourcesOf(data, [b.kernel?.source, b.changes?.source, b.betaDate.source]),
    suggestions: [`lifecycle ${major.major}`],
    meta: { notes: [], version: `AlmaLinux ${b.version}`, confidence: 1 },
  });
}
