// The real saved web pages of ../shared/corpus (four years of one body's
// report, each a complete CMS page with Word-pasted tables), linted as a user
// would: what the corpus README says a correct linter reports, and what it must
// not. The corpus lives outside the repository (../shared/corpus from the repo
// root); without it these tests are skipped, saying so.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { lintText, type Linted } from './seeds';
import { lint } from '../../server/src/core/lint';
import { yearFactsOf } from '../../server/src/core/model/yearFacts';
import type { Finding } from '../../server/src/core/types';

const DIR = join(process.cwd(), '..', 'shared', 'corpus');
const skip = existsSync(DIR) ? false : `corpus not found at ${DIR} (the shared corpus sits next to the repository)`;
const cache = new Map<string, Linted>();

function page(year: number): Linted {
  const name = `pingtan-${year}.html`;
  let l = cache.get(name);
  if (!l) cache.set(name, (l = lintText(readFileSync(join(DIR, name), 'utf8'))));
  return l;
}

const YEARS = [2019, 2020, 2021, 2022];
const ARITHMETIC = ['table-row-total', 'table-column-total', 'table-balance', 'table-review-total'];
/** What a finding says, with the page text it covers (tags and &nbsp; removed). */
const shown = (l: Linted, rule: string) => l.of(rule).map((f) => `${l.line(f)}: ${f.message.zh}`);
const covered = (l: Linted, f: { range: { start: number; end: number } }) => l.text.slice(f.range.start, f.range.end).replace(/<[^>]*>|&nbsp;/g, '');

test('all four: the report is found inside the page, its title too; nothing in the chrome is linted', { skip }, () => {
  for (const year of YEARS) {
    const l = page(year);
    const r = l.result.report;
    assert.ok(r.title, `${year}: title found`);
    assert.equal(r.title.year, year, `${year}: title year`);
    assert.deepEqual(shown(l, 'title-missing'), [], `${year}: no title-missing`);
    assert.deepEqual(
      r.sections.map((s) => s.id),
      [1, 2, 3, 4, 5, 6],
      `${year}: six sections`,
    );
    const from = r.title.range.start;
    const to = r.sections[r.sections.length - 1].range.end;
    for (const f of l.result.findings) assert.ok(f.range.start >= from && f.range.end <= to, `${year}: ${f.rule} at line ${l.line(f)} is outside the report`);
  }
});

test('all four: tables 二, 三 and 四 are read cell by cell (no unaligned, cell-count or row-missing)', { skip }, () => {
  for (const year of YEARS) {
    const l = page(year);
    for (const rule of ['table-unaligned', 'table-cell-count', 'table-row-missing', 'table-missing']) assert.deepEqual(shown(l, rule), [], `${year}: ${rule}`);
    const kinds = l.result.report.tables.map((t) => `${t.kind}:${t.aligned}`);
    assert.deepEqual(kinds, ['t2:true', 't3:true', 't4:true'], `${year}: tables`);
    for (const t of l.result.report.tables) for (const row of t.rows) assert.equal(row.status, 'ok', `${year}: ${t.kind} ${row.id} read (${row.found} cells)`);
  }
});

test('pingtan-2019: the unit inside a table cell ("75394432.52元") is reported', { skip }, () => {
  const l = page(2019);
  const f = l.of('table-cell-not-number');
  assert.equal(f.length, 1);
  assert.equal(covered(l, f[0]), '75394432.52元');
});

test('pingtan-2020: （七）总计 says 20 and 21 but the result rows add up to 26 and 27; 一 + 二 = （七）+ 四 holds', { skip }, () => {
  const l = page(2020);
  const f = l.of('table-column-total');
  assert.deepEqual(
    f.map((x) => [x.severity, x.message.zh]),
    [
      ['error', '（七）总计（20）不等于各项办理结果之和（26）：自然人列'],
      ['error', '（七）总计（21）不等于各项办理结果之和（27）：总计列'],
    ],
  );
  assert.deepEqual(
    f.map((x) => covered(l, x)),
    ['20', '21'],
    'on the （七）总计 cells',
  );
  assert.deepEqual(shown(l, 'table-balance'), []);
  assert.equal(covered(l, l.of('table-cell-not-number')[0]), '73802895.90元');
});

test('pingtan-2021: "（一）存在的主要问题:" has a half-width colon; table 三 is consistent', { skip }, () => {
  const l = page(2021);
  const colon = l.of('punctuation-halfwidth').filter(
    (f) =>
      covered(l, f) === ':' &&
      l.text
        .slice(f.range.start - 300, f.range.start)
        .replace(/<[^>]*>/g, '')
        .endsWith('存在的主要问题'),
  );
  assert.equal(colon.length, 1);
  for (const rule of ARITHMETIC) assert.deepEqual(shown(l, rule), [], `2021: ${rule}`);
});

test('pingtan-2022: the typo in heading 四 is a title variant, not a missing section; table 三 is consistent', { skip }, () => {
  const l = page(2022);
  assert.deepEqual(shown(l, 'section-title-variant'), [
    '1098: 标题“政府信息公开行政法复议、行政诉讼情况”与模板不同，模板为“政府信息公开行政复议、行政诉讼情况”',
  ]);
  assert.deepEqual(shown(l, 'section-missing'), []);
  for (const rule of ARITHMETIC) assert.deepEqual(shown(l, rule), [], `2022: ${rule}`);
});

test('all four: no error other than those the README lists', { skip }, () => {
  const expected: Record<number, string[]> = {
    2019: ['table-cell-not-number'],
    2020: ['table-cell-not-number', 'table-column-total', 'table-column-total'],
    2021: [],
    2022: [],
  };
  for (const year of YEARS) {
    const errors = page(year)
      .result.findings.filter((f) => f.severity === 'error')
      .map((f) => f.rule);
    assert.deepEqual(errors, expected[year], `${year}`);
  }
});

