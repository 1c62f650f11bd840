import { readConfig } from '../../src/config.ts';
import type { ManifestOptions } from './manifest.ts';

type Env = Record<string, string | undefined>;

export interface ManifestChoice {
  options?: ManifestOptions;
  /** Lines for stderr: how the mode was chosen, what to fill in, or a usage error. */
  notes: string[];
}

export const MANIFEST_USAGE = 'usage: npm run slack:manifest [-- --socket | -- --http https://your.public.host]';

/**
 * Socket Mode or HTTP, from the command line first, else from the settings: an app token means
 * Socket Mode, a signing secret alone means HTTP. With neither (a new app), Socket Mode, which
 * needs no public URL.
 */
export function chooseManifestOptions(argv: string[], env: Env): ManifestChoice {
  const notes: string[] = [];
  const http = argv.indexOf('--http');
  const unknown = argv.filter((a, i) => !['--socket', '--http'].includes(a) && !(http >= 0 && i === http + 1));
  if (unknown.length || (argv.includes('--socket') && http >= 0)) return { notes: [MANIFEST_USAGE] };
  const publicUrl = http >= 0 ? argv[http + 1] : undefined;
  if (publicUrl !== undefined && !/^https:\/\/\S+$/.test(publicUrl)) return { notes: ['--http needs the public https:// URL Slack will post to', MANIFEST_USAGE] };

  const { settings } = readConfig(env);
  const command = settings.slack?.command ?? (env.SLACK_COMMAND?.trim() || '/alma');
  const fromEnv = Boolean(env.SLACK_APP_TOKEN?.trim()) || !env.SLACK_SIGNING_SECRET?.trim();
  const socketMode = argv.includes('--socket') || (http < 0 && fromEnv);
  if (!socketMode && !publicUrl) notes.push('HTTP mode: replace https://YOUR-PUBLIC-HOST with your public URL, or pass --http https://your.host');
  notes.push(`Slack manifest for ${command} in ${socketMode ? 'Socket Mode' : 'HTTP mode'}.`);
  const feedback = settings.conversation.feedback ? {} : { feedback: false };
  return { options: { command, socketMode, ...(publicUrl ? { publicUrl } : {}), ...feedback }, notes };
}
