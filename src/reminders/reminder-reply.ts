import { upgradeCommand } from '../lifecycle/reply-parts.ts';
import type { LifecycleData } from '../lifecycle/lifecycle-data.ts';
import { reply, type Reply } from '../reply.ts';
import type { Due } from './milestones.ts';

// The words of a reminder: the date, how far off it is, and the way forward.

export const ELEVATE_URL = 'https://wiki.almalinux.org/elevate/';

function when(daysLeft: number): string {
  if (daysLeft === 0) return 'today is the last day';
  return `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
}

function wayForward(data: LifecycleData, d: Due): string[] {
  const m = d.milestone;
  const elevate = `[ELevate](${ELEVATE_URL})`;
  if (m.product !== 'almalinux') return [`Moving to AlmaLinux: see ${elevate} for the supported migration paths.`];
  const upgrade = `Keep systems on the latest minor release with \`${upgradeCommand(data)}\` (see the [release notes](${data.releaseNotes})).`;
  if (m.securityUntil) return [`After that, AlmaLinux ${m.major} gets security fixes only, until **${m.securityUntil}**.`, upgrade, `To move to a newer major version, see ${elevate}.`];
  return ['After that day there are no more updates for it.', `Plan the move to a newer major version: see ${elevate}.`];
}

export function reminderReply(data: LifecycleData, d: Due): Reply {
  const m = d.milestone;
  const lead = `**${m.release}**: end of ${m.what} on **${m.day}**, ${when(d.daysLeft)}.`;
  const sources = [{ title: `${m.release} dates`, url: m.source }, { title: 'ELevate', url: ELEVATE_URL }];
  return reply('notice', `End of ${m.what}: ${m.release}`, [lead, ...wayForward(data, d)].join('\n\n'), { sources, private: false });
}
