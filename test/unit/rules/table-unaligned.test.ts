import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LAYOUTS, build, expectHit, hits, none, one, section } from './_helpers';

const RULE = 'table-unaligned';
const ARITH = ['table-row-total', 'table-column-total', 'table-balance', 'table-cell-count', 'table-cell-empty'];

test('valid: every layout and both generations align', () => {
  for (const layout of LAYOUTS) for (const gen of ['2021', '2019'] as const) none(build({ layout, gen }).text, RULE);
});

/** Each row's numbers run together into one cell, its 总计 off by one: no split reads it (see table-decode.test.ts). */
const undecodable = (r: { values: string[] | null }) => r.values && (r.values = [r.values.slice(0, -1).join('') + String(Number(r.values[6]) + 1)]);

test('numbers run together in table 三 (one cell per row) that decode: read, nothing reported', () => {
  const b = build({}, (d) => d.t3.forEach((r) => r.values && (r.values = [r.values.join('')])));
  none(b.text, RULE);
  for (const rule of ARITH) none(b.text, rule);
});

test('numbers run together in table 三 (one cell per row) that no split reads: reported once, arithmetic skipped', () => {
  const b = build({}, (d) => d.t3.forEach(undecodable));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3'), ['表三', '无法与模板对齐', '的数字连在一起，无法唯一拆分到各列', '已跳过该表的勾稽关系检查']);
  assert.equal(h.fixes.length, 0);
  for (const rule of ARITH) none(b.text, rule);
});

test('row labels lost in table 三 (cell-per-line draft): no data row recognised', () => {
  const b = build({ layout: 'cell-per-line' }, (d) => d.t3.forEach((r, i) => (r.label = `第${i + 1}行`)));
  const h = one(b.text, RULE);
  expectHit(h, RULE, 'warning', b.line('t3'), ['表三', '未识别出任何数据行']);
  for (const rule of ARITH) none(b.text, rule);
});

test('a damaged table 三 does not make tables 二 and 四 unaligned', () => {
  const b = build({ layout: 'tab' }, (d) => d.t3.forEach(undecodable));
  assert.deepEqual(
    hits(b.text, RULE).map((h) => h.message.zh.slice(0, 3)),
    ['表三：'],
  );
});

test('a PDF-wrapped sentence in 总体情况 with a few table words ("不予公开 20 件") is prose, not a second table 三', () => {
  for (const layout of ['space', 'pipe'] as const) {
    const b = build({ layout }, (d) =>
      section(d, 1).body.push(
        '市政府共受理政府信息公开申请 1295 件，办结 1191 件（含',
        '上年结转 189 件），均在法定期限内答复。其中，予以公开及部',
        '分公开 208 件（17.46%），不予公开 20 件（1.68%），因本机关',
        '不掌握等原因无法提供 564 件（47.36%），属信访、重复申请等',
        '不予处理 80 件（6.72%），其他处理 319 件（26.78%，含申请人',
      ),
    );
    none(b.text, RULE);
  }
});
