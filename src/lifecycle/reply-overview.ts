// `lifecycle` with no argument, and "what is the latest version?".

import { reply, type Reply } from '../reply.ts';
import { timeLeft } from './calendar.ts';
import type { Day, LifecycleData } from './lifecycle-data.ts';
import { asOf, NOT_KNOWN, phaseCell, show, sourcesOf, upgradeCommand } from './reply-parts.ts';
import { kittenEnd, latestMinor, majorPhase } from './status.ts';

function kittenRow(data: LifecycleData, today: Day): string[] | undefined {
  const k = data.kitten;
  if (!k || today < k.releaseDate.value) return undefined;
  const end = kittenEnd(data);
  const active = end ? `with ${end.follows.name} (${end.end})` : NOT_KNOWN;
  const phase = !end ? NOT_KNOWN : today <= end.end ? `active support, ${timeLeft(today, end.end)}` : 'end of life';
  return [k.name.replace(/^AlmaLinux OS /, ''), k.releaseDate.value, active, NOT_KNOWN, phase, 'rolling'];
}

export function overviewReply(data: LifecycleData, today: Day): Reply {
  const rows = data.almalinux.map((m) => {
    const latest = latestMinor(m, today);
    return [
      `AlmaLinux ${m.major}`,
      m.releaseDate.value,
      show(m.activeSupportEnd),
      show(m.securitySupportEnd),
      phaseCell(majorPhase(m, today), today),
      latest ? `${latest.version} (${latest.releaseDate.value})` : '—',
    ];
  });
  const kitten = kittenRow(data, today);
  if (kitten) rows.push(kitten);
  const body = `${data.minorEol.value} Stay on the latest minor with \`${upgradeCommand(data)}\`.\n\n${asOf(data, today)}`;
  return reply('lifecycle', 'AlmaLinux lifecycle', body, {
    table: { columns: ['Version', 'Released', 'Active support until', 'Security support until', 'Today', 'Latest minor'], rows },
    sources: sourcesOf(data, []),
    suggestions: [...data.almalinux.map((m) => `lifecycle ${m.major}`), 'lifecycle kitten', 'lifecycle centos 7'],
    meta: { notes: [], version: null, confidence: 1 },
  });
}

export function latestReply(data: LifecycleData, today: Day): Reply {
  const live = data.almalinux
    .map((m) => ({ m, latest: latestMinor(m, today), phase: majorPhase(m, today) }))
    .filter((x) => x.latest && x.phase.name !== 'end of life')
    .reverse();
  const newestDay = live.map((x) => x.latest!.releaseDate.value).sort().at(-1);
  const newest = live.filter((x) => x.latest!.releaseDate.value === newestDay).map((x) => {
    const l = x.latest!;
    return `**${l.version}**${l.codename ? ` “${l.codename.value}”` : ''}`;
  });
  const head = !newest.length
    ? 'No supported AlmaLinux release is known for this date.'
    : newest.length === 1
      ? `The newest AlmaLinux release is ${newest[0]}, released ${newestDay}. The latest minor of each supported major:`
      : `The newest AlmaLinux releases are ${newest.join(' and ')}, both released ${newestDay}. The latest minor of each supported major:`;
  return reply('lifecycle', 'Latest AlmaLinux releases', `${head}\n\n${asOf(data, today)}`, {
    table: {
      columns: ['Major', 'Latest minor', 'Codename', 'Released', 'Today'],
      rows: live.map(({ m, latest, phase }) => [`AlmaLinux ${m.major}`, latest!.version, show(latest!.codename), latest!.releaseDate.value, phaseCell(phase, today)]),
    },
    sources: sourcesOf(data, live.map((x) => x.latest!.kernel?.source)),
    suggestions: live.map((x) => `lifecycle ${x.latest!.version}`),
    meta: { notes: [], version: null, confidence: 1 },
  });
}
