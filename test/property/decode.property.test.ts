// The run-together decoder's search (decodeSearch.ts) is exact and bounded:
// on short runs it finds exactly the splits a brute force finds; on any run,
// adversarial ones included (40+ digits of 1s, of 0s and 1s), it visits at
// most MAX_STEPS nodes and answers — the work is counted, not timed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_DIGITS, MAX_STEPS, splitRow } from '../../server/src/core/model/tables/decodeSearch';
import { lint } from '../../server/src/core/lint';
import { baseDraft, render } from '../unit/rules/_helpers';
import { fcParams } from './helpers';

const WIDTH = 7;

/** Every split of the runs into WIDTH numbers (no leading zero, none crossing a run) whose last is the sum of the others. */
function bruteForce(runs: string[]): number[][] {
  const out: number[][] = [];
  const pick = (run: number, pos: number, acc: string[]): void => {
    if (acc.length > WIDTH) return;
    if (run === runs.length) {
      if (acc.length !== WIDTH) return;
      const v = acc.map(Number);
      if (v.slice(0, -1).reduce((a, b) => a + b, 0) === v[WIDTH - 1]) out.push(v);
      return;
    }
    const r = runs[run];
    for (let len = 1; pos + len <= r.length; len++) {
      const s = r.slice(pos, pos + len);
      if ((s.length > 1 && s[0] === '0') || s.length > MAX_DIGITS) break;
      if (pos + len === r.length) pick(run + 1, 0, [...acc, s]);
      else pick(run, pos + len, [...acc, s]);
    }
  };
  pick(0, 0, []);
  return out;
}

const digitRun = (max: number) => fc.array(fc.constantFrom('0', '0', '1', '1', '2', '5', '9'), { minLength: 1, maxLength: max }).map((a) => a.join(''));

test('splitRow agrees with a brute force on short runs: unique, ambiguous or none exactly when it should be', () => {
  fc.assert(
    fc.property(fc.array(digitRun(8), { minLength: 1, maxLength: 3 }), (runs) => {
      const all = bruteForce(runs);
      const r = splitRow(runs, WIDTH);
      const digits = runs.join('');
      if (digits.length < WIDTH || runs.length > WIDTH) return assert.equal(r.kind, 'none');
      if (all.length === 0) return assert.equal(r.kind, 'none', JSON.stringify(runs));
      if (all.length > 1) {
        assert.equal(r.kind, 'ambiguous', JSON.stringify(runs));
        if (r.kind === 'ambiguous') for (const reading of r.readings) assert.ok(all.some((a) => a.join() === reading.join()));
        return;
      }
      assert.equal(r.kind, 'unique', JSON.stringify(runs));
      if (r.kind !== 'unique') return;
      assert.deepEqual(r.values, all[0]);
      assert.equal(r.values.map(String).join(''), digits, 'the cells are the digits, in order');
      assert.equal(
        r.lengths.reduce((a, b) => a + b, 0),
        digits.length,
      );
    }),
    fcParams(400),
  );
});

test('splitRow is bounded on any run up to 60 digits: at most MAX_STEPS nodes, and an answer', () => {
  const adversarial = fc.oneof(
    digitRun(60),
    fc.integer({ min: 7, max: 60 }).map((n) => '1'.repeat(n)),
    fc.integer({ min: 7, max: 60 }).map((n) => '10'.repeat(n).slice(0, n)),
    fc.integer({ min: 7, max: 42 }).map((n) => '9'.repeat(n - 6) + '999999'),
    fc.integer({ min: 7, max: 42 }).map((n) => '123456789'.repeat(5).slice(0, n)),
  );
  fc.assert(
    fc.property(fc.array(adversarial, { minLength: 1, maxLength: 3 }), (runs) => {
      const stats = { steps: 0 };
      const r = splitRow(runs, WIDTH, { stats });
      assert.ok(stats.steps <= MAX_STEPS + 1, `${stats.steps} steps on ${JSON.stringify(runs)}`);
      assert.ok(['unique', 'ambiguous', 'none', 'limit'].includes(r.kind));
      if (runs.join('').length > WIDTH * MAX_DIGITS) assert.equal(r.kind, 'limit');
    }),
    fcParams(300),
  );
});

test('a table 三 whose every row is a 40-digit run is linted, each row unread (never guessed)', () => {
  const d = baseDraft('2021');
  const b = render(d, 'pipe');
  const rows = d.t3.map((r, i) => r.label + (r.values ? '1'.repeat(40 - (i % 3)) : ''));
  const text = b.text.slice(0, b.offset('t3')) + rows.join('\n') + '\n' + b.text.slice(b.offset('h4'));
  const t3 = lint(text).report.tables.find((t) => t.kind === 't3')!;
  assert.ok(t3.rows.length > 20);
  for (const row of t3.rows) {
    assert.equal(row.unread, 'run-together', row.id);
    assert.ok(row.cells.every((c) => c.placement === 'guessed'));
  }
});
