// Developer aid: runs fix-all on a draft and prints the diff summary and what remains.
import { buildSync } from 'esbuild';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
mkdirSync('.build', { recursive: true });
buildSync({
  stdin: { contents: "export { fixAll } from './server/src/core/fix/fixAll'; export { lint } from './server/src/core/lint';", resolveDir: '.', loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: '.build/dump-fix.js',
  logLevel: 'error',
});
const { fixAll, lint } = createRequire(import.meta.url)('../.build/dump-fix.js');
for (const f of process.argv.slice(2)) {
  const text = readFileSync(f, 'utf8');
  const r = fixAll(text);
  const again = fixAll(r.text);
  const after = lint(r.text).findings;
  const safeLeft = after.filter((x) => x.fixes.some((y) => y.safe));
  console.log(`=== ${f}: applied=${r.applied} passes=${r.passes} idempotent=${!again.changed} safeLeft=${safeLeft.length} remaining=${after.length}`);
  for (const x of safeLeft) console.log('  SAFE LEFT', x.rule, x.message.zh);
  writeFileSync('.build/' + f.split('/').pop() + '.fixed', r.text);
}
