// Issue 9: layouts seen in real PDF→Markdown and PDF→text extractions that the
// first readers got wrong. Each draft is the known-good one of rules/_helpers.ts
// rewritten the way a converter writes that layout class (own minimal
// examples, no real report text). What the layout lets a careful reader read is
// read, and a planted defect in it is found; what it does not is unread and
// named by table-unaligned — never an error, never an empty-cell claim for a
// cell whose number stands elsewhere. Fix-all stays safe on every one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build, hits, lintAll, none, one, setT2, setT3, setT4, type Draft, type Gen } from './rules/_helpers';
import { assertFixAllSafe } from '../fix-safety';
import { ARITH, assertRead, quiet, table } from './table-read';

const GENS: Gen[] = ['2021', '2019'];
const Z7 = '0 0 0 0 0 0 0';
const md = (values: string) => `| ${values.split(' ').join(' | ')} |`;
const rule = (k: number) => '|' + '---|'.repeat(k);

/** The Markdown draft rewritten by `edit`; asserts the rewrite happened. */
function draft(gen: Gen, edit: (t: string) => string, change?: (d: Draft) => void): string {
  const text = build({ layout: 'markdown', gen }, change).text;
  const out = edit(text);
  assert.notEqual(out, text, 'the layout rewrite applies');
  return out;
}

// ------------------------------------------------- a. row labels as headings over small tables

const HEAD8 = `| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |\n${rule(8)}`;
const STRAY = `| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |\n${rule(8)}`;
const half = (label: string) => label.replace(/（([一二三四五六七八九十])）/, '($1) ');
const bare = (label: string) => label.replace(/^(?:[一二三四五六七八九十]、|（[一二三四五六七八九十]）)/, '');
const spaced = (label: string) => label.replace(/^(\d)\./, '$1. ');

/**
 * Table 三 the way one converter writes it: every row and group label as a
 * heading; a row's numbers in a small table under it whose row repeats the
 * label; generic headers (类别, 数据1…); （六） cut short to "(六) 其他"; a
 * comma for 、 in a label; the last rows after a stray header row of words.
 */
function headingsLayout(d: Draft): string {
  const out: string[] = ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', ''];
  const rows = (ids: string[]) => ids.map((id) => d.t3.find((r) => r.id === id)!);
  const row = (label: string, values: string[]) => `| ${label} | ${values.join(' | ')} |`;
  for (const r of d.t3) {
    if (r.id === 'resultTotal') break;
    if (r.level === 3) continue;
    if (r.id === 'otherHandling') {
      out.push('### (六) 其他', HEAD8);
      if (r.values) out.push(row('其他处理', r.values));
      else {
        const other1 = d.t3.find((x) => x.id === 'other1')!;
        out.push(row(spaced(other1.label).replace('、', ', '), other1.values!));
      }
      out.push('');
      continue;
    }
    out.push(`### ${half(r.label)}`);
    if (r.values) out.push(HEAD8, row(bare(r.label), r.values));
    else if (r.id !== 'results') {
      out.push(HEAD8);
      for (const sub of d.t3.filter((x) => x.level === 3 && d.t3.indexOf(x) > d.t3.indexOf(r))) {
        const parentIdx = d.t3
          .slice(0, d.t3.indexOf(sub))
          .filter((x) => x.level < 3)
          .pop();
        if (parentIdx !== r) continue;
        out.push(row(spaced(sub.label), sub.values!));
      }
    }
    out.push('');
  }
  out.push(STRAY);
  const tail = d.gen === '2021' ? ['other2', 'other3', 'resultTotal', 'next'] : ['resultTotal', 'next'];
  for (const r of rows(tail)) out.push(row(spaced(r.label), r.values!));
  return out.join('\n') + '\n\n';
}

/** The Markdown draft with table 三 replaced by its `layout` rendering. */
function t3As(gen: Gen, layout: (d: Draft) => string, change?: (d: Draft) => void): string {
  const b = build({ layout: 'markdown', gen }, change);
  const from = b.text.indexOf('| （本列数据的勾稽关系为');
  const to = b.text.indexOf('四、政府信息公开行政复议');
  assert.ok(from > 0 && to > from);
  return b.text.slice(0, from) + layout(b.draft) + b.text.slice(to);
}

