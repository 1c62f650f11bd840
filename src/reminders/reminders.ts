import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dayOf } from '../lifecycle/calendar.ts';
import type { LifecycleData } from '../lifecycle/lifecycle-data.ts';
import type { Reply } from '../reply.ts';
import type { Logger } from '../services.ts';
import { dueReminders, milestones, type Product } from './milestones.ts';
import { reminderReply } from './reminder-reply.ts';

// End-of-life reminders posted to a channel at set lead times, once each. What was posted is kept
// in DATA_DIR, so a restart does not post it again.

export const reminderOptions = {
  /** Days before each date: half a year to plan, a month to act, a last week's notice. */
  leadDays: [180, 30, 7] as readonly number[],
  /** Dates are whole days; checking a few times a day posts within hours of the day starting. */
  checkEveryMs: 6 * 60 * 60 * 1000,
  products: ['almalinux'] as readonly Product[],
};

export interface ReminderDeps {
  /** The target's name (`discord`, `slack`): each keeps its own record of what it posted. */
  name: string;
  dataDir: string;
  data: () => LifecycleData;
  post: (reply: Reply) => Promise<void>;
  now: () => Date;
  log: Logger;
}

export interface Reminders {
  /** Posts what is due now; resolves with how many were posted. */
  check(): Promise<number>;
  /** Checks now and then every `checkEveryMs`. */
  start(): void;
  stop(): void;
}

export const stateFile = (dataDir: string, name: string) => join(dataDir, `reminders-${name}.json`);

async function readSent(file: string): Promise<Set<string>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { sent?: unknown };
    return new Set(Array.isArray(parsed.sent) ? parsed.sent.filter((s): s is string => typeof s === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a file. */
async function writeSent(file: string, sent: Set<string>): Promise<void> {
  await writeFile(`${file}.tmp`, `${JSON.stringify({ sent: [...sent].sort() }, null, 1)}\n`, 'utf8');
  await rename(`${file}.tmp`, file);
}

export function createReminders(deps: ReminderDeps, options: Partial<typeof reminderOptions> = {}): Reminders {
  const o = { ...reminderOptions, ...options };
  const file = stateFile(deps.dataDir, deps.name);
  let running: Promise<number> | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function run(): Promise<number> {
    await mkdir(deps.dataDir, { recursive: true });
    const sent = await readSent(file);
    const data = deps.data();
    let posted = 0;
    for (const due of dueReminders(milestones(data, o.products), dayOf(deps.now()), o.leadDays, sent)) {
      await deps.post(reminderReply(data, due));
      // Recorded after each post: a failure part-way leaves the rest for the next check.
      sent.add(due.key);
      await writeSent(file, sent);
      posted += 1;
      deps.log.info({ target: deps.name, reminder: due.key }, 'end-of-life reminder posted');
    }
    return posted;
  }

  function check(): Promise<number> {
    // Overlapping checks would post the same reminder twice.
    running ??= run().finally(() => (running = undefined));
    return running;
  }

  const checkLogged = () =>
    void check().catch((err: unknown) => deps.log.warn({ target: deps.name, err: String(err) }, 'end-of-life reminders: check failed; will retry'));

  return {
    check,
    start() {
      checkLogged();
      timer = setInterval(checkLogged, o.checkEveryMs);
      timer.unref();
    },
    stop: () => clearInterval(timer),
  };
}
