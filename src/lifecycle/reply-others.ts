// `lifecycle kitten`, `lifecycle rhel 9`, `lifecycle centos 7`, `lifecycle centos stream`.

import { reply, type Reply } from '../reply.ts';
import { timeLeft } from './calendar.ts';
import { PRODUCT_NAMES, type Day, type LifecycleData, type OtherProduct, type OtherRelease } from './lifecycle-data.ts';
import { asOf, NOT_KNOWN, show, sourcesOf } from './reply-parts.ts';
import { kittenEnd, otherPhase } from './status.ts';

/** What Kitten is based on and how long it lasts, a paragraph each; empty without Kitten in the data. */
export function kittenSummary(data: LifecycleData, today: Day, named = true): string[] {
  const k = data.kitten;
  if (!k) return [];
  const end = kittenEnd(data);
  const based = k.basedOn && (named ? `${k.name}: ${k.basedOn.value}.` : `${k.basedOn.value.charAt(0).toUpperCase()}${k.basedOn.value.slice(1)}.`);
  const lines = based ? [based] : [];
  if (end && today <= end.end) {
    lines.push(`${k.activeSupport?.value ?? ''} ${end.follows.name} ends **${end.end}** (${timeLeft(today, end.end)}). The end of security support is ${NOT_KNOWN}.`.trim());
  } else if (end) {
    lines.push(`${k.activeSupport?.value ?? ''} ${end.follows.name} ended on ${end.end}.`.trim());
  }
  return lines;
}

export function kittenReply(data: LifecycleData, today: Day): Reply | undefined {
  const k = data.kitten;
  if (!k) return undefined;
  const end = kittenEnd(data);
  const lines = [...kittenSummary(data, today), asOf(data, today)];
  const added = k.addedArchitectures ?? [];
  const listed = [...(k.architectures?.value ?? []), ...added.map((a) => a.value)];
  const architectures = listed.length ? listed.join(', ') : NOT_KNOWN;
  return reply('lifecycle', `${k.name}${k.codename ? ` “${k.codename.value}”` : ''}`, lines.join('\n\n'), {
    fields: [
      { name: 'Released', value: k.releaseDate.value },
      { name: 'Kernel at first release', value: show(k.kernelAtFirstRelease) },
      { name: 'Architectures', value: architectures },
    ],
    sources: sourcesOf(data, [k.basedOn?.source, ...added.map((a) => a.source), k.activeSupport?.source, end?.follows.phases.at(-1)?.end.source], 5),
    suggestions: ['lifecycle 10', 'lifecycle centos stream 10'],
    meta: { notes: [], version: 'AlmaLinux Kitten', confidence: 1 },
  });
}

/** The release's phase today and the dates of the others; `named` opens it with the release's name. */
function otherSummary(r: OtherRelease, today: Day, named: boolean): string {
  const p = otherPhase(r, today);
  if (p.name === 'not released yet') return `${named ? `${r.name} is **not released yet**` : '**Not released yet**'} (${p.until}).`;
  if (p.over) return `${named ? `${r.name} reached **end of life**` : 'Reached **end of life**'} on **${p.until}** (${timeLeft(today, p.until)}).`;
  const at = r.phases.findIndex((x) => x.name === p.name);
  // Every later phase, so the date a question asks about is here whichever phase it means (RHEL 9 in
  // Full Support still names its Maintenance end, 2032-05-31, which "until when is it supported" asks).
  const later = r.phases.slice(at + 1).map((x) => ` ${x.name} ends ${x.end.value}.`).join('');
  // In a later phase, the one just ended is what "when did its support end" asks (RHEL 7's maintenance, 2024-06-30).
  const previous = r.phases[at - 1];
  const ended = previous ? ` ${previous.name} ended ${previous.end.value}.` : '';
  return `${named ? `${r.name}: ` : ''}**${p.name}** until **${p.until}** (${timeLeft(today, p.until)}).${ended}${later}`;
}

/** Where to go from an ended release: the AlmaLinux majors still supported. */
function replacements(data: LifecycleData, today: Day): string {
  const live = data.almalinux.filter((m) => m.releaseDate.value <= today && (m.securitySupportEnd?.value ?? '9999') >= today);
  return live.length ? ` Supported AlmaLinux versions: ${live.map((m) => m.major).join(', ')} (\`lifecycle\`).` : '';
}

/** The opening paragraph of another release's reply: its status, and where to go from it once ended. */
export function otherLead(data: LifecycleData, r: OtherRelease, today: Day, named = true): string {
  const ended = otherPhase(r, today).over;
  return otherSummary(r, today, named) + (ended && r.product !== 'rhel' ? replacements(data, today) : '');
}

export function otherReply(data: LifecycleData, r: OtherRelease, today: Day): Reply {
  const lines = [otherLead(data, r, today)];
  if (r.latest) lines.push(`Latest release: ${r.latest.value}${r.latestDate ? `, ${r.latestDate.value}` : ''}.`);
  const alma = r.product === 'rhel' ? data.almalinux.find((m) => m.major === r.major) : undefined;
  if (alma) lines.push(`${alma.name}: active support until ${show(alma.activeSupportEnd)}, security support until ${show(alma.securitySupportEnd)} (\`lifecycle ${alma.major}\`).`);
  for (const n of r.notes ?? []) lines.push(n.value);
  lines.push(asOf(data, today));
  return reply('lifecycle', r.name, lines.join('\n\n'), {
    table: {
      columns: ['Phase', 'Ends', 'Today'],
      rows: r.phases.map((p) => [p.name, p.end.value, today <= p.end.value ? timeLeft(today, p.end.value) : 'over']),
    },
    sources: sourcesOf(data, [...r.phases.map((p) => p.end.source), ...(r.notes ?? []).map((n) => n.source)]),
    suggestions: ['lifecycle'],
    meta: { notes: [], version: r.name, confidence: 1 },
  });
}

/** `lifecycle centos`: every release of that product, newest first. */
export function productReply(data: LifecycleData, product: OtherProduct, today: Day): Reply {
  const releases = data.others.filter((o) => o.product === product).sort((a, b) => Number(b.major) - Number(a.major));
  return reply('lifecycle', `${PRODUCT_NAMES[product]} lifecycle`, asOf(data, today), {
    table: {
      columns: ['Release', 'Released', 'End of life', 'Today'],
      rows: releases.map((r) => {
        const p = otherPhase(r, today);
        return [r.name, show(r.releaseDate), r.phases.at(-1)!.end.value, p.over ? 'end of life' : `${p.name}, ${timeLeft(today, p.until)}`];
      }),
    },
    sources: sourcesOf(data, releases.map((r) => r.phases[0]?.end.source)),
    suggestions: releases.map((r) => `lifecycle ${r.id.replace(/-/g, ' ')}`),
    meta: { notes: [], version: PRODUCT_NAMES[product], confidence: 1 },
  });
}
