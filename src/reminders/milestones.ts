import { PRODUCT_NAMES, type Day, type LifecycleData, type OtherProduct } from '../lifecycle/lifecycle-data.ts';

// The support end dates a reminder can be about, from knowledge/lifecycle.json. Pure.

export type Product = 'almalinux' | OtherProduct;
/** Every product the lifecycle data dates; REMINDER_PRODUCTS picks among them. */
export const PRODUCTS: readonly Product[] = ['almalinux', ...(Object.keys(PRODUCT_NAMES) as OtherProduct[])];

export interface Milestone {
  /** Stable across restarts and data refreshes: `almalinux-9:active`, `rhel-9:full-support`. */
  key: string;
  release: string;
  /** "active support", "security support", or the phase's own name for RHEL and CentOS. */
  what: string;
  /** The last day covered. */
  day: Day;
  source: string;
  product: Product;
  major: string;
  /** AlmaLinux active support: security support goes on until this day. */
  securityUntil?: Day;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function milestones(data: LifecycleData, products: readonly Product[]): Milestone[] {
  const out: Milestone[] = [];
  if (products.includes('almalinux')) {
    for (const m of data.almalinux) {
      const base = { release: m.name, product: 'almalinux' as const, major: m.major };
      const security = m.securitySupportEnd?.value;
      if (m.activeSupportEnd) out.push({ ...base, key: `almalinux-${m.major}:active`, what: 'active support', day: m.activeSupportEnd.value, source: m.activeSupportEnd.source, ...(security ? { securityUntil: security } : {}) });
      if (m.securitySupportEnd) out.push({ ...base, key: `almalinux-${m.major}:security`, what: 'security support', day: m.securitySupportEnd.value, source: m.securitySupportEnd.source });
    }
  }
  for (const r of data.others) {
    if (!products.includes(r.product)) continue;
    for (const p of r.phases) out.push({ key: `${r.id}:${slug(p.name)}`, release: r.name, what: p.name, day: p.end.value, source: p.end.source, product: r.product, major: r.major });
  }
  return out;
}

/** Whole days from `today` to `day` (negative once it has passed). */
export function daysUntil(today: Day, day: Day): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export interface Due {
  milestone: Milestone;
  /** The lead time this reminder is for; the state key is `milestone.key:lead`. */
  lead: number;
  daysLeft: number;
  key: string;
}

/**
 * The reminders to post today: for each milestone not yet past, the smallest lead time it is
 * within, unless already posted. A bot started 20 days before a date posts the 30-day
 * reminder only, not the 180-day one as well.
 */
export function dueReminders(all: Milestone[], today: Day, leadDays: readonly number[], sent: ReadonlySet<string>): Due[] {
  const leads = [...leadDays].sort((a, b) => a - b);
  const due: Due[] = [];
  for (const milestone of all) {
    const daysLeft = daysUntil(today, milestone.day);
    if (daysLeft < 0) continue;
    const lead = leads.find((l) => daysLeft <= l);
    if (lead === undefined) continue;
    const key = `${milestone.key}:${lead}`;
    if (!sent.has(key)) due.push({ milestone, lead, daysLeft, key });
  }
  return due;
}
