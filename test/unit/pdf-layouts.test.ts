// Issue 9, item 3: the layouts PDF→text and PDF→Markdown extraction produce.
// Each draft is the known-good one of rules/_helpers.ts in the 'space' (PDF
// text) or 'markdown' layout, rewritten the way a converter writes it. A layout
// that can be read without doubt is read with confident placements (and a
// planted defect is then found); where doubt remains the row stays unread and
// nothing is computed from it. Fix-all stays safe on every one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, lintAll, none, one, setT3, type Draft, type Gen } from './rules/_helpers';
import { assertFixAllSafe } from '../fix-safety';
import { ARITH, assertRead, quiet, table } from './table-read';
import { allColumns, T3_COLUMNS } from '../../server/src/core/template/tables';
import { HEADER_WORDS } from '../../server/src/core/rules/tables/safeWrite';
import { isT3HeaderWord } from '../../server/src/core/model/tables/classify';

const GENS: Gen[] = ['2021', '2019'];
const Z7 = '0 0 0 0 0 0 0';
const MD_Z7 = '| 0 | 0 | 0 | 0 | 0 | 0 | 0 |';

/** The draft in a layout, rewritten by `edit`; asserts the rewrite happened. */
function draft(layout: 'space' | 'markdown', gen: Gen, edit: (t: string) => string, change?: (d: Draft) => void): string {
  const text = build({ layout, gen }, change).text;
  const out = edit(text);
  assert.notEqual(out, text, 'the layout rewrite applies');
  return out;
}

for (const gen of GENS) {
  // ------------------------------------------------------------- a. wrapped labels

  test(`${gen} a. PDF text: a row label wrapped over two lines, numbers on the second, is one confidently read row`, () => {
    const text = draft('space', gen, (t) => t.replace(`2.其他法律行政法规禁止公开 ${Z7}`, `2.其他法律行政法规禁\n止公开 ${Z7}`));
    assertRead(text, 't3', { refused1: Z7.split(' '), refused2: Z7.split(' '), refused3: Z7.split(' ') });
    quiet(text);
    assertFixAllSafe(text, {}, 'a wrapped label');
  });

  test(`${gen} a. PDF text: a wrapped label's row still has its arithmetic checked (a true positive)`, () => {
    const text = draft(
      'space',
      gen,
      (t) => t.replace('2.其他法律行政法规禁止公开 5 0 0 0 0 0 0', '2.其他法律行政法规禁\n止公开 5 0 0 0 0 0 0'),
      (d) => setT3(d, 'refused2', 'natural', 5),
    );
    const h = one(text, 'table-row-total');
    assert.ok(h.message.zh.includes('其他法律行政法规禁'), h.message.zh);
  });

  test(`${gen} a. Markdown: a label cell wrapped onto the next row ("| （三）不 |" / "| 予公开 |") joins its label`, () => {
    const text = draft('markdown', gen, (t) =>
      t
        .replace(`|  | （三）不予公开 | 1.属于国家秘密 ${MD_Z7}`, `|  | （三）不 | 1.属于国家秘密 ${MD_Z7}`)
        .replace(`|  |  | 2.其他法律行政法规禁止公开 ${MD_Z7}`, `|  | 予公开 | 2.其他法律行政法规禁 ${MD_Z7}\n|  |  | 止公开 |  |  |  |  |  |  |  |`),
    );
    const t = assertRead(text, 't3', { refused1: Z7.split(' '), refused2: Z7.split(' ') });
    assert.ok(t.groups.has('refused'), 'the wrapped group label is read');
    quiet(text);
    assertFixAllSafe(text, {}, 'wrapped Markdown labels');
  });
}

