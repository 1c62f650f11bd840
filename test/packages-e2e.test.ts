import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiscord } from '../adapters/discord/render-discord.ts';
import { renderSlack } from '../adapters/slack/render-slack.ts';
import type { App } from '../src/app.ts';
import { fixtureApp, fixtureDir } from './helpers.ts';
import { fixtureService, fixtureSettings, recordingLogger, tempDir } from './packages-helpers.ts';
import { reposFixture, startFileServer, type FileServer } from './packages-server.ts';

let server: FileServer;
beforeAll(async () => {
  server = await startFileServer(reposFixture);
});
afterAll(() => server.close());

describe('package replies on Discord and Slack', () => {
  let app: App;
  beforeAll(async () => {
    app = fixtureApp({ packages: fixtureSettings(server) });
    await app.packages!.ready;
  });
  afterAll(() => app.stop());

  it('Discord: an embed with the versions and a copyable install line, pinging nobody', () => {
    const r = app.router.handle({ command: 'package', args: { name: 'nginx', for: '123456789012345678' }, platform: 'discord' });
    const msg = renderDiscord(r);
    const embed = msg.embeds[0]!;
    expect(embed.title).toBe('nginx');
    expect(embed.description).toContain('**AlmaLinux 9**: 1.20.1-20.el9.alma.1 in AppStream');
    expect(embed.description).toContain('```\nsudo dnf install nginx\n```');
    expect(msg.allowed_mentions).toEqual({ parse: [], users: ['123456789012345678'] });
  });

  it('Discord: an advisory links its errata page', () => {
    const msg = renderDiscord(app.router.handle({ command: 'advisory', args: { id: 'ALSA-2024:9317' }, platform: 'discord' }));
    expect(msg.embeds[0]!.url).toBe('https://errata.almalinux.org/9/ALSA-2024-9317.html');
    expect(msg.embeds[0]!.title).toBe('ALSA-2024:9317: Moderate: nginx security update');
  });

  it('Discord: a CVE in an ordinary message is posted as a link', () => {
    const found = app.router.docLinks('anyone patched CVE-2024-6387 yet?')!;
    const msg = renderDiscord(found.reply, { repliedUser: false });
    expect(msg.content).toContain('https://errata.almalinux.org/9/ALSA-2024-4312.html');
    expect(msg.content).toContain('CVE-2024-6387: fixed by ALSA-2024:4312 (AlmaLinux 9), ALSA-2024:4457 (AlmaLinux 8)');
  });

  it('Slack: the same answer as mrkdwn blocks, the install line in a code block', () => {
    const msg = renderSlack(app.router.handleText('provides semanage', { platform: 'slack' }));
    const texts = msg.blocks.flatMap((b) => ('text' in b && b.text && typeof b.text === 'object' ? [b.text.text] : []));
    expect(texts).toContain('*AlmaLinux 9*: `/usr/sbin/semanage` is in *policycoreutils-python-utils* (BaseOS)\n\n```\nsudo dnf install policycoreutils-python-utils\n```\n\n*AlmaLinux 8*: `/usr/sbin/semanage` is in *policycoreutils-python-utils* (BaseOS)\n\n```\nsudo dnf install policycoreutils-python-utils\n```');
    expect(msg.text).toContain('Which package provides semanage');
  });

  it('Slack: a CVE answer lists each major and links the advisories', () => {
    const msg = renderSlack(app.router.handleText('advisory CVE-2024-6387', { platform: 'slack' }));
    const all = JSON.stringify(msg.blocks);
    expect(all).toContain('ALSA-2024:4312');
    expect(all).toContain('ALSA-2024:4457');
    expect(all).toContain('https://errata.almalinux.org/8/ALSA-2024-4457.html');
  });
});

describe('npm start with the local repositories', () => {
  it('answers package, provides and advisory in the terminal chat from the cached index', async () => {
    // A first run fills DATA_DIR/packages; `npm start` then serves from it at once.
    const dataDir = tempDir('data-');
    const settings = fixtureSettings(server, { cacheDir: join(dataDir, 'packages') });
    const first = fixtureService(server, recordingLogger(), settings);
    await first.ready;
    first.stop();
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: {
        PATH: process.env.PATH,
        KNOWLEDGE_DIR: fixtureDir,
        NO_COLOR: '1',
        DATA_DIR: dataDir,
        PACKAGES_ENABLED: 'true',
        PACKAGES_BASE_URL: `${server.url}/almalinux`,
        PACKAGES_ERRATA_URL: `${server.url}/errata`,
        PACKAGES_EPEL_URL: `${server.url}/epel`,
        PACKAGES_MAJORS: '8,9',
      },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    // The prompt shows once the app is up; the cache is read before the first refresh request.
    server.hits.clear();
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await expect.poll(() => server.hits.size, { timeout: 8000 }).toBeGreaterThan(0);
    child.stdin.end('package htop\nprovides semanage\nadvisory ALSA-2024:4312\nis nginx in alma 9?\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('not in AlmaLinux 9; it is in EPEL 9: 3.3.0-1.el9');
    expect(out).toContain('sudo dnf install policycoreutils-python-utils');
    expect(out).toContain('Important: openssh security update');
    expect(out).toContain('1.20.1-20.el9.alma.1 in AppStream');
  });
});
