import { config as loadDotenv } from 'dotenv';
import { describeRegistered, registerCommands } from '../adapters/discord/register-commands.ts';
import { startProblem } from '../adapters/discord/start-problem.ts';
import { readConfig } from '../src/config.ts';

// `npm run discord:register`: registers the slash commands derived from the command registry, on
// DISCORD_GUILD_ID when set (instant, for development) or globally. Run it after changing a
// command; the bot never registers on start.

loadDotenv({ quiet: true });

async function main(): Promise<number> {
  const { settings, problems } = readConfig(process.env);
  const mine = problems.filter((p) => p.startsWith('Discord'));
  if (mine.length || !settings.discord) {
    process.stderr.write(`${(mine.length ? mine : ['Discord: set DISCORD_TOKEN and DISCORD_APP_ID (see .env.example)']).join('\n')}\n`);
    return 1;
  }
  try {
    process.stdout.write(`${describeRegistered(await registerCommands(settings.discord))}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`${startProblem(err).replace('could not connect', 'could not register commands')}\n`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
