// `lifecycle` with no argument, and "what is the latest version?".

import { reply, type Reply } from '../reply.ts';
import { timeLeft } from './calendar.ts';
import type { Day, LifecycleData } from './lifecycle-data.ts';
import { asOf, betaName, NOT_KNOWN, phaseCell, show, sourcesOf, upgradeCommand } from './reply-parts.ts';
import { betasOut, kittenEnd, latestMinor, majorPhase } from './status.ts';

function kittenRow(data: LifecycleData, today: Day): string[] | undefined {
  const k = data.kitten;
  if (!k || today < k.releaseDate.value) return undefined;
  const end = kittenEnd(data);
  const active = end ? `with ${end.follows.name} (${end.end})` : NOT_KNOWN;
  const phase = !end ? NOT_KNOWN : today <= end.end ? `active support, ${timeLeft(today, end.end)}` : 'end of life';
  return [k.name.replace(/^AlmaLinux OS /, ''), k.releaseDate.value, active, NOT_KNOWN, phase, 'rolling'];
}

/** The betas out today, newest major first, named as betas; empty when there are none. */
function betasLine(data: LifecycleData, today: Day): string[] {
  const betas = [...data.almalinux].reverse().flatMap((m) => betasOut(m, today));
  return betas.length ? [`In beta, for testing only (not a stable release, not for production): ${betas.map(betaName).join(', ')}.`] : [];
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
  const body = [`${data.minorEol.value} Stay on the latest minor with \`${upgradeCommand(data)}\`.`, ...betasLine(data, today), asOf(data, today)].join('\n\n');
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
      ? `The newest AlmaLinux release is ${newest[0]}, released ${newestDay}.`
      : `The newest AlmaLinux releases are ${newest.join(' and ')}, both released ${newestDay}.`;
  // Betas come after the stable answer, never in it; the table's lead-in stays next to the table.
  const tableIntro = newest.length ? 'The latest minor of each supported major:\n' : '';
  const body = [head, ...betasLine(data, today), `${tableIntro}${asOf(data, today)}`].join('\n\n');
  return reply('lifecycle', 'Latest AlmaLinux releases', body, {
    table: {
      columns: ['Major', 'Latest minor', 'Codename', 'Released', 'Today'],
      rows: live.map(({ m, latest, phase }) => [`AlmaLinux ${m.major}`, latest!.version, show(latest!.codename), latest!.releaseDate.value, phaseCell(phase, today)]),
    },
    sources: sourcesOf(data, live.map((x) => x.latest!.kernel?.source)),
    suggestions: live.map((x) => `lifecycle ${x.latest!.version}`),
    meta: { notes: [], version: null, confidence: 1 },
  });
}
