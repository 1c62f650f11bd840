import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../src/config.ts';
import { feedbackReport, formatReport } from '../src/feedback/report.ts';
import { readVotes } from '../src/feedback/vote-log.ts';

// `npm run feedback [N] [--json]`: the notes and sections with the most 👎, and their share of votes.

loadDotenv({ quiet: true });
const args = process.argv.slice(2);
const { dataDir } = readConfig(process.env).settings;
const report = feedbackReport(await readVotes(dataDir));
const limit = Number(args.find((a) => /^\d+$/.test(a)) ?? 20);
process.stdout.write(args.includes('--json') ? `${JSON.stringify(report)}\n` : `${formatReport(report, limit)}\n`);
