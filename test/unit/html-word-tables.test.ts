// Tables pasted from Word into a web page are read cell by cell: the markup
// around a cell's text, &nbsp; padding, numbers split over spans, header words
// one character per paragraph, rowspan/colspan labels, table 三 in two row
// groups and a trailing row of blanks change nothing the reader sees.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseDraft, expectHit, hits, lintAll, none, parsedRow, problems, setT3, T3_COLS, type Gen } from './rules/_helpers';
import { wordReport } from './html-word';
import type { Report } from '../../server/src/core/model/report';

const GENS: Gen[] = ['2021', '2019'];
/** The rules that say a table was not read: none may fire on a well-formed Word table. */
const UNREAD = ['table-unaligned', 'table-cell-count', 'table-row-missing', 'table-cell-not-number', 'table-missing'];

function expectAllRowsRead(report: Report, gen: Gen, what: string): void {
  const d = baseDraft(gen);
  for (const r of d.t3.filter((x) => x.values)) assert.deepEqual(parsedRow(report, 't3', r.id), r.values, `${what}: table 三 ${r.id}`);
  for (const r of d.t2.filter((x) => x.kind === 'data')) assert.deepEqual(parsedRow(report, 't2', r.key), r.cells.slice(1), `${what}: table 二 ${r.key}`);
  assert.deepEqual(parsedRow(report, 't4', 'cases'), d.t4, `${what}: table 四`);
}

test('Word tables in both generations: every cell read, nothing reported', () => {
  for (const gen of GENS) {
    for (const split of [true, false]) {
      const text = wordReport(baseDraft(gen), { split });
      const what = `${gen}${split ? ', table 三 in two row groups' : ''}`;
      const { result } = lintAll(text);
      assert.deepEqual(problems(text), [], what);
      for (const rule of UNREAD) none(text, rule);
      expectAllRowsRead(result.report, gen, what);
      const t3 = result.report.tables.find((t) => t.kind === 't3')!;
      assert.deepEqual([...t3.groups.keys()].slice(0, 2), ['results', 'refused'], `${what}: rowspan group labels read as groups`);
    }
  }
});

test('every way Word writes a value reads as that value (bare, span, &nbsp; padding, <font>&nbsp;</font>, digits over spans, new line)', () => {
  for (const gen of GENS) {
    for (let style = 0; style < 6; style++) {
      const text = wordReport(baseDraft(gen), { style: () => style });
      assert.deepEqual(problems(text), [], `${gen}, style ${style}`);
      expectAllRowsRead(lintAll(text).result.report, gen, `${gen}, style ${style}`);
    }
  }
});

test('a number split over spans is one number: 12 written <span>1</span><span>2</span> is 12', () => {
  for (const gen of GENS) {
    const d = baseDraft(gen);
    setT3(d, 'new', 'natural', 12);
    setT3(d, 'new', 'total', 13);
    setT3(d, 'open', 'natural', 11);
    setT3(d, 'open', 'total', 12);
    setT3(d, 'resultTotal', 'natural', 12);
    setT3(d, 'resultTotal', 'total', 13);
    const text = wordReport(d, { style: () => 4 });
    assert.ok(text.includes('>1</span><span'), 'digits in separate spans');
    const report = lintAll(text).result.report;
    assert.deepEqual(parsedRow(report, 't3', 'new'), ['12', '1', '0', '0', '0', '0', '13']);
    assert.deepEqual(problems(text), [], gen);
  }
});

test('a wrong total in a Word table is still found, on its own cell', () => {
  for (const gen of GENS) {
    const d = baseDraft(gen);
    setT3(d, 'resultTotal', 'natural', 4);
    const text = wordReport(d);
    const [h, ...rest] = hits(text, 'table-column-total');
    assert.equal(rest.length, 0, gen);
    const row = text.lastIndexOf('<tr', h.range.start);
    assert.ok(text.slice(row, h.range.start).includes('（七）总计'), `${gen}: the finding is in the （七）总计 row`);
    assert.equal(
      text
        .slice(h.range.start, h.range.end)
        .replace(/<[^>]*>|&nbsp;/g, '')
        .trim(),
      '4',
      `${gen}: on the cell that says 4`,
    );
    expectHit(h, 'table-column-total', 'error', h.line, ['（七）总计（4）不等于各项办理结果之和（3）：自然人列']);
  }
});

test('rows after a rowspan label show the same number of cells as the row that holds it', () => {
  const report = lintAll(wordReport(baseDraft('2021'))).result.report;
  const t3 = report.tables.find((t) => t.kind === 't3')!;
  const text = report.src.text;
  const widths = new Set<number>();
  for (const id of ['open', 'partial', 'refused1', 'refused2', 'unable1', 'unable2', 'other3', 'resultTotal']) {
    const row = t3.rows.find((r) => r.id === id)!;
    assert.equal(row.status, 'ok', id);
    // The row's line in the visible text: cells between its line breaks.
    const at = text.indexOf(id === 'resultTotal' ? '（七）总计' : row.label.slice(0, 6));
    const line = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at));
    widths.add(line.split('|').length);
  }
  assert.equal(widths.size, 1, `every result row has the grid's width: ${[...widths].join(', ')}`);
});

test('a trailing border-less row of blanks after table 四 adds no value and no finding', () => {
  for (const gen of GENS) {
    const text = wordReport(baseDraft(gen));
    assert.match(text, /border:none[^]*&nbsp;[^]*<\/table>/);
    const report = lintAll(text).result.report;
    const t4 = report.tables.find((t) => t.kind === 't4')!;
    assert.equal(t4.rows[0].found, 15, gen);
    none(text, 'table-cell-empty');
  }
});

test('header words one character per paragraph or broken by <br> read whole ("结<p>果<br>纠<p>正" is 结果纠正)', () => {
  const report = lintAll(wordReport(baseDraft('2021'))).result.report;
  assert.match(report.src.text, /\|结果纠正\|其他结果\|尚未审结\|总计\|/);
  assert.match(report.src.text, /\|（三）不予公开\|1\.属于国家秘密\|/);
});

test('the columns of table 三 keep their order whatever the markup (自然人 … 总计)', () => {
  const d = baseDraft('2019');
  T3_COLS.forEach((col, i) => setT3(d, 'carry', col, i === 6 ? 21 : i + 1));
  const text = wordReport(d);
  assert.deepEqual(parsedRow(lintAll(text).result.report, 't3', 'carry'), ['1', '2', '3', '4', '5', '6', '21']);
});
