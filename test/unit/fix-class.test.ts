// A rule's fixClass bounds its fixes at the one place findings are made: fix-all
// applies only safe fixes, so a 'suggest' rule never yields one and a 'none'
// rule yields no fix at all, whatever its code passes to ctx.add.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeFinding, watchFixClassViolations, type FixClassViolation } from '../../server/src/core/findings';
import { ruleById } from '../../server/src/core/rules';
import type { Fix } from '../../server/src/core/types';

const fix = (safe: boolean, text = '0'): Fix => ({ title: { zh: '改', en: 'fix' }, edits: [{ start: 0, end: 1, text }], safe });
const input = (fixes: Fix[]) => ({ range: { start: 0, end: 1 }, message: { zh: '问题', en: 'problem' }, fixes });

function made(rule: string, fixes: Fix[]) {
  const seen: FixClassViolation[] = [];
  const unwatch = watchFixClassViolations((v) => seen.push(v));
  try {
    return { fixes: makeFinding(ruleById(rule)?.meta ?? { id: rule, fixClass: 'safe' }, 'warning', input(fixes)).fixes, seen };
  } finally {
    unwatch();
  }
}

test('the fix classes used below are the ones the metas declare', () => {
  assert.equal(ruleById('section-order')?.meta.fixClass, 'none');
  assert.equal(ruleById('table-row-total')?.meta.fixClass, 'suggest');
  assert.equal(ruleById('number-space')?.meta.fixClass, 'safe');
});

test("a 'none' rule produces no fix: offered fixes are dropped and reported to the watcher", () => {
  const r = made('section-order', [fix(true), fix(false)]);
  assert.deepEqual(r.fixes, []);
  assert.deepEqual(
    r.seen.map((v) => [v.rule, v.fixClass, v.fix.safe]),
    [
      ['section-order', 'none', true],
      ['section-order', 'none', false],
    ],
  );
});

test("a 'suggest' rule never produces a safe fix: safe fixes become suggestions, edits kept", () => {
  const r = made('table-row-total', [fix(true, '7'), fix(false, '8')]);
  assert.deepEqual(
    r.fixes.map((f) => [f.safe, f.edits[0].text]),
    [
      [false, '7'],
      [false, '8'],
    ],
  );
  assert.deepEqual(
    r.seen.map((v) => [v.rule, v.fixClass, v.fix.edits[0].text]),
    [['table-row-total', 'suggest', '7']],
  );
});

test("a 'suggest' rule's suggestions and a 'safe' rule's fixes pass unchanged, with no violation", () => {
  const suggestions = [fix(false)];
  const s = made('table-row-total', suggestions);
  assert.equal(s.fixes, suggestions);
  const both = [fix(true), fix(false)];
  const safe = made('number-space', both);
  assert.equal(safe.fixes, both);
  assert.deepEqual([...s.seen, ...safe.seen], []);
});

test('a finding without fixes has an empty fix list', () => {
  assert.deepEqual(makeFinding(ruleById('section-order')!.meta, 'error', { range: { start: 0, end: 0 }, message: { zh: '甲', en: 'a' } }).fixes, []);
});
