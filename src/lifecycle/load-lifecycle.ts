// TEMPORARY until the lifecycle data lands (issue 4): answers that the data is not loaded yet.
import { reply } from '../reply.ts';
import type { Lifecycle } from './lifecycle.ts';

export function loadLifecycle(_path: string): Lifecycle {
  return {
    reply: () => reply('notice', 'Lifecycle', 'Lifecycle data is not available yet. See <https://wiki.almalinux.org/release-notes/>.'),
    answer: () => null,
    choices: () => [],
  };
}
