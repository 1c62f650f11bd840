import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The core must stay platform-free: adding a platform costs a folder in adapters/, no core change.
const FORBIDDEN = [/from ['"]discord\.js['"]/, /from ['"]@discordjs\//, /from ['"]@slack\//, /from ['"](?:\.\.\/)+adapters\//, /import\(['"](?:discord\.js|@slack\/)/];

it('src/ imports no chat platform library and nothing from adapters/', () => {
  const srcDir = join(import.meta.dirname, '..', 'src');
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(10);
  const offenders = files.filter((f) => FORBIDDEN.some((re) => re.test(readFileSync(join(srcDir, f), 'utf8'))));
  expect(offenders).toEqual([]);
});
