import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../src/config.ts';
import { PID_FILE, readPidFile } from './pid-file.ts';

// `npm run reload`: sends SIGHUP to the running bot (its pid is in DATA_DIR/bot.pid), which
// re-reads the knowledge notes; a broken note keeps the last good ones serving.

loadDotenv({ quiet: true });
const { dataDir } = readConfig(process.env).settings;
let pid: number | undefined;
try {
  pid = readPidFile(dataDir);
} catch {
  pid = undefined;
}
if (pid === undefined) {
  process.stderr.write(`No running bot found: ${dataDir}/${PID_FILE} is missing. Is the bot running with this DATA_DIR?\n`);
  process.exit(1);
}
try {
  process.kill(pid, 'SIGHUP');
  process.stdout.write(`Asked the bot (pid ${pid}) to reload its knowledge.\n`);
} catch (err) {
  process.stderr.write(`Could not signal pid ${pid}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
  process.exit(1);
}
