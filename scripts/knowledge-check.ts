import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../src/config.ts';
import { checkKnowledge } from '../src/notes/check-knowledge.ts';
import { formatProblem } from '../src/notes/note.ts';

// `npm run knowledge:check [dir]`: every problem in the knowledge folder at once, errors first.
// Exits 1 on errors; warnings (stale notes) are printed but do not fail.

loadDotenv({ quiet: true });
const dir = process.argv[2] ?? readConfig(process.env).settings.knowledgeDir;
const { notes, problems } = checkKnowledge(dir, { now: new Date() });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) process.stdout.write(`${p.severity}: ${formatProblem(p)}\n`);
process.stdout.write(`${notes} notes, ${errors.length} errors, ${warnings.length} warnings\n`);
process.exitCode = errors.length ? 1 : 0;
