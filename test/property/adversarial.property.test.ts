// Every scanner that reads user text stays linear on adversarial input: tags
// that never close, long runs of spaces, digits and separators, brackets that
// never close, heading marks by the thousand. fast-check picks the repeated
// unit (and line length); scaling.ts compares the time on n and 10n characters
// by ratio. Each generator targets a pattern that once backtracked (its old
// form is kept in linear-equivalence.property.test.ts), or one the issue named.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { htmlSource, looksLikeHtml } from '../../server/src/core/text/html';
import { readSource } from '../../server/src/core/text/read-source';
import { splitLines } from '../../server/src/core/model/cells';
import { findSectionHeadings, findSubHeadings } from '../../server/src/core/model/headings';
import { fcParams, SEEDS } from './helpers';
import { assertLinear, LINT_BOUND, measureScaling, repeatTo } from './scaling';

/** `count` copies of a line, one per line. */
const lines = (count: number, line: string) => Array.from({ length: count }, () => line).join('\n');

test('looksLikeHtml: tags that never close (a draft of "<p <p <p …") scan in linear time', () => {
  const unclosed = fc.constantFrom('<p ', '<P ', '</td ', '<br', '<span class=x ', '<table\n', '<tr\t', '<div "', '<p<p ');
  fc.assert(
    fc.property(unclosed, fc.string({ maxLength: 3 }), (unit, filler) => {
      assertLinear(`looksLikeHtml on ${JSON.stringify(unit + filler)}…`, looksLikeHtml, (n, v) => ' '.repeat(v) + repeatTo(unit + filler, n), 10_000);
    }),
    fcParams(6),
  );
});

const HTML_HEAD = '<html><body><p>a</p><p>b</p><div>c</div>';

/** A page of comments whose every ">" lies inside quotes, with a bare ">" every `every` comments. */
function quotedComments(n: number, every: number): string {
  const unit = '<!--"-->"';
  const parts = [HTML_HEAD];
  let len = HTML_HEAD.length;
  for (let k = 1; len < n; k++) {
    parts.push(unit);
    len += unit.length;
    if (k % every === 0) parts.push('>');
  }
  return parts.join('');
}

test('htmlSource: pages of tags, entities and lone "&" convert in linear time', () => {
  const unit = fc.constantFrom('&', '& ', '&nbsp', '&#', '<p>x</p>', '<td>1</td>', '<br>', '<p>&amp;</p>', '<p "x">', '<a>&');
  fc.assert(
    fc.property(unit, (u) => {
      // Sizes past the processor caches on both sides: below them the small page runs faster per character.
      assertLinear(`htmlSource on ${JSON.stringify(u)}…`, htmlSource, (n, v) => HTML_HEAD + repeatTo(u, n) + ' '.repeat(v), 200_000);
    }),
    fcParams(4),
  );
  // A page of "&" with no ";" near: each "&" once searched the rest of the page for one.
  assertLinear('htmlSource on "&&&…"', htmlSource, (n, v) => HTML_HEAD + '&'.repeat(n) + ' '.repeat(v), 200_000);
});

test('htmlSource: comments whose ">" all fall inside quotes convert as fast as a page of empty tags', () => {
  fc.assert(
    fc.property(fc.integer({ min: 100, max: 440 }), (every) => {
      const size = 300_000;
      const comments = quotedComments(size, every);
      const tags = HTML_HEAD + repeatTo('<a>', comments.length - HTML_HEAD.length);
      // Each tag's end lies up to 4,000 characters on; reading there from every "<" cost that much per tag.
      // About 1–4× now; walking from every "<" made it about 50×.
      const s = measureScaling(htmlSource, [tags, tags + ' '], [comments, comments + ' '], 8);
      assert.ok(s.ratio < 8, `quoted comments took ${s.ratio.toFixed(1)}× as long as empty tags (${s.bigMs.toFixed(1)} ms vs ${s.smallMs.toFixed(1)} ms)`);
    }),
    fcParams(3),
  );
});

