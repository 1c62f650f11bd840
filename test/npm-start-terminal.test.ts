import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { alive, botPid, npmReload, npmStart, parentOf, root, waitFor } from './npm-start-helpers.ts';

// The terminal chat started by `npm start`: the bot is npm's own child (so npm's SIGTERM reaches
// it), `npm run reload` re-reads the notes, and SIGTERM in the middle of a 100,000-line burst
// ends it within 5 s.

it('terminal chat under npm start: reload, then SIGTERM during a burst exits within 5 s', async () => {
  const s = npmStart({ LOG_LEVEL: 'info' });
  const pid = await botPid(s);
  expect(parentOf(pid)).toBe(s.npm.pid);

  const note = join(s.knowledgeDir, 'basics', 'what-is-almalinux.md');
  writeFileSync(note, readFileSync(note, 'utf8').replace('"Alma" means "soul"', '"Alma" means "soul", edited live'));
  expect((await npmReload(s.dataDir)).code).toBe(0);
  await waitFor(() => s.err().includes('knowledge reloaded'), 5000, 'the bot logged the reload');
  s.npm.stdin.write('what does alma mean in spanish\n');
  await waitFor(() => s.out().includes('edited live'), 5000, 'the edited note answered');

  s.npm.stdin.write('how do I enable crb on 9\n'.repeat(100_000));
  await waitFor(() => s.out().split('config-manager --set-enabled crb').length > 20, 10_000, 'the burst is being answered');
  s.npm.kill('SIGTERM');
  const exit = await Promise.race([s.closed, new Promise((r) => setTimeout(r, 5000, 'still running after 5 s'))]);
  expect(exit).toEqual({ code: 0, signal: null });
  expect(alive(pid)).toBe(false);
}, 30_000);

it('the systemd unit runs the same command as npm start', () => {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const unit = readFileSync(join(root, 'deploy', 'almalinux-helpbot.service'), 'utf8');
  const execStart = /^ExecStart=\/usr\/bin\/(.+)$/m.exec(unit)?.[1];
  expect(start).toBe(`exec ${execStart}`);
  expect(unit).toMatch(/^ExecReload=\/bin\/kill -HUP \$MAINPID$/m);
});
