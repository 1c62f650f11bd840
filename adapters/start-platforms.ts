import type { Redact } from '../src/redact.ts';
import type { RunningPlatform } from './platform.ts';

/** A platform that was configured: its name and how to start it. */
export interface PlatformStart {
  name: string;
  start(): Promise<RunningPlatform>;
}

/**
 * Starts every configured platform. One that fails is reported in one line naming it (secrets
 * redacted) and the others go on: a broken Slack token must not take Discord down.
 */
export async function startPlatforms(starts: PlatformStart[], redact: Redact, report: (line: string) => void): Promise<RunningPlatform[]> {
  const results = await Promise.allSettled(starts.map((p) => p.start()));
  const running: RunningPlatform[] = [];
  results.forEach((result, i) => {
    const name = starts[i]!.name;
    if (result.status === 'fulfilled') running.push(result.value);
    else {
      const message = redact(result.reason instanceof Error ? result.reason.message : String(result.reason));
      report(message.startsWith(name) ? message : `${name}: ${message}`);
    }
  });
  return running;
}
