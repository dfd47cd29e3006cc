// The fix engine's safety net (core/fix/guard.ts): which errors count as new,
// rollback of exactly the fixes that add one (by bisection, not one lint per
// fix), and a rolled-back fix never tried again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FixGuard, newErrors } from '../../../server/src/core/fix/guard';
import { selectNonOverlapping } from '../../../server/src/core/fix/edits';
import type { Linter, LintedDocument } from '../../../server/src/core/lint';
import type { Finding, Fix } from '../../../server/src/core/types';

const err = (rule: string, zh: string, start: number, end = start + 1): Finding => ({
  rule,
  severity: 'error',
  message: { zh, en: zh },
  range: { start, end },
  fixes: [],
});

test('an error with the same rule and message is the same error, wherever it moved', () => {
  const before = [err('table-balance', '一+二≠七+四：自然人列', 10)];
  assert.deepEqual(newErrors(before, [err('table-balance', '一+二≠七+四：自然人列', 40)], []), []);
});

test('an error whose message a fix changed, still where it was, is not new', () => {
  const before = [err('date-invalid', '日期“2021 年13月1日”不存在', 10, 20)];
  const edits = [{ start: 15, end: 16, text: '' }];
  assert.deepEqual(newErrors(before, [err('date-invalid', '日期“2021年13月1日”不存在', 10, 19)], edits), []);
});

test('one more error of a rule is new; so is one elsewhere', () => {
  const before = [err('table-column-total', 'A', 10)];
  const after = [err('table-column-total', 'A', 10), err('table-column-total', 'B', 50), err('table-row-total', 'C', 10)];
  assert.deepEqual(
    newErrors(before, after, []).map((f) => f.message.zh),
    ['B', 'C'],
  );
});

/** A stand-in linter: an error for every "XX", safe fixes as below. Counts lints. */
function stub(): { linter: Linter; lints: () => number } {
  let n = 0;
  const lint = (text: string): LintedDocument => {
    n++;
    const findings: Finding[] = [];
    for (let i = text.indexOf('XX'); i >= 0; i = text.indexOf('XX', i + 1)) findings.push(err('double', '两个 X', i, i + 2));
    const offer = (at: number, ins: string) => {
      const fix: Fix = { title: { zh: `插入${ins}`, en: `insert ${ins}` }, edits: [{ start: at, end: at, text: ins }], safe: true };
      findings.push({ rule: 'ins', severity: 'info', message: { zh: ins, en: ins }, range: { start: at, end: at + 1 }, fixes: [fix] });
    };
    // "X" before every "a" (after "Xa" that makes an "XX"); "Y" after every "c" not yet followed by one.
    for (let i = text.indexOf('a'); i >= 0; i = text.indexOf('a', i + 1)) offer(i, 'X');
    for (let i = text.indexOf('c'); i >= 0; i = text.indexOf('c', i + 1)) if (text[i + 1] !== 'Y') offer(i + 1, 'Y');
    findings.sort((p, q) => p.range.start - q.range.start);
    // One report: the whole text.
    const parts = [{ range: { start: 0, end: text.length }, text, report: null, result: { findings } }];
    return { findings, parts, source: { isHtml: false } } as unknown as LintedDocument;
  };
  const linter = { lint, fork: () => linter } as unknown as Linter;
  return { linter, lints: () => n };
}

function run(guard: FixGuard, text: string): { text: string; passes: number } {
  let passes = 0;
  for (; passes < 10; passes++) {
    const safe = guard.admit(text, guard.lint(text).findings);
    const edits = selectNonOverlapping(safe);
    if (edits.length === 0) break;
    text = guard.apply(text, safe, edits).text;
  }
  return { text, passes };
}

test('the fixes that add an error are rolled back, the others kept, and the rolled-back ones never retried', () => {
  const { linter } = stub();
  const guard = new FixGuard(linter);
  const r = run(guard, 'Xa b c, Xa d c');
  assert.equal(r.text, 'Xa b cY, Xa d cY');
  assert.equal(guard.rolledBack, 2);
  assert.equal(r.passes, 1, 'the next pass finds nothing left to try');
});

test('one bad fix among many costs a handful of lints (bisection), not one per fix', () => {
  const { linter, lints } = stub();
  const guard = new FixGuard(linter);
  const text = Array.from({ length: 40 }, (_, i) => (i === 17 ? 'Xa' : 'c')).join(' ');
  const r = run(guard, text);
  assert.equal(guard.rolledBack, 1);
  assert.equal((r.text.match(/Y/g) ?? []).length, 39);
  assert.ok(lints() <= 16, `${lints()} lints`);
});

/** The stand-in linter over reports separated by "|": each report linted on its own text. */
function merged(): { linter: Linter; partLints: () => number } {
  const { linter: one } = stub();
  let n = 0;
  const own = { lint: (t: string) => (n++, one.lint(t)), fork: () => own } as unknown as Linter;
  const lint = (text: string): LintedDocument => {
    const parts: unknown[] = [];
    const findings: Finding[] = [];
    let start = 0;
    for (const piece of text.split('|')) {
      const doc = one.lint(piece);
      const shifted = doc.findings.map((f) => ({
        ...f,
        range: { start: f.range.start + start, end: f.range.end + start },
        fixes: f.fixes.map((x) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + start, end: e.end + start })) })),
      }));
      findings.push(...shifted);
      parts.push({ range: { start, end: start + piece.length }, text: piece, report: null, result: { findings: doc.findings } });
      start += piece.length + 1;
    }
    return { findings, parts, source: { isHtml: false } } as unknown as LintedDocument;
  };
  const linter = { lint, fork: () => own } as unknown as Linter;
  return { linter, partLints: () => n };
}

test('reports repeated in a merged file are searched for culprits once, and each copy is rolled back', () => {
  const single = merged();
  run(new FixGuard(single.linter), 'Xa c b c');
  const { linter, partLints } = merged();
  const guard = new FixGuard(linter);
  const r = run(guard, Array.from({ length: 20 }, () => 'Xa c b c').join('|'));
  assert.equal(r.text, Array.from({ length: 20 }, () => 'Xa cY b cY').join('|'));
  assert.equal(guard.rolledBack, 20);
  assert.equal(partLints(), single.partLints(), 'the search ran for the first copy only');
});
