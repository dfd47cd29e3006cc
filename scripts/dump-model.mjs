// Developer aid: prints the parsed model of a draft (sections, tables, rows).
// Usage: node scripts/dump-model.mjs <file>
import { buildSync } from 'esbuild';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
mkdirSync('.build', { recursive: true });
buildSync({
  entryPoints: ['server/src/core/model/parse.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: '.build/dump-parse.js',
  logLevel: 'error',
});
const { parse } = createRequire(import.meta.url)('../.build/dump-parse.js');
const text = readFileSync(process.argv[2], 'utf8');
const r = parse(text);
const ln = (o) => text.slice(0, o).split(/\r\n|\r|\n/).length;
console.log('title', r.title?.text, 'year', r.year, r.yearSources.map((y) => y.kind + ':' + y.year).join(','), 'gen', r.generation, 'isReport', r.isReport);
const sub = (s, d) => {
  for (const c of s) {
    console.log('  '.repeat(d) + `L${c.heading.level} ${c.heading.ordinalText}${c.heading.title} @${ln(c.heading.range.start)}`);
    sub(c.children, d + 1);
  }
};
for (const s of r.sections) {
  console.log(`S${s.id} ${s.heading.ordinalText}|${s.heading.title}| variant=${s.variant} @${ln(s.range.start)}`);
  sub(s.children, 1);
}
for (const t of r.tables) {
  console.log(
    `TABLE ${t.kind} gen=${t.generation} sec=${t.section} layout=${t.layout} aligned=${t.aligned} lines ${ln(t.range.start)}-${ln(t.range.end)} groups=${[...t.groups.keys()].join(',')}`,
  );
  for (const row of t.rows)
    console.log(
      `   ${row.id.padEnd(16)} ${row.status.padEnd(5)} n=${row.found} @${ln(row.labelRange.start)} [${row.cells.map((c) => (c.kind === 'number' ? c.value : c.kind === 'empty' ? '_' : JSON.stringify(c.text))).join(' ')}]`,
    );
}
