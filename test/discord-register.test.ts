import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandsPayload } from '../adapters/discord/command-payload.ts';
import { registerCommands } from '../adapters/discord/register-commands.ts';
import { startProblem } from '../adapters/discord/start-problem.ts';
import { commandDefs } from '../src/commands/definitions.ts';
import { APP_ID, GUILD_ID, TOKEN } from './fakes/discord-ids.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord-server.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
});

const TYPES = { string: 3, user: 6, boolean: 5 } as const;

describe('Discord command registration', () => {
  it('derives every slash command and option from the registry', () => {
    const payload = commandsPayload();
    expect(payload.map((c) => c.name)).toEqual(commandDefs.map((c) => c.name));
    for (const def of commandDefs) {
      const cmd = payload.find((c) => c.name === def.name)!;
      expect(cmd.description).toBe(def.summary);
      expect(cmd.options).toHaveLength(def.options.length);
      for (const o of def.options) {
        const opt = cmd.options!.find((x) => x.name === o.name)!;
        expect(opt).toMatchObject({ type: TYPES[o.type], description: o.description, required: o.required });
        expect('autocomplete' in opt && opt.autocomplete).toBe(Boolean(o.autocomplete));
      }
      // Discord refuses required options after optional ones.
      const required = cmd.options!.map((o) => Boolean(o.required));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    }
    const ask = payload.find((c) => c.name === 'ask')!;
    expect(ask.options!.find((o) => o.name === 'for')!.type).toBe(6);
    expect(ask.options!.find((o) => o.name === 'private')!.type).toBe(5);
  });

  it('PUTs the derived definitions to the guild, idempotently', async () => {
    const settings = { token: TOKEN, appId: APP_ID, guildId: GUILD_ID, apiUrl: fake.apiUrl };
    const first = await registerCommands(settings, { retries: 0, timeout: 2000 });
    await registerCommands(settings, { retries: 0, timeout: 2000 });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`]);
    expect(puts[0]!.body).toEqual(commandsPayload());
    expect(puts[1]!.body).toEqual(puts[0]!.body);
    expect(first.commands.map((c) => c.name)).toEqual(commandDefs.map((c) => c.name));
  });

  it('npm run discord:register registers globally and prints what it registered', async () => {
    const root = join(import.meta.dirname, '..');
    const env = { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_APP_ID: APP_ID, DISCORD_API_URL: fake.apiUrl };
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/discord-register.ts'], { cwd: root, env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const put = await fake.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`);
    expect(put.body).toEqual(commandsPayload());
    expect(out).toContain(`Registered ${commandDefs.length} Discord commands globally`);
    for (const def of commandDefs) expect(out).toContain(`/${def.name}`);
  });

  it('names DISCORD_TOKEN when Discord rejects it', async () => {
    const error: unknown = await registerCommands({ token: 'wrong', appId: APP_ID, apiUrl: fake.apiUrl }, { retries: 0, timeout: 2000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(startProblem(error)).toMatch(/^Discord: DISCORD_TOKEN [^\n]+$/);
  });
});
