// A version the data does not have: say so plainly and list the ones it does.

import { echo } from '../commands/echo.ts';
import { reply, type Reply } from '../reply.ts';
import { PRODUCT_NAMES, type LifecycleData, type OtherProduct } from './lifecycle-data.ts';
import type { Subject } from './version-mentions.ts';

function range(versions: string[]): string {
  const first = versions[0];
  const last = versions.at(-1);
  if (!first || !last) return 'no minors yet';
  return first === last ? first : `${first} to ${last}`;
}

export function knownVersions(data: LifecycleData): string {
  const alma = data.almalinux.map((m) => `${m.major} (${range(m.minors.map((x) => x.version))}${(m.betas ?? []).map((b) => `; ${b.version} beta`).join('')})`);
  const products = (Object.keys(PRODUCT_NAMES) as OtherProduct[])
    .map((p) => [p, data.others.filter((o) => o.product === p).map((o) => Number(o.major)).sort((a, b) => a - b)] as const)
    .filter(([, majors]) => majors.length)
    .map(([p, majors]) => `${PRODUCT_NAMES[p]} ${majors.join(', ')}`);
  return `AlmaLinux ${alma.join(', ')}${data.kitten ? ', Kitten' : ''}; ${products.join('; ')}.`;
}

function whatIsMissing(data: LifecycleData, asked: string, subject: Subject | undefined): string {
  if (subject?.kind === 'alma') {
    const major = data.almalinux.find((m) => Number(m.major) === subject.major);
    if (major) {
      const latest = major.minors.at(-1)?.version ?? 'none';
      return `AlmaLinux ${subject.major}.${subject.minor} is not in the data (checked ${data.checked}): the known ${major.major}.x minors are ${range(major.minors.map((x) => x.version))}, the newest is **${latest}**. If it has just been released, the release notes will have it first.`;
    }
    const first = data.almalinux[0]?.major;
    const older = first !== undefined && subject.major < Number(first);
    const others = data.others.filter((o) => Number(o.major) === subject.major).map((o) => `\`lifecycle ${o.id.replace(/-/g, ' ')}\``);
    const hint = older && others.length ? ` AlmaLinux starts at ${first}; did you mean ${others.join(' or ')}?` : '';
    return `There is no AlmaLinux ${subject.major} in the data (checked ${data.checked}).${hint}`;
  }
  if (subject?.kind === 'other') return `There is no ${PRODUCT_NAMES[subject.product]} ${subject.major} in the data (checked ${data.checked}).`;
  return `I don't know the version ${echo(asked)}.`;
}

export function unknownReply(data: LifecycleData, asked: string, subject: Subject | undefined, isPrivate: boolean): Reply {
  const body = `${whatIsMissing(data, asked, subject)}\n\nKnown versions: ${knownVersions(data)}`;
  return reply('unknown', 'Unknown version', body, {
    private: isPrivate,
    sources: [{ title: 'AlmaLinux release notes', url: data.releaseNotes }],
    suggestions: ['lifecycle', ...data.almalinux.map((m) => `lifecycle ${m.major}`)],
  });
}

/** "Until when does Amazon Linux 2 get updates?": a distribution the data holds no dates for, said plainly rather than answered with a neighbour's dates. */
export function unheldProductReply(data: LifecycleData, product: string): Reply {
  const body = `I have no dates for ${product}: the lifecycle data covers ${knownVersions(data)} [endoflife.date](https://endoflife.date) tracks many more.`;
  return reply('unknown', `No dates for ${product}`, body, {
    sources: [{ title: 'endoflife.date', url: 'https://endoflife.date' }],
    suggestions: ['lifecycle', ...data.almalinux.map((m) => `lifecycle ${m.major}`)],
  });
}
