// Developer aid: prints findings for drafts. Usage: node scripts/dump-lint.mjs <file>... [--rule id]
import { buildSync } from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
mkdirSync('.build', { recursive: true });
buildSync({ entryPoints: ['server/src/core/lint.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: '.build/dump-lint.js', logLevel: 'error' });
const { lint } = createRequire(import.meta.url)('../.build/dump-lint.js');
const args = process.argv.slice(2);
const ri = args.indexOf('--rule');
const only = ri >= 0 ? args.splice(ri, 2)[1] : null;
for (const f of args) {
  const text = readFileSync(f, 'utf8');
  const ln = (o) => text.slice(0, o).split(/\r\n|\r|\n/).length;
  const r = lint(text);
  console.log(`=== ${f}: ${r.findings.length} findings`);
  const counts = {};
  for (const x of r.findings) counts[x.rule] = (counts[x.rule] ?? 0) + 1;
  console.log(JSON.stringify(counts));
  for (const x of r.findings) {
    if (only ? x.rule !== only : x.rule === 'punctuation-halfwidth') continue;
    console.log(
      `${ln(x.range.start)}  ${x.severity} ${x.rule}: ${x.message.zh}${x.fixes.length ? '  [' + x.fixes.map((f) => (f.safe ? 'S:' : 's:') + f.title.zh).join('; ') + ']' : ''}`,
    );
  }
}