for (const gen of GENS) {
  // ------------------------------------------------------------- b. detached values

  test(`${gen} b. PDF text: a label line without numbers and the next line holding exactly seven numbers is one row`, () => {
    const text = draft('space', gen, (t) => t.replace('（一）予以公开 2 1 0 0 0 0 3', '（一）予以公开\n2 1 0 0 0 0 3'));
    const t = assertRead(text, 't3', { open: ['2', '1', '0', '0', '0', '0', '3'] });
    assert.ok(t.rows.find((r) => r.id === 'open')!.cells.every((c) => c.placement === 'exact-width'));
    quiet(text);
    assertFixAllSafe(text, {}, 'detached values');
  });

  test(`${gen} b. PDF text: a detached row read by position has its arithmetic checked (a true positive)`, () => {
    const text = draft(
      'space',
      gen,
      (t) => t.replace('（一）予以公开 2 1 0 0 0 0 9', '（一）予以公开\n2 1 0 0 0 0 9'),
      (d) => setT3(d, 'open', 'total', 9),
    );
    const h = one(text, 'table-row-total');
    assert.ok(h.message.zh.includes('予以公开'), h.message.zh);
  });

  test(`${gen} b. PDF text: detached values that are not one line of exactly seven stay unread (nothing computed)`, () => {
    for (const [from, to] of [
      ['（一）予以公开 2 1 0 0 0 0 3', '（一）予以公开\n2 1 0 0\n0 0 3'],
      ['（一）予以公开 2 1 0 0 0 0 3', '（一）予以公开\n2 1 0 0 0 3'],
      ['（一）予以公开 2 1 0 0 0 0 3', '（一）予以公开\n2 1 0 0 0 0 3 5'],
    ]) {
      const text = draft('space', gen, (t) => t.replace(from, to));
      const row = table(text, 't3').rows.find((r) => r.id === 'open')!;
      assert.ok(row.unread !== undefined || row.status === 'count', `${to}: not read by position`);
      assert.ok(
        row.cells.every((c) => c.placement === 'guessed'),
        to,
      );
      for (const rule of ARITH) none(text, rule);
      assertFixAllSafe(text, {}, to);
    }
  });

  test(`${gen} b. Markdown: a label row with empty slots of its own does not take the next row's numbers`, () => {
    const text = draft('markdown', gen, (t) =>
      t.replace(
        '| 三、本年度办理结果 | （一）予以公开 |  | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
        '| 三、本年度办理结果 | （一）予以公开 |  |  |  |  |  |  |  |  |\n| 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
      ),
    );
    const row = table(text, 't3').rows.find((r) => r.id === 'open')!;
    assert.ok(row.cells.every((c) => c.placement === 'guessed'));
    for (const rule of ARITH) none(text, rule);
    assertFixAllSafe(text, {}, 'a Markdown row with its own empty slots');
  });

  // ------------------------------------------------------------- c. group labels as headings

  test(`${gen} c. Markdown: a group label written as a heading ("### (四) 无法提供") and its rows in a new table are read`, () => {
    const text = draft('markdown', gen, (t) =>
      t.replace(
        '|  | （四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '\n### (四) 无法提供\n\n| 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n|---|---|---|---|---|---|---|---|',
      ),
    );
    const t = assertRead(text, 't3', { unable1: ['1', '0', '0', '0', '0', '0', '1'], unable2: Z7.split(' '), next: ['1', '0', '0', '0', '0', '0', '1'] });
    assert.ok(t.groups.has('unable'), 'the heading is the group label');
    quiet(text);
    assertFixAllSafe(text, {}, 'a group label as a heading');
  });

  test(`${gen} c. PDF text: a group label as a Markdown heading line inside the table is the group label`, () => {
    const text = draft('space', gen, (t) => t.replace('\n（五）不予处理\n', '\n## （五）不予处理\n'));
    const t = assertRead(text, 't3', { ignored1: Z7.split(' '), ignored5: Z7.split(' ') });
    assert.ok(t.groups.has('ignored'));
    quiet(text);
  });

  // ------------------------------------------------------------- d. one table in several pieces

  test(`${gen} d. Markdown: a table split into pieces with generic headers (数据1…) is one table; the headers are not rows`, () => {
    const header = (k: number) => '| ' + Array.from({ length: k }, (_, i) => `数据${i + 1}`).join(' | ') + ' |\n|' + '---|'.repeat(k);
    const text = draft('markdown', gen, (t) =>
      t
        .replace(/\n\|(?: {2}\|){10}\n\|(?:---\|){10}\n/, `\n${header(10)}\n`)
        .replace('|  | （四）无法提供 | 1.本机关不掌握相关政府信息 |', `\n${header(8)}\n| （四）无法提供 | 1.本机关不掌握相关政府信息 |`),
    );
    assert.ok(text.includes('数据10') && text.includes('数据8 |'));
    assertRead(text, 't3', { unable1: ['1', '0', '0', '0', '0', '0', '1'], ignored3: Z7.split(' '), next: ['1', '0', '0', '0', '0', '0', '1'] });
    assert.equal(lintAll(text).result.report.tables.filter((x) => x.kind === 't3').length, 1);
    quiet(text);
    assertFixAllSafe(text, {}, 'a table in pieces');
  });

  test(`${gen} d. Markdown: a blank cell in a piece after a generic header is found and fixed in its own row`, () => {
    const header = '| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 | 数据8 |\n|---|---|---|---|---|---|---|---|';
    const text = draft('markdown', gen, (t) =>
      t.replace('|  |  | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', `\n${header}\n| 2.没有现成信息需要另行制作 | 0 |  | 0 | 0 | 0 | 0 | 0 |`),
    );
    const h = one(text, 'table-cell-empty');
    assert.ok(h.message.zh.includes('没有现成信息'), h.message.zh);
    const fixed = assertFixAllSafe(text, {}, 'a blank in a piece');
    assert.ok(fixed.includes('| 2.没有现成信息需要另行制作 | 0 | 0 | 0 |'), 'the 0 went into the blank');
    assert.ok(!/数据\d+ \| 0/.test(fixed) && fixed.includes(header), 'the generic header is untouched');
  });
}

