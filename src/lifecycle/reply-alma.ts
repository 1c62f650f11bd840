// `lifecycle 9` and `lifecycle 9.4`: one AlmaLinux major with its minors, or one minor.

import { reply, type Reply } from '../reply.ts';
import { timeLeft } from './calendar.ts';
import type { AlmaMajor, Day, LifecycleData, Minor } from './lifecycle-data.ts';
import { asOf, NOT_KNOWN, show, sourcesOf, upgradeCommand } from './reply-parts.ts';
import { latestMinor, majorPhase, minorStatus } from './status.ts';

function majorSummary(m: AlmaMajor, today: Day): string {
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
  lines.push(`*${data.minorEol.value}*\n${asOf(data, today)}`);
  return reply('lifecycle', m.name, lines.join('\n\n'), {
    table: {
      columns: ['Minor', 'Codename', 'Released', 'Gets updates'],
      rows: [...m.minors].reverse().map((x) => [x.version, show(x.codename), x.releaseDate.value, minorUpdates(m, x, today)]),
    },
    sources: sourcesOf(data, [latest?.kernel?.source, m.securitySupportEnd?.source]),
    suggestions: latest ? [`lifecycle ${latest.version}`, 'lifecycle'] : ['lifecycle'],
    meta: { notes: [], version: `AlmaLinux ${m.major}`, confidence: 1 },
  });
}

function minorSummary(data: LifecycleData, major: AlmaMajor, minor: Minor, today: Day): string {
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
