import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
buildSync({
  stdin: {
    contents:
      "export { parse } from './server/src/core/model/parse'; export { allRules } from './server/src/core/rules'; export { lint } from './server/src/core/lint';",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: '.build/rt.js',
  logLevel: 'error',
});
const { parse, allRules } = createRequire(import.meta.url)('../.build/rt.js');
const texts = ['000_0131eef5f6c80757', '001_1091e914623cb50c', '002_fd806472b05b3a75', '003_e5194636313e52a0', '004_27ba3d77fbcff05a'].map((f) =>
  readFileSync(`test/fixtures/seeds/${f}.txt`, 'utf8'),
);
const N = Number(process.env.N ?? 100);
const times = new Map();
let pt = 0;
for (let k = 0; k < N; k++)
  for (const t of texts) {
    let s = process.hrtime.bigint();
    const report = parse(t);
    pt += Number(process.hrtime.bigint() - s);
    for (const r of allRules) {
      const ctx = { report, text: t, previous: [], add() {} };
      s = process.hrtime.bigint();
      r.check(ctx);
      times.set(r.meta.id, (times.get(r.meta.id) || 0) + Number(process.hrtime.bigint() - s));
    }
  }
console.log('parse', (pt / N / 5 / 1000).toFixed(0), 'us/doc');
for (const [k, v] of [...times].sort((a, b) => b[1] - a[1])) console.log((v / N / 5 / 1000).toFixed(0).padStart(6), 'us', k);
