// The content rules on adversarial and random input: the repeat scan of
// word-duplicated and the marker scan of enumeration-sequence stay linear on
// text built to make a backtracking search blow up (one long periodic line,
// markers by the thousand), and the word-duplicated suggestion always deletes
// exactly the pasted copy, whatever the unit.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/core/lint';
import { applyEdits } from '../../server/src/core/fix/edits';
import { findRepeats, periodicRuns } from '../../server/src/core/rules/wording/repeats';
import { fcParams } from './helpers';
import { assertLinear, LINT_BOUND, repeatTo } from './scaling';

const HEAD = '示例市司法局2021年政府信息公开工作年度报告\n一、总体情况\n';
const TAIL =
  '\n五、存在的主要问题及改进情况\n存在的问题：政策解读形式较为单一。改进措施：丰富解读形式，加强培训。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n';

test('findRepeats: periodic lines, near-periodic lines and runs of marks scan in linear time', () => {
  const unit = fc.constantFrom('审核', '审核审', '研究研究讨论', '，', '、谁', ' ', '一是', '（一）', 'ab', '聚焦新中国成立 70 周年', '的的');
  fc.assert(
    fc.property(unit, fc.string({ maxLength: 2 }), (u, filler) => {
      const scan = (t: string) => findRepeats(t, 0, t.length);
      assertLinear(`findRepeats on ${JSON.stringify(u + filler)}…`, scan, (n, v) => ' '.repeat(v) + repeatTo(u + filler, n), 20_000);
    }),
    fcParams(6),
  );
});

test('lint: a report with one long line of repeats or enumeration markers lints in linear time', () => {
  const lintForced = (t: string) => lint(t, { force: true });
  for (const atom of ['审核', '一是；三是；', '第一，第三，', '（一）；（三）；', '公开、谁', '2021年将继续', '本年度（2020年）']) {
    assertLinear(`lint on ${JSON.stringify(atom)}…`, lintForced, (n, v) => HEAD + repeatTo(atom, n) + '\n'.repeat(v) + TAIL, 20_000, LINT_BOUND);
  }
});

/** Units of 2–6 汉字 that are no repeat of a shorter unit (those are reported as the shorter one). */
const primitiveUnit = fc
  .array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 2, maxLength: 6 })
  .map((cs) => String.fromCharCode(...cs))
  .filter((u) => findRepeats(u + u, 0, 2 * u.length).every((r) => r.unit === u.length) && u[0] !== '一');

test('word-duplicated: any unit pasted twice is one finding whose suggestion leaves the sentence as written once', () => {
  fc.assert(
    fc.property(primitiveUnit, (u) => {
      const once = `（一）主动公开。本局推进${u}工作。`;
      const text = HEAD + `（一）主动公开。本局推进${u}${u}工作。` + TAIL;
      const found = lint(text).findings.filter((f) => f.rule === 'word-duplicated');
      assert.equal(found.length, 1, `one finding for ${u}${u}`);
      assert.equal(found[0].fixes.length, 1);
      assert.equal(found[0].fixes[0].safe, false);
      assert.equal(applyEdits(text, found[0].fixes[0].edits), HEAD + once + TAIL);
    }),
    fcParams(60),
  );
});

/** The first implementation of findRepeats (a scan per period): the reference the pairing scan must agree with. */
function referenceRepeats(t: string, from: number, to: number) {
  const brk = (c: number) => c === 10 || c === 13 || c === 0x7c || c === 0xff5c || c === 9 || c === 0x2028 || c === 0x2029;
  const spans: { start: number; len: number; unit: number }[] = [];
  for (let L = 2; L <= 40; L++) {
    let run = 0;
    const last = to - L;
    for (let j = from; j <= last; j++) {
      const c = j < last ? t.charCodeAt(j) : -1;
      if (c !== -1 && c === t.charCodeAt(j + L) && !brk(c)) {
        run++;
        continue;
      }
      if (run >= L) spans.push({ start: j - run, len: run, unit: L });
      run = 0;
    }
  }
  return spans;
}

test('the pairing scan finds exactly the runs the per-period scan finds (random text over a small alphabet, with breaks)', () => {
  const text = fc.array(fc.constantFrom('审', '核', '公', '开', ' ', '，', '\n', '|', '1', '一', '是'), { maxLength: 160 }).map((cs) => cs.join(''));
  const key = (r: { start: number; len?: number; length?: number; unit: number }) => `${r.unit}@${r.start}+${r.len ?? r.length}`;
  fc.assert(
    fc.property(text, fc.nat(5), (t, cut) => {
      const from = Math.min(cut, t.length);
      assert.deepEqual(periodicRuns(t, from, t.length).map(key).sort(), referenceRepeats(t, from, t.length).map(key).sort(), JSON.stringify(t));
    }),
    fcParams(500),
  );
});