test('reading a web page (cells read ahead, spans, containers, the report located) stays linear', () => {
  const unit = fc.constantFrom(
    '<td><span>', // a cell whose end never comes: read ahead to the page end once
    '<td>1<td>2<tr>', // cells and rows never closed
    '<tr><td rowspan=200 colspan=64>标签</td><td>1</td></tr>', // spans past the caps
    '<tr><td>&nbsp;</td><td><p><span></span></p></td></tr>',
    '<div><td>x</div></td></span></div>', // closes that match nothing or close through cells
    '<p>一、总体情况</p><p>示例市2021年</p><p>政府信息公开工作年度报告</p>', // headings and title candidates
    '<p>标题: 示例市2021年政府信息公开工作年度报告 原文链接: x</p><p>来源：x</p>',
    '<table><tr><td><table><tr><td>', // nested layout cells
  );
  fc.assert(
    fc.property(unit, (u) => {
      assertLinear(`readSource on ${JSON.stringify(u)}…`, readSource, (n, v) => HTML_HEAD + repeatTo(u, n) + ' '.repeat(v), 60_000);
    }),
    fcParams(8),
  );
});

test('splitLines: near-Markdown rules and PDF rows with long runs of spaces scan in linear time per line', () => {
  const line = fc.constantFrom(
    (n: number) => '--' + ' '.repeat(n) + 'x', // a rule that is not one: spaces, then a letter
    (n: number) => ' '.repeat(n) + '-x',
    (n: number) => '|--' + ' '.repeat(n) + '|x',
    (n: number) => '--' + '\u3000'.repeat(n) + '--x',
    (n: number) => 'a' + ' '.repeat(n) + 'b 1', // a PDF row: label, then one number
    (n: number) => '项目' + ' '.repeat(n) + '说明 0 0',
  );
  fc.assert(
    fc.property(line, (make) => {
      // Line lengths stay under the limits that bound these checks per line (600 and 2,000).
      assertLinear('splitLines', splitLines, (n, v) => lines(1_000 + v, make(n)), 50);
      assertLinear('splitLines', splitLines, (n, v) => lines(300 + v, make(n)), 150);
    }),
    fcParams(6),
  );
});

test('section headings: a long line of spaces between "二、" and a numeral without "、" scans in linear time', () => {
  const line = fc.constantFrom(
    (n: number) => 'x二、' + ' '.repeat(n) + '一x',
    (n: number) => '。三、' + '\u3000'.repeat(n) + '四 ',
    (n: number) => '说明二、' + ' \t'.repeat(n >> 1) + '五x',
  );
  fc.assert(
    fc.property(line, (make) => {
      const find = (text: string) => findSectionHeadings(text, splitLines(text));
      assertLinear('findSectionHeadings', find, (n, v) => lines(2 + v, make(n)), 1_500);
    }),
    fcParams(3),
  );
});

test('heading titles: runs of spaces inside a title scan in linear time', () => {
  const line = fc.constantFrom(
    (n: number) => '一、总体情况' + ' '.repeat(n) + '|',
    (n: number) => '（一）主动公开' + ' '.repeat(n) + 'x',
    (n: number) => '1.加强' + '\u3000'.repeat(n) + '｜',
  );
  fc.assert(
    fc.property(line, (make) => {
      const find = (text: string) => {
        const ls = splitLines(text);
        return [findSectionHeadings(text, ls), findSubHeadings(text, ls, () => false)];
      };
      assertLinear('headings', find, (n, v) => lines(200 + v, make(n)), 18);
    }),
    fcParams(3),
  );
});

const seed = SEEDS[0];
/** A real draft with `body` inserted after its first section heading (so the rules all run on it). */
const inDraft = (body: string) => seed.replace('一、总体情况', '一、总体情况\n' + body + '\n');

test('narrative sums: a long run of digits after "其中" scans in linear time', () => {
  const sentence = fc.constantFrom(
    (n: number) => '共1条，其中' + '1'.repeat(n) + 'x。',
    (n: number) => '共2件，分别为' + '１'.repeat(n) + '个。',
    (n: number) => '共3条，其中1条、' + '2'.repeat(n) + '.x条。',
  );
  fc.assert(
    fc.property(sentence, (make) => {
      // The list is read at most 400 characters on: the runs stay below that.
      assertLinear(
        'lint',
        (t: string) => lint(t),
        (n, v) => inDraft(lines(100 + v, make(n))),
        35,
        LINT_BOUND,
      );
    }),
    fcParams(3),
  );
});

