// The parser's layout test: the same known-good draft in every layout drafts
// arrive in (seed shapes, spreadsheet paste, PDF extraction, HTML) must parse
// to the same model, lint clean, and place a planted defect on the right line.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LAYOUTS,
  T3_COLS,
  T4_COLS,
  baseDraft,
  build,
  hits,
  lintAll,
  parsedRow,
  problems,
  render,
  setT3Row,
  tableOf,
  type Built,
  type Layout,
} from './rules/_helpers';

const ARITH = ['table-row-total', 'table-column-total', 'table-balance', 'table-review-total'];
/** The Table.layout the model should record for each draft layout (seed 004's " |" cells are one cell per line). */
const EXPECTED: Record<Layout, string> = {
  'cell-per-line': 'cell-per-line',
  pipe: 'pipe',
  markdown: 'markdown',
  'cell-pipe': 'cell-per-line',
  tab: 'tab',
  space: 'space',
  html: 'html',
};
const planted = (layout: Layout) => build({ layout }, (d) => setT3Row(d, 'new', [4, 1, 0, 0, 0, 0, 5]));

/** Every data cell of the draft read back from the model. */
function expectSameValues(b: Built): void {
  const { report } = lintAll(b.text).result;
  for (const r of b.draft.t3) if (r.values) assert.deepEqual(parsedRow(report, 't3', r.id), r.values, `table 三 ${r.id}`);
  for (const r of b.draft.t2) if (r.kind === 'data') assert.deepEqual(parsedRow(report, 't2', r.key), r.cells.slice(1), `table 二 ${r.key}`);
  assert.deepEqual(parsedRow(report, 't4', 'cases'), b.draft.t4, 'table 四');
}

for (const layout of LAYOUTS) {
  test(`${layout}: the 2021 draft parses to six sections and three aligned tables in their sections`, () => {
    const { report } = lintAll(build({ layout }).text).result;
    assert.equal(report.year, 2021);
    assert.equal(report.generation, '2021');
    assert.deepEqual(
      report.sections.map((s) => s.id),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepEqual(
      report.tables.map((t) => [t.kind, t.section, t.aligned]),
      [
        ['t2', 2, true],
        ['t3', 3, true],
        ['t4', 4, true],
      ],
    );
  });

  test(`${layout}: every cell of tables 二, 三, 四 is read back in its template column (2021 and 2019)`, () => {
    expectSameValues(build({ layout }));
    expectSameValues(build({ layout, gen: '2019' }));
  });

  test(`${layout}: the 2021 draft has no error and no table-unaligned / table-cell-count finding`, () => {
    assert.deepEqual(problems(build({ layout }).text), []);
  });

  test(`${layout}: tables 三 and 四 record layout ${EXPECTED[layout]}`, () => {
    const { report } = lintAll(build({ layout }).text).result;
    assert.equal(tableOf(report, 't3').layout, EXPECTED[layout]);
    assert.equal(tableOf(report, 't4').layout, EXPECTED[layout]);
  });

  test(`${layout}: table 二 (2021, mostly one value per row) records layout ${EXPECTED[layout]}`, () => {
    assert.equal(tableOf(lintAll(build({ layout }).text).result.report, 't2').layout, EXPECTED[layout]);
  });

  test(`${layout}: planted balance error (一 总计 5, results 4) gives exactly the two table-balance findings on 四's cells`, () => {
    const b = planted(layout);
    const found = lintAll(b.text).hits.filter((h) => ARITH.includes(h.rule));
    assert.deepEqual(
      found.map((h) => [h.rule, h.severity, h.line, h.message.zh]),
      [
        ['table-balance', 'error', b.line('t3.next.natural'), '第一项加第二项之和（5）不等于第三项加第四项之和（4）：自然人列'],
        ['table-balance', 'error', b.line('t3.next.total'), '第一项加第二项之和（6）不等于第三项加第四项之和（5）：总计列'],
      ],
    );
    assert.deepEqual(
      problems(b.text).filter((p) => !p.includes('table-balance')),
      [],
    );
  });

  test(`${layout}: CRLF line endings change nothing`, () => {
    const b = planted(layout);
    const crlf = b.text.replace(/\n/g, '\r\n');
    assert.deepEqual(
      hits(crlf, 'table-balance').map((h) => h.line),
      [b.line('t3.next.natural'), b.line('t3.next.total')],
    );
    assert.deepEqual(problems(build({ layout }).text.replace(/\n/g, '\r\n')), []);
  });

  test(`${layout}: the 2019 variant (2019 labels, one （六）其他处理 row) parses as generation 2019 and lints clean`, () => {
    const b = build({ layout, gen: '2019' });
    const { report } = lintAll(b.text).result;
    assert.equal(report.generation, '2019');
    assert.equal(report.year, 2020);
    assert.deepEqual(
      report.tables.map((t) => t.generation),
      ['2019', '2019', null],
    );
    assert.ok(tableOf(report, 't3').rows.some((r) => r.id === 'otherHandling'));
    assert.deepEqual(problems(b.text), []);
  });
}

test('the 2019 variant in a 2021 report is detected as 2019 by its labels, not by the year', () => {
  for (const layout of LAYOUTS) assert.equal(lintAll(render(baseDraft('2019', 2021), layout).text).result.report.generation, '2019', layout);
});

test('column ids used by the generator match the template order', () => {
  const t3 = tableOf(lintAll(build().text).result.report, 't3');
  assert.deepEqual(
    t3.rows[0].cells.map((c) => c.col),
    T3_COLS,
  );
  assert.deepEqual(
    tableOf(lintAll(build().text).result.report, 't4').rows[0].cells.map((c) => c.col),
    T4_COLS,
  );
});

test('space layout (PDF extraction) with merged group labels on the data line: "三、本年度办理结果 （一）予以公开 2 1 0 0 0 0 3"', () => {
  const b = build({ layout: 'space' });
  const text = b.text
    .replace('三、本年度办理结果\n（一）予以公开', '三、本年度办理结果 （一）予以公开')
    .replace('（三）不予公开\n1.属于', '（三）不予公开 1.属于');
  const { report } = lintAll(text).result;
  assert.deepEqual(parsedRow(report, 't3', 'open'), ['2', '1', '0', '0', '0', '0', '3']);
  assert.deepEqual(parsedRow(report, 't3', 'refused1'), ['0', '0', '0', '0', '0', '0', '0']);
  assert.deepEqual(problems(text), []);
  assert.deepEqual(hits(text, 'table-row-missing'), []);
});
