// Shared by the lifecycle tests: the shipped data, a pinned day, and readable reply text.
import { join } from 'node:path';
import { loadLifecycle } from '../src/lifecycle/load-lifecycle.ts';
import type { Reply } from '../src/reply.ts';

export const lifecycleFile = join(import.meta.dirname, '..', 'knowledge', 'lifecycle.json');

/** The shipped lifecycle data, fresh for each call so refresh tests cannot leak into others. */
export const shipped = () => loadLifecycle(lifecycleFile);

/** Noon UTC on a day, so the tests also prove the time of day does not matter. */
export const on = (day: string): Date => new Date(`${day}T12:00:00Z`);

/** Everything a user would read: title, body, table and fields. */
export function words(r: Reply | null): string {
  if (!r) return '';
  const table = r.table ? [r.table.columns, ...r.table.rows].map((row) => row.join(' | ')).join('\n') : '';
  return [r.title, r.body, table, ...(r.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join('\n');
}

export function row(r: Reply, first: string): string[] | undefined {
  return r.table?.rows.find((cells) => cells[0] === first);
}