/** What the issue named, and the characters the number, bracket, heading and exclusion scanners start on. */
const ATOMS = [
  '1,',
  '1，',
  '1 ',
  '1.',
  '1、',
  '１,',
  '0',
  '1',
  ' ',
  '\u3000',
  '\t',
  '（',
  '(',
  '〔2019',
  '[2019',
  '【2019',
  '﹝2019 ',
  '一、',
  '（一）',
  '<p ',
  '|',
  '| 1 ',
  '&',
  '2019年',
  '共1条',
  '其中',
  'http://',
  '@a',
  '“',
  '》',
  '4千',
  '万',
];

/** `unit` repeated to n characters, cut into lines of `lineEvery` (0: one line). */
function runOf(unit: string, n: number, lineEvery: number): string {
  const s = repeatTo(unit, n);
  if (lineEvery === 0) return s;
  const out: string[] = [];
  for (let i = 0; i < s.length; i += lineEvery) out.push(s.slice(i, i + lineEvery));
  return out.join('\n');
}

const lintForced = (t: string) => lint(t, { force: true });

test('lint: each adversarial run of the issue (separators, spaces, brackets that never close, heading marks) lints in linear time', () => {
  for (const atom of ATOMS) {
    assertLinear(`lint on ${JSON.stringify(atom)}…`, lintForced, (n, v) => inDraft(runOf(atom, n, 80)) + '\n'.repeat(v), 20_000, LINT_BOUND);
  }
});

test('lint: mixtures of the adversarial runs, on one line or many, lint in linear time', () => {
  const unit = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));
  fc.assert(
    fc.property(unit, fc.constantFrom(0, 80, 2_000), (u, lineEvery) => {
      assertLinear(
        `lint on ${JSON.stringify(u)}… (lines of ${lineEvery || 'any length'})`,
        lintForced,
        (n, v) => inDraft(runOf(u, n, lineEvery)) + '\n'.repeat(v),
        20_000,
        LINT_BOUND,
      );
    }),
    fcParams(8),
  );
});

test('lint: a web page of drafts saved on one line lints in linear time', () => {
  // Findings on a line of the whole page once walked the page for their line, and
  // each missing table row searched back over it for a "<tr"; sums in every paragraph make many findings.
  const escape = (l: string) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraph = fc.constantFrom('共1条，其中1条、2条。', '共3件，分别为1件、1件。', '本年共收到申请12件。共2条，其中1条。');
  fc.assert(
    fc.property(paragraph, (extra) => {
      const page = (size: number, v: number) => {
        const parts = ['<html><body>'];
        for (let len = 0, k = 0; len < size; k++) {
          const draft = SEEDS[k % SEEDS.length]
            .split('\n')
            .map((l) => `<p>${escape(l)}${extra}</p>`)
            .join('');
          parts.push(draft);
          len += draft.length;
        }
        return parts.join('') + '</body></html>' + ' '.repeat(v);
      };
      assertLinear('lint on a one-line page', (t: string) => lint(t), page, 100_000, LINT_BOUND);
    }),
    fcParams(3),
  );
});

test('lint: a 100 KB draft full of unclosed tags takes about as long as a normal 100 KB draft', () => {
  const size = 100 * 1024;
  const normal = repeatTo(SEEDS.join('\n'), size);
  const unclosed = inDraft(repeatTo('<p ', size - seed.length));
  const plain = repeatTo('<p ', size);
  for (const [what, text] of [
    ['a draft with 90 KB of "<p "', unclosed],
    ['100 KB of "<p "', plain],
  ] as const) {
    // Same protocol as the scaling checks, but the "small" side is a normal draft of the same size.
    const s = measureScaling((t: string) => lint(t), [normal, normal + '\n'], [text, text + '\n'], 3);
    assert.ok(
      s.ratio < 3,
      `${what}: lint took ${s.ratio.toFixed(1)}× as long as on a normal 100 KB draft (${s.bigMs.toFixed(0)} ms vs ${s.smallMs.toFixed(0)} ms)`,
    );
  }
});