// ------------------------------------------------------------- e. table 四 in pieces

const T4_HEAD_MD = '| 行政复议 |  |  |  |  | 行政诉讼 |';
const T4_VALUES = '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0';
const FIVE = '结果维持 结果纠正 其他结果 尚未审结 总计';
const mdPiece = (title: string, values: string) =>
  `| ${title} |  |  |  |  |\n|---|---|---|---|---|\n| ${FIVE.split(' ').join(' | ')} |\n| ${values.split(' ').join(' | ')} |\n`;
/** Table 四 of the Markdown draft replaced by `pieces` (everything from its header to the section end). */
function t4As(gen: Gen, pieces: string, change?: (d: Draft) => void): string {
  return draft(
    'markdown',
    gen,
    (t) => {
      const from = t.indexOf(T4_HEAD_MD);
      const to = t.indexOf('五、存在');
      return t.slice(0, from) + pieces + '\n' + t.slice(to);
    },
    change,
  );
}
const spaceT4 = (gen: Gen, rows: string, change?: (d: Draft) => void) =>
  draft(
    'space',
    gen,
    (t) => {
      const from = t.indexOf('行政复议 行政诉讼');
      const to = t.indexOf('五、存在');
      return t.slice(0, from) + rows + '\n' + t.slice(to);
    },
    change,
  );

for (const gen of GENS) {
  test(`${gen} e. Markdown: table 四 as three five-column tables is read by position`, () => {
    const text = t4As(
      gen,
      [mdPiece('行政复议', '1 0 0 0 1'), mdPiece('行政诉讼（未经复议直接起诉）', '0 0 0 0 0'), mdPiece('行政诉讼（复议后起诉）', '0 0 0 0 0')].join('\n'),
    );
    const t = assertRead(text, 't4', { cases: T4_VALUES.split(' ') });
    assert.ok(t.rows[0].cells.every((c) => c.placement === 'exact-width'));
    quiet(text);
    assertFixAllSafe(text, {}, 'table 四 in three tables');
  });

  test(`${gen} e. Markdown: a wrong 总计 in the third piece is found (a true positive)`, () => {
    const text = t4As(gen, [mdPiece('行政复议', '1 0 0 0 1'), mdPiece('未经复议直接起诉', '0 0 0 0 0'), mdPiece('复议后起诉', '2 0 0 0 0')].join('\n'));
    const h = one(text, 'table-review-total');
    assert.match(h.message.en, /[a-z]/);
  });

  test(`${gen} e. PDF text: table 四 as three rows of five, with or without their group labels, is read by position`, () => {
    for (const rows of [
      `行政复议\n${FIVE}\n1 0 0 0 1\n行政诉讼（未经复议直接起诉）\n${FIVE}\n0 0 0 0 0\n行政诉讼（复议后起诉）\n${FIVE}\n0 0 0 0 0`,
      `${FIVE}\n行政复议 1 0 0 0 1\n未经复议直接起诉 0 0 0 0 0\n复议后起诉 0 0 0 0 0`,
      `行政复议 行政诉讼\n${FIVE} ${FIVE}\n1 0 0 0 1\n0 0 0 0 0\n0 0 0 0 0`,
    ]) {
      const text = spaceT4(gen, rows);
      assertRead(text, 't4', { cases: T4_VALUES.split(' ') });
      quiet(text);
      assertFixAllSafe(text, {}, rows);
    }
  });

  test(`${gen} e. table 四 pieces that are not three clean fives in template order stay unread (no sums, no count error)`, () => {
    for (const rows of [
      // Two pieces only.
      `${FIVE}\n行政复议 1 0 0 0 1\n未经复议直接起诉 0 0 0 0 0`,
      // Groups named out of template order.
      `${FIVE}\n行政复议 1 0 0 0 1\n复议后起诉 0 0 0 0 0\n未经复议直接起诉 0 0 0 0 0`,
      // A piece of four.
      `${FIVE}\n行政复议 1 0 0 0 1\n未经复议直接起诉 0 0 0 0\n复议后起诉 0 0 0 0 0`,
    ]) {
      const text = spaceT4(gen, rows);
      const row = table(text, 't4').rows[0];
      assert.ok(
        row.cells.every((c) => c.placement === 'guessed'),
        rows,
      );
      for (const rule of [...ARITH, 'table-cell-count', 'table-cell-empty']) none(text, rule);
      assertFixAllSafe(text, {}, rows);
    }
  });
}

