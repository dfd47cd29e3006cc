// The run-together decoder's search (decodeSearch.ts) is exact and bounded:
// on short runs it finds exactly the splits a brute force finds; on any run,
// adversarial ones included (40+ digits of 1s, of 0s and 1s), it visits at
// most MAX_STEPS nodes and answers — the work is counted, not timed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_DIGITS, MAX_STEPS, splitGroups, splitRow } from '../../server/src/core/model/tables/decodeSearch';
import { lint } from '../../server/src/core/lint';
import { baseDraft, render } from '../unit/rules/_helpers';
import { fcParams } from './helpers';

const WIDTH = 7;
/** Table 四: three groups of five, each ending in its total. */
const T4_GROUPS = [5, 5, 5];

/** Each group's last number is the sum of the others in it. */
function groupsHold(v: number[], sizes: number[]): boolean {
  let k = 0;
  for (const n of sizes) {
    const g = v.slice(k, (k += n));
    if (g.slice(0, -1).reduce((a, b) => a + b, 0) !== g[n - 1]) return false;
  }
  return true;
}

/** Every split of the runs into groups of `sizes` numbers (no leading zero, none crossing a run), each group's last the sum of the others. */
function bruteForce(runs: string[], sizes: number[] = [WIDTH]): number[][] {
  const width = sizes.reduce((a, b) => a + b, 0);
  // Where each group ends.
  const ends = sizes.map((_, i) => sizes.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const out: number[][] = [];
  const pick = (run: number, pos: number, acc: string[]): void => {
    if (acc.length > width) return;
    if (run === runs.length) {
      if (acc.length !== width) return;
      const v = acc.map(Number);
      if (groupsHold(v, sizes)) out.push(v);
      return;
    }
    // Pruned only by checks any split must pass (else 15 numbers take too long): a finished group holds.
    const closed = ends.filter((e) => e <= acc.length);
    if (!groupsHold(acc.slice(0, closed[closed.length - 1] ?? 0).map(Number), sizes.slice(0, closed.length))) return;
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

test('splitGroups (table 四, three groups of five) agrees with a brute force on short runs', () => {
  const zeroish = (max: number) => fc.array(fc.constantFrom('0', '0', '0', '1', '1', '2', '3'), { minLength: 1, maxLength: max }).map((a) => a.join(''));
  // Rows that do split (fifteen small numbers whose groups hold), glued into 1–4 runs, and random runs.
  const valid = fc
    .tuple(
      ...[0, 1, 2].map(() => fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 4, maxLength: 4 })),
      fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 3 }),
    )
    .map(([a, b, c, cuts]) => {
      const cells = [a, b, c].flatMap((g) => [...g, g.reduce((x, y) => x + y, 0)]).map(String);
      const at = [...new Set(cuts)].sort((x, y) => x - y);
      return [0, ...at].map((from, i) => cells.slice(from, at[i] ?? 15).join(''));
    });
  fc.assert(
    fc.property(fc.oneof(valid, fc.array(zeroish(12), { minLength: 1, maxLength: 3 })), (runs) => {
      const all = bruteForce(runs, T4_GROUPS);
      const r = splitGroups(runs, T4_GROUPS);
      if (all.length === 0) return assert.ok(r.kind === 'none' || (r.kind === 'limit' && runs.join('').length > 15 * MAX_DIGITS), JSON.stringify(runs));
      if (all.length > 1) {
        assert.equal(r.kind, 'ambiguous', JSON.stringify(runs));
        if (r.kind === 'ambiguous') for (const reading of r.readings) assert.ok(all.some((a) => a.join() === reading.join()));
        return;
      }
      assert.equal(r.kind, 'unique', JSON.stringify(runs));
      if (r.kind === 'unique') assert.deepEqual(r.values, all[0]);
    }),
    fcParams(300),
  );
});

test('splitGroups (table 四) is bounded on any run up to 100 digits: at most MAX_STEPS nodes, and an answer', () => {
  const adversarial = fc.oneof(
    digitRun(100),
    fc.integer({ min: 15, max: 100 }).map((n) => '1'.repeat(n)),
    fc.integer({ min: 15, max: 100 }).map((n) => '10'.repeat(n).slice(0, n)),
    fc.integer({ min: 15, max: 90 }).map((n) => '0'.repeat(n)),
    fc.integer({ min: 15, max: 90 }).map((n) => '123456789'.repeat(10).slice(0, n)),
  );
  fc.assert(
    fc.property(fc.array(adversarial, { minLength: 1, maxLength: 4 }), (runs) => {
      const stats = { steps: 0 };
      const r = splitGroups(runs, T4_GROUPS, { stats });
      assert.ok(stats.steps <= MAX_STEPS + 1, `${stats.steps} steps on ${JSON.stringify(runs)}`);
      assert.ok(['unique', 'ambiguous', 'none', 'limit'].includes(r.kind));
      if (runs.join('').length > 15 * MAX_DIGITS) assert.equal(r.kind, 'limit');
    }),
    fcParams(300),
  );
});
