import { expect, it } from 'vitest';
import { startPlatforms } from '../adapters/start-platforms.ts';
import { createRedactor } from '../src/redact.ts';

it('a platform that fails to start is reported in one line; the others keep running', async () => {
  const lines: string[] = [];
  const slack = { name: 'slack', stop: async () => {} };
  const running = await startPlatforms(
    [
      { name: 'Discord', start: () => Promise.reject(new Error('DISCORD_TOKEN was rejected: Bot secret-discord-token-123')) },
      { name: 'Slack', start: async () => slack },
    ],
    createRedactor(['secret-discord-token-123']),
    (line) => lines.push(line),
  );
  expect(running).toEqual([slack]);
  expect(lines).toEqual(['Discord: DISCORD_TOKEN was rejected: Bot [redacted]']);
});