// ------------------------------------------------------------- f. page footers

for (const gen of GENS) {
  test(`${gen} f. PDF text: page footers inside a table ("— 3 —", "- 3 -", "第 3 页", a lone page number) are skipped`, () => {
    for (const footer of ['— 3 —', '- 3 -', '第 3 页', '第3页 共10页', '3']) {
      const text = draft('space', gen, (t) =>
        t
          .replace(`4.保护第三方合法权益 ${Z7}\n`, `4.保护第三方合法权益 ${Z7}\n\n${footer}\n\n`)
          .replace(`${FIVE} ${FIVE}\n`, `${FIVE} ${FIVE}\n${footer === '3' ? '— 4 —' : footer}\n`),
      );
      assertRead(text, 't3', { refused4: Z7.split(' '), refused5: Z7.split(' ') });
      assertRead(text, 't4', { cases: T4_VALUES.split(' ') });
      quiet(text);
      assertFixAllSafe(text, {}, `footer ${footer}`);
    }
  });

  test(`${gen} f. PDF text: a footer between a label and its detached values does not hide them; a wrapped label across a footer joins`, () => {
    const text = draft('space', gen, (t) =>
      t
        .replace('（一）予以公开 2 1 0 0 0 0 3', '（一）予以公开\n\n— 2 —\n\n2 1 0 0 0 0 3')
        .replace(`2.其他法律行政法规禁止公开 ${Z7}`, `2.其他法律行政法规禁\n第 3 页\n止公开 ${Z7}`),
    );
    assertRead(text, 't3', { open: ['2', '1', '0', '0', '0', '0', '3'], refused2: Z7.split(' ') });
    quiet(text);
  });

  test(`${gen} f. one value per line: a lone number is a cell, never a page number`, () => {
    const b = build({ layout: 'cell-per-line', gen });
    const t = assertRead(b.text, 't3');
    assert.equal(
      t.rows
        .find((r) => r.id === 'new')!
        .cells.map((c) => c.text)
        .join(' '),
      '3 1 0 0 0 0 4',
    );
    const t2 = assertRead(b.text, 't2');
    assert.ok(t2.rows.every((r) => r.cells.every((c) => c.text !== '')));
  });
}

// ------------------------------------------------------------- one list of header words

test('header words come from the template: every column label of every table is a header word for safe writes and table 三', () => {
  for (const col of allColumns()) {
    const key = col.keys[0];
    if (key.length > 2) assert.ok(HEADER_WORDS.includes(key), `${key} marks a header row`);
  }
  for (const col of T3_COLUMNS) for (const k of col.keys) assert.ok(isT3HeaderWord(k), `${k} is a table 三 header`);
  for (const w of ['申请人情况', '法人或其他组织', '信息内容', '本年废止件数', '采购项目数量', '行政诉讼']) assert.ok(HEADER_WORDS.includes(w), w);
  for (const w of ['其他', '总计']) assert.ok(!HEADER_WORDS.includes(w), `${w} is also a row label`);
});
