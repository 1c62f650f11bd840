import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../adapters/shell/render-terminal.ts';
import { runShell } from '../adapters/shell/shell-chat.ts';
import { reply } from '../src/reply.ts';
import { fixtureApp, fixtureDir } from './helpers.ts';

async function chat(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const done = runShell(fixtureApp().router, { input, output, color: false });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}

describe('terminal chat', () => {
  it('answers questions, commands and [[links]] line by line, and stops at exit', async () => {
    const out = await chat(['enable powertools on 8', 'docs epel', 'see [[crb]]', 'exit', 'help']);
    expect(out).toContain('PowerTools and CRB: AlmaLinux 8');
    expect(out).toContain('    sudo dnf config-manager --set-enabled powertools');
    expect(out).toContain('→ EPEL: https://wiki.almalinux.org/repos/Extras.html#epel');
    expect(out).toContain('→ PowerTools and CRB: https://wiki.almalinux.org/repos/AlmaLinux.html');
    expect(out).not.toContain('help [command]');
  });

  it('renders markdown readably: no raw markup, links with their URL, optional ANSI', () => {
    const r = reply('answer', 'Title', '## Head\n\n**bold** and `code` and [a link](https://x.org/) & <b>\n\n- one\n- two');
    const plain = renderTerminal(r, false);
    expect(plain).toContain('Head\n\nbold and code and a link (https://x.org/) & <b>\n\n• one\n• two');
    expect(renderTerminal(r, true)).toContain('\x1b[1mbold\x1b[22m');
  });

  const startMain = (knowledgeDir = fixtureDir) =>
    spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH, KNOWLEDGE_DIR: knowledgeDir, NO_COLOR: '1' },
    });

  it('runs as `npm start` with no tokens, chatting on stdin and stdout', async () => {
    const child = startMain();
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stdin.end('how do I enable crb on 9\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('AlmaLinux help bot');
    expect(out).toContain('sudo dnf config-manager --set-enabled crb');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const child = startMain();
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    child.kill('SIGTERM');
    expect(await closed).toEqual({ code: 0, signal: null });
  });

  it('reloads the notes on SIGHUP without a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hup-'));
    cpSync(fixtureDir, dir, { recursive: true });
    const child = startMain(dir);
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise((resolve) => child.stdout.once('data', resolve));
    const file = join(dir, 'basics', 'what-is-almalinux.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Alma" means "soul"', '"Alma" means "soul", edited live'));
    child.kill('SIGHUP');
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.stdin.end('what does alma mean in spanish\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toContain('edited live');
  });
});
