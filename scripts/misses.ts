import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../src/config.ts';
import { topMisses } from '../src/misses.ts';

// `npm run misses [N]`: the most frequent questions the bot could not answer.

loadDotenv({ quiet: true });
const { dataDir } = readConfig(process.env).settings;
const rows = await topMisses(dataDir, Number(process.argv[2] ?? 20));
if (!rows.length) process.stdout.write(`No unanswered questions recorded in ${dataDir}.\n`);
for (const r of rows) process.stdout.write(`${String(r.count).padStart(5)}  ${r.question}  (last ${r.last})\n`);