for (const gen of GENS) {
  test(`${gen} a. Markdown: row labels as headings over a small table repeating the label are the rows that hold the numbers`, () => {
    const text = t3As(gen, headingsLayout);
    assert.ok(text.includes('### (一) 予以公开') && text.includes('| 予以公开 | 2 | 1 |'));
    const t = assertRead(text, 't3', {
      new: '3 1 0 0 0 0 4',
      carry: '1 0 0 0 0 0 1',
      open: '2 1 0 0 0 0 3',
      partial: Z7,
      unable1: '1 0 0 0 0 0 1',
      resultTotal: '3 1 0 0 0 0 4',
      next: '1 0 0 0 0 0 1',
      ...(gen === '2021' ? { other1: Z7, other2: Z7, other3: Z7 } : { otherHandling: Z7 }),
    });
    for (const g of ['results', 'refused', 'unable', 'ignored', ...(gen === '2021' ? ['otherHandling'] : [])]) assert.ok(t.groups.has(g), `group ${g}`);
    quiet(text);
    assertFixAllSafe(text, {}, 'labels as headings');
  });

  test(`${gen} a. Markdown, labels as headings: a wrong total and a real blank cell are found in the row that holds the numbers`, () => {
    const wrong = t3As(gen, headingsLayout, (d) => setT3(d, 'open', 'total', 9));
    const h = one(wrong, 'table-row-total');
    assert.ok(h.message.zh.includes('予以公开'), h.message.zh);
    const blank = t3As(gen, headingsLayout, (d) => setT3(d, 'refused3', 'research', ''));
    const e = one(blank, 'table-cell-empty');
    assert.ok(e.message.zh.includes('危及') && !e.message.zh.includes('均为空'), e.message.zh);
    assertFixAllSafe(blank, {}, 'a blank under a heading label');
  });

  test(`${gen} a. Markdown: a header row of words between rows ("| 项目 | 予以公开 | … | 结转下年度 | 总计 |") is no row`, () => {
    const text = draft(gen, (t) => t.replace('|  | （七）总计 |', `\n${STRAY}\n|  | （七）总计 |`));
    assertRead(text, 't3', { open: '2 1 0 0 0 0 3', resultTotal: '3 1 0 0 0 0 4', next: '1 0 0 0 0 0 1' });
    quiet(text);
  });
}

test('2021 a. a label with a comma for 、 is the row; a sentence with a comma stays prose', () => {
  const text = draft('2021', (t) =>
    t.replace('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1.申请人无正当理由逾期不补正, 行政机关不再处理其政府信息公开申请'),
  );
  assertRead(text, 't3', { other1: Z7 });
  quiet(text);
  const prose = draft('2021', (t) => t.replace('上年结转1件，均已按时答复。', '上年结转1件，申请人无正当理由逾期不补正, 行政机关不再处理1件。'));
  assert.equal(lintAll(prose).result.report.tables.filter((x) => x.kind === 't3').length, 1, 'the sentence starts no table');
  quiet(prose);
});

// ------------------------------------------------- b. labels alone, numbers in unlabeled rows elsewhere

const PARTIAL_MD = `|  | （二）部分公开（区分处理的，只计这一情形，不计其他情形） |  | ${md(Z7).slice(2)}`;
const REFUSED1_MD = `|  | （三）不予公开 | 1.属于国家秘密 | ${md(Z7).slice(2)}`;

/**
 * （二）部分公开 as a label wrapped over two text lines, its group label
 * alone, and its numbers in a row of numbers without a label after the next
 * row (each Markdown piece with its own delimiter row).
 */
const detachedPartial = (t: string) =>
  t.replace(
    `${PARTIAL_MD}\n${REFUSED1_MD}`,
    `\n（二）部分公开（区分处理的，只\n计这一情形，不计其他情形）\n（三）不予公开\n| 1.属于国家秘密 | ${md(Z7).slice(2)}\n${rule(8)}\n${md(Z7)}\n${rule(7)}`,
  );