test('pingtan-2019: the phrase pasted twice is one word-duplicated finding; its suggestion leaves one copy', { skip }, () => {
  const l = page(2019);
  const phrase = '聚焦新中国成立 70 周年平潭专场新闻发布会';
  assert.deepEqual(shown(l, 'word-duplicated'), [`349: “${phrase}”连续重复两次，应删去重复的部分`]);
  const f = l.of('word-duplicated')[0];
  assert.equal(covered(l, f), phrase + phrase);
  for (const fix of f.fixes) {
    assert.equal(fix.safe, false);
    const fixed = l.text.slice(0, fix.edits[0].start) + fix.edits[0].text + l.text.slice(fix.edits[0].end);
    assert.equal(fixed.replace(/<[^>]*>/g, '').split(phrase).length - 1, 1, 'one copy left');
  }
});

test('pingtan-2021: "规范审核审核发布机制" is word-duplicated', { skip }, () => {
  const l = page(2021);
  assert.deepEqual(shown(l, 'word-duplicated'), ['349: “审核”连续重复两次，应删去重复的部分']);
  assert.equal(covered(l, l.of('word-duplicated')[0]), '审核审核');
});

test('all four: the content rules say nothing else (sections 五 are full, years and lists in order)', { skip }, () => {
  for (const year of YEARS) {
    const l = page(year);
    for (const rule of ['section-empty', 'narrative-year-mismatch', 'enumeration-sequence']) assert.deepEqual(shown(l, rule), [], `${year}: ${rule}`);
    if (year === 2020 || year === 2022) assert.deepEqual(shown(l, 'word-duplicated'), [], `${year}: word-duplicated`);
  }
});

/** Each page linted with the year facts of all four, as a CLI run over the folder does. */
function acrossYears(): Map<number, Finding[]> {
  const facts = YEARS.flatMap((y) => {
    const text = readFileSync(join(DIR, `pingtan-${y}.html`), 'utf8');
    const p = page(y).result.parts[0];
    const f = p.report && yearFactsOf(p.report, { text, offset: p.range.start, uri: join(DIR, `pingtan-${y}.html`), name: `pingtan-${y}.html` });
    return f ? [f] : [];
  });
  assert.equal(facts.length, 4, 'every year has facts');
  const out = new Map<number, Finding[]>();
  for (const y of YEARS) {
    const text = readFileSync(join(DIR, `pingtan-${y}.html`), 'utf8');
    out.set(
      y,
      lint(text, { previousYears: facts }).findings.filter((f) => f.rule.startsWith('cross-year-')),
    );
  }
  return out;
}

test('across years: 2020 (with 2019) has 规章 对外公开总数量 7 vs 0 + 0; no comparison across the 2021 template change; 2022 continues 2021', { skip }, () => {
  const found = acrossYears();
  const y2020 = found.get(2020)!;
  assert.deepEqual(
    y2020.map((f) => f.rule),
    ['cross-year-valid-count'],
  );
  assert.match(y2020[0].message.zh, /规章“对外公开总数量”为 7，但上一年度报告（pingtan-2019\.html）为 0，加本年新公开 0，应为 0/);
  assert.equal(y2020[0].related![0].elsewhere!.name, 'pingtan-2019.html');
  assert.deepEqual(found.get(2019), [], '2018 is not known');
  assert.deepEqual(found.get(2021), [], '2021 template: 2020 (2019 template) is not compared');
  assert.deepEqual(found.get(2022), [], '上年结转 1 = 2021 结转下年度 1; 665 + 88 − 55 = 698');
});

test('across years: `gov-report-lint corpus/` reports the 2020 chain, and nothing cross-year elsewhere', { skip }, () => {
  const r = spawnSync(
    process.execPath,
    [join(process.cwd(), 'server', 'out', 'cli.js'), '--format', 'json', ...YEARS.map((y) => join(DIR, `pingtan-${y}.html`))],
    {
      encoding: 'utf8',
    },
  );
  const files = JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; line: number }[] }[];
  const cross = files.map((f) => f.diagnostics.filter((d) => d.rule.startsWith('cross-year-')).map((d) => `${d.line} ${d.rule}`));
  assert.deepEqual(cross, [[], ['541 cross-year-valid-count'], [], []]);
});

test('pingtan-2019 and 2020: the bracketed breakdown of "共公布政府信息N条" does not add up (2599 vs 2533, 2602 vs 2603)', { skip }, () => {
  const expected: Record<number, [number, string, string]> = {
    2019: [349, '共公布政府信息2599条', '总数为 2599条，但所列分项 25+68+28+69+90+175+67+983+48+124+856 = 2533条'],
    2020: [372, '共公布政府信息2602条', '总数为 2602条，但所列分项 82+80+21+40+390+69+143+208+246+271+1053 = 2603条'],
  };
  for (const year of YEARS) {
    const l = page(year);
    const found = l.of('narrative-sum-mismatch').map((f) => [l.line(f), covered(l, f), f.message.zh]);
    assert.deepEqual(found, year in expected ? [expected[year]] : [], `${year}`);
  }
});

test('all four: the prose agrees with tables 二, 三 and 四 (收到 75 = 74 + 1, 现行有效 698 with 制发 88…): no narrative-table-mismatch', { skip }, () => {
  for (const year of YEARS) assert.deepEqual(shown(page(year), 'narrative-table-mismatch'), [], `${year}`);
});
