import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, none, one } from './_helpers';

const RULE = 'table-template-outdated';

test('valid: 2021 layout for 2021, 2019 layout for 2020 and 2019, in every layout', () => {
  for (const layout of LAYOUTS) {
    none(build({ layout }).text, RULE);
    none(build({ layout, gen: '2019' }).text, RULE);
    none(build({ layout, gen: '2019', year: 2019 }).text, RULE);
  }
});

test('a 2021 report in the 2019 layout: reported at the first 2019 table', () => {
  for (const layout of ['pipe', 'cell-per-line', 'html'] as const) {
    const b = build({ layout, gen: '2019', year: 2021 });
    const h = one(b.text, RULE);
    expectHit(h, RULE, 'error', b.line('t2'), ['2021年度报告使用了2019版表格', '国办公开办函〔2021〕30号']);
    assert.equal(h.fixes.length, 0);
  }
});

test('a 2023 report in the 2019 layout', () => {
  const b = build({ layout: 'markdown', gen: '2019', year: 2023 });
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t2'), ['2023年度报告']);
});

test('only table 三 in the 2019 shape (single （六）其他处理 row) is enough', () => {
  const b = build({ layout: 'cell-pipe' }, (d) => {
    const i = d.t3.findIndex((r) => r.id === 'otherHandling');
    d.t3.splice(i, 4, { id: 'otherHandling', label: '（六）其他处理', level: 2, values: ['0', '0', '0', '0', '0', '0', '0'] });
    d.t2 = d.t2.filter((r) => !r.key.startsWith('b'));
  });
  expectHit(one(b.text, RULE), RULE, 'error', b.line('t3'), ['2021年度报告使用了2019版表格']);
});
