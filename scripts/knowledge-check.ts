import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { readConfig } from '../src/config.ts';
import { checkKnowledge, STALE_AFTER_DAYS } from '../src/notes/check-knowledge.ts';
import { formatProblem } from '../src/notes/note.ts';

// `npm run knowledge:check [-- --max-age-days N] [dir]`: every problem in the knowledge folder at
// once, errors first. Exits 1 on errors; warnings (notes not verified within N days, default
// STALE_AFTER_DAYS = 180) are printed but do not fail, and the stale notes are listed at the end
// so the ones to re-check are in one place.

loadDotenv({ quiet: true });
const { values, positionals } = parseArgs({ options: { 'max-age-days': { type: 'string' } }, allowPositionals: true });
const maxAgeDays = values['max-age-days'] === undefined ? STALE_AFTER_DAYS : Number(values['max-age-days']);
if (!Number.isInteger(maxAgeDays) || maxAgeDays < 1) {
  process.stderr.write('--max-age-days takes a whole number of days\n');
  process.exit(2);
}
const dir = positionals[0] ?? readConfig(process.env).settings.knowledgeDir;
const { notes, problems, stale } = checkKnowledge(dir, { now: new Date(), maxAgeDays });
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) process.stdout.write(`${p.severity}: ${formatProblem(p)}\n`);
if (stale.length) process.stdout.write(`${stale.length} note${stale.length === 1 ? '' : 's'} verified over ${maxAgeDays} days ago (oldest first): ${stale.join(', ')}\n`);
process.stdout.write(`${notes} notes, ${errors.length} errors, ${warnings.length} warnings\n`);
process.exitCode = errors.length ? 1 : 0;
