import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConversationKit } from '../adapters/conversation-kit.ts';
import { runShell } from '../adapters/shell/shell-chat.ts';
import { createVoteLog, readVotes } from '../src/feedback/vote-log.ts';
import { silentLogger } from '../src/services.ts';
import { fixtureApp, fixtureDir, TODAY } from './helpers.ts';

// The terminal session is one conversation with `+` / `-` votes; `npm run ask` stays context-free.

const app = fixtureApp();
const settings = { feedback: true, helpMinConfidence: 0.8, helpDelaySeconds: 0, reminderLeadDays: [], reminderProducts: [] };

async function chat(lines: string[], dataDir: string) {
  const votes = createVoteLog(dataDir, silentLogger);
  const conversation = createConversationKit({ router: app.router, knowledge: () => app.services.knowledge, settings, votes, now: () => TODAY });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runShell(app.router, { input, output, color: false, conversation });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  await votes.flush();
  return text;
}

describe('terminal conversation', () => {
  it('reads a follow-up with the last question, and rates the answer just shown with + or -', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-votes-'));
    const out = await chat(['+', 'how do I enable crb on almalinux 9', 'and on 8?', '-', '+', 'help', '+'], dir);
    const [beforeAny, ...rest] = out.split('Nothing to rate');
    expect(beforeAny).not.toContain('Thanks');
    expect(rest).toHaveLength(2); // before any answer, and after help (which takes no rating)
    expect(out).toContain('PowerTools and CRB: AlmaLinux 8');
    expect(out).toContain('sudo dnf config-manager --set-enabled powertools');
    expect(out).toContain('Helpful? Type + or - to rate this answer.');
    expect(out.match(/Thanks, your rating was recorded/g)).toHaveLength(1);
    expect(out).toContain('You already rated this answer');
    expect(await readVotes(dir)).toEqual([{ at: TODAY.toISOString(), platform: 'shell', verdict: 'down', kind: 'answer', note: 'crb', section: 'crb#almalinux-8' }]);
  });

  it('`npm run ask` answers each stdin line on its own', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/ask.ts', '--json'], {
      input: 'how do I enable crb on almalinux 9\nand on 8?\n',
      env: { ...process.env, KNOWLEDGE_DIR: fixtureDir },
      encoding: 'utf8',
    });
    const [first, second] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { title: string; answer: string });
    const alone = app.router.handle({ command: 'ask', args: { question: 'and on 8?' }, platform: 'cli' });
    expect(second!.title).toBe(alone.title);
    expect(second!.answer).not.toContain('powertools');
    // The fields scripts read, with the decision's reason in meta.
    expect(Object.keys(first!)).toEqual(expect.arrayContaining(['question', 'answered', 'title', 'answer', 'sources', 'meta']));
    expect(first!.meta).toMatchObject({ notes: ['crb'], reason: 'confident' });
  });
});