for (const gen of GENS) {
  test(`${gen} b. Markdown: wrapped labels standing alone while unlabeled rows of numbers stand elsewhere are unread, not empty`, () => {
    const text = draft(gen, (t) =>
      detachedPartial(t).replace(
        `|  |  | 5.属于三类内部事务信息 | ${md(Z7).slice(2)}\n|  |  | 6.属于四类过程性信息 |`,
        `5.属于三类内部事务信\n息\n| 6.属于四类过程性信息 |`,
      ),
    );
    assert.ok(text.includes('5.属于三类内部事务信\n息\n| 6.'));
    const t = table(text, 't3');
    for (const id of ['partial', 'refused5']) {
      const r = t.rows.find((x) => x.id === id)!;
      assert.equal(r.unread, 'detached', `${id} unread`);
      assert.ok(r.cells.every((c) => c.placement === 'guessed'));
    }
    for (const r of ['table-cell-empty', 'table-cell-count', 'table-row-missing', ...ARITH]) none(text, r);
    const u = one(text, 'table-unaligned');
    assert.ok(u.message.zh.includes('“（二）部分公开”的数字不在标签所在行') && u.message.zh.includes('5.属于三类内部事务信息'), u.message.zh);
    assert.match(u.message.en, /not on its label's line/);
    assertFixAllSafe(text, {}, 'detached values');
  });

  test(`${gen} b. Markdown: a row read by position from the line after its label is unread too when numbers stand unlabeled elsewhere`, () => {
    const text = draft(gen, (t) =>
      detachedPartial(t).replace(
        `|  | （四）无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n|  |  | 2.`,
        `（四）无法提供\n1.本机关不掌握相关政\n府信息\n${md('1 0 0 0 0 0 1')}\n${rule(7)}\n| 2.`,
      ),
    );
    assert.ok(text.includes('府信息\n| 1 | 0'));
    const r = table(text, 't3').rows.find((x) => x.id === 'unable1')!;
    assert.equal(r.unread, 'detached');
    for (const x of ['table-cell-empty', ...ARITH]) none(text, x);
  });

  test(`${gen} b. a label alone in a table without unlabeled numbers is a really blank row (table-cell-empty stays)`, () => {
    const text = draft(gen, (t) =>
      t.replace(`${PARTIAL_MD}\n|  | （三）不予公开 |`, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n| （三）不予公开 |'),
    );
    const h = one(text, 'table-cell-empty');
    assert.ok(h.message.zh.includes('部分公开') && h.message.zh.includes('均为空'), h.message.zh);
  });
}

// ------------------------------------------------- c. short rows in narrow fragments

for (const gen of GENS) {
  const b1 = gen === '2021' ? '行政规范性文件' : '规范性文件';
  const narrow = (t: string) =>
    t.replace(`| 规章 | 0 | 0 | 0 |\n| ${b1} | 2 |`, `10\n| 规章 | 0 | 0 |\n${rule(3)}\n## 表二：主动公开政府信息情况\n| ${b1} | 2 |`);

  test(`${gen} c. Markdown: a short row in a fragment narrower than the template is unread, not a width error`, () => {
    const text = draft(gen, narrow);
    const r = table(text, 't2').rows.find((x) => x.id === 'b1.rules')!;
    assert.equal(r.unread, 'truncated');
    none(text, 'table-cell-count');
    const u = one(text, 'table-unaligned');
    assert.ok(u.message.zh.includes('“规章”只读到2个数字（模板为3列）'), u.message.zh);
    assert.match(u.message.en, /only 2 numbers of "Rules"/);
    assertFixAllSafe(text, {}, 'a narrow fragment');
  });

  test(`${gen} c. Markdown: a short row in a table as wide as the template stays a width error (table-cell-count)`, () => {
    const text = draft(gen, (t) => t.replace('| 规章 | 0 | 0 | 0 |', '| 规章 | 0 | 0 |'));
    const h = one(text, 'table-cell-count');
    assert.ok(h.message.zh.includes('“规章”行有2个数字，模板为3列'), h.message.zh);
  });

  test(`${gen} c. Markdown: a short row among fragments of one width (page breaks) stays a width error`, () => {
    const text = draft(gen, (t) => t.replace(`|  |  | 3.要求提供公开出版物 | ${md(Z7).slice(2)}`, `|  |  | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 |`));
    assert.ok(one(text, 'table-cell-count').message.zh.includes('有6个数字'));
  });
}

// ------------------------------------------------- d. group labels broken over lines

for (const gen of GENS) {
  test(`${gen} d. PDF→Markdown: group labels broken over lines and interleaved ("（四）无" … "法提供") are not missing`, () => {
    const text = draft(gen, (t) =>
      t
        .replace('| 三、本年度办理结果 | （一）予以公开 |  |', '三、本\n年度办\n理结果\n| （一）予以公开 |  |')
        .replace('|  | （四）无法提供 | 1.本机关不掌握相关政府信息 |', `（四）无\n| 1.本机关不掌握相关政府信息 |`)
        .replace('|  |  | 2.没有现成信息需要另行制作 |', '法提供\n|  |  | 2.没有现成信息需要另行制作 |'),
    );
    const t = assertRead(text, 't3', { open: '2 1 0 0 0 0 3', unable1: '1 0 0 0 0 0 1' });
    assert.ok(t.groups.has('results') && t.groups.has('unable'));
    quiet(text);
  });

  test(`${gen} d. a group label absent without any fragment of it is still missing (a true positive)`, () => {
    const text = draft(gen, (t) => t.replace('|  | （四）无法提供 | 1.本机关不掌握相关政府信息 |', '|  |  | 1.本机关不掌握相关政府信息 |'));
    const h = one(text, 'table-row-missing');
    assert.ok(h.message.zh.includes('（四）无法提供'), h.message.zh);
  });
}

// ------------------------------------------------- e. table 四 as three tables under headings

const FIVE_MD = `| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n${rule(5)}`;
const piece = (title: string, values: string) => `### ${title}\n${FIVE_MD}\n${md(values)}\n`;

function t4As(gen: Gen, pieces: string[], change?: (d: Draft) => void): string {
  return draft(
    gen,
    (t) => {
      const from = t.indexOf('| 行政复议 |');
      const to = t.indexOf('五、存在');
      return t.slice(0, from) + pieces.join('\n') + '\n' + t.slice(to);
    },
    change,
  );
}

for (const gen of GENS) {
  test(`${gen} e. Markdown: table 四 as three five-column tables, each under a heading, is read in template order`, () => {
    const text = t4As(gen, [piece('行政复议', '1 0 0 0 1'), piece('行政诉讼（未经复议直接起诉）', '0 0 0 0 0'), piece('行政诉讼（复议后起诉）', '0 0 0 0 0')]);
    const t = assertRead(text, 't4', { cases: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0' });
    assert.ok(t.rows[0].cells.every((c) => c.placement === 'exact-width'));
    quiet(text);
    assertFixAllSafe(text, {}, 'table 四 under headings');
  });

  test(`${gen} e. Markdown: a wrong 总计 in a piece under a heading is found (a true positive)`, () => {
    const text = t4As(
      gen,
      [piece('行政复议', '1 0 0 0 1'), piece('行政诉讼（未经复议直接起诉）', '0 0 0 0 0'), piece('行政诉讼（复议后起诉）', '2 0 0 0 0')],
      (d) => setT4(d, 'afterUpheld', 2),
    );
    assert.equal(hits(text, 'table-review-total').length, 1);
    none(text, 'table-cell-count');
  });

  test(`${gen} e. Markdown: pieces under headings out of template order stay unread (no sums, no width error)`, () => {
    const text = t4As(gen, [piece('行政复议', '1 0 0 0 1'), piece('行政诉讼（复议后起诉）', '0 0 0 0 0'), piece('行政诉讼（未经复议直接起诉）', '0 0 0 0 0')]);
    assert.ok(table(text, 't4').rows[0].cells.every((c) => c.placement === 'guessed'));
    for (const r of [...ARITH, 'table-cell-count', 'table-cell-empty']) none(text, r);
  });
}

// ------------------------------------------------- f. prose is no table anchor

for (const gen of GENS) {
  test(`${gen} f. a PDF line of prose naming 上年结转 with spaced numbers starts no table`, () => {
    const text = draft(gen, (t) =>
      t.replace(
        '（二）依申请公开。本年度共收到政府信息公开申请4件，上年结转1件，均已按时答复。',
        '（二）依申请公开。本年度共收到申请 4 件，办结 4 件（含\n上年结转 1 件），均在法定期限内答复。其中，予以公开及部\n分公开 3 件。',
      ),
    );
    const t3s = lintAll(text).result.report.tables.filter((x) => x.kind === 't3');
    assert.equal(t3s.length, 1);
    assert.equal(t3s[0].section, 3);
    quiet(text);
  });
}

// ------------------------------------------------- table 二 control: a planted defect in a narrow fragment's neighbour

test('2021 c. a table 二 row read with confidence next to a narrow fragment keeps its checks', () => {
  const text = draft(
    '2021',
    (t) => t.replace('| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 2 |', `| 规章 | 0 | 0 |\n${rule(3)}\n| 行政规范性文件 | 2 |`),
    (d) => setT2(d, 'b1.normative', 'valid', ''),
  );
  const h = one(text, 'table-cell-empty');
  assert.ok(h.message.zh.includes('行政规范性文件'), h.message.zh);
});

// ------------------------------------------------- g. table 四: group headers run together, a header row narrower than the row

const GLUED_T4 = [
  '行政复议行政诉讼',
  '未经复议直接起诉复议后起诉',
  '结果结果其他尚未',
  '总计结果结果其他尚未结果结果其他尚未',
  '维持纠正结果审结维持纠正结果审结',
  '| 维持 | 纠正 | 结果 | 审结 | 总计 | 总计 |',
  rule(6),
].join('\n');

const gluedT4 = (gen: Gen, values: string, change?: (d: Draft) => void) =>
  draft(
    gen,
    (t) => {
      const from = t.indexOf('| 行政复议 |');
      const to = t.indexOf('五、存在');
      return t.slice(0, from) + `${GLUED_T4}\n${md(values)}\n${rule(values.split(' ').length)}\n\n` + t.slice(to);
    },
    change,
  );

for (const gen of GENS) {
  test(`${gen} g. PDF→Markdown: table 四 under group headers run together is found and its row of exactly 15 read by position`, () => {
    const text = gluedT4(gen, '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0');
    assertRead(text, 't4', { cases: '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0' });
    quiet(text);
    assertFixAllSafe(text, {}, 'table 四 with glued headers');
  });

  test(`${gen} g. PDF→Markdown: a wrong 总计 in that row is found (a true positive)`, () => {
    const text = gluedT4(gen, '1 0 0 0 1 0 0 0 0 0 2 0 0 0 0', (d) => setT4(d, 'afterUpheld', 2));
    assert.equal(hits(text, 'table-review-total').length, 1);
  });

  test(`${gen} g. PDF→Markdown: 14 numbers under a header row narrower than the template are unread, not a width error`, () => {
    const text = gluedT4(gen, '1 0 0 0 1 0 0 0 0 0 0 0 0 0');
    const row = table(text, 't4').rows[0];
    assert.equal(row.unread, 'truncated');
    for (const r of [...ARITH, 'table-cell-count', 'table-cell-empty']) none(text, r);
    assert.ok(one(text, 'table-unaligned').message.zh.includes('只读到14个数字（模板为15列）'));
  });

  test(`${gen} g. Markdown: 14 numbers in a table 四 as wide as the template stay a width error`, () => {
    const text = draft(gen, (t) =>
      t.replace('| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |', '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'),
    );
    assert.ok(one(text, 'table-cell-count').message.zh.includes('有14个数字，模板为15列'));
  });
}
