// Fix-all picks exactly the fixes it always picked, in time linear(ithmic) in
// their number. The old selection compared every fix with every chosen edit
// (67 s for --fix on 10 MB of merged drafts); it is kept here as the
// reference, with the old applyEdits and the old fix-all loop (which linted the
// whole document on every pass).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { applyEdits, overlaps, selectNonOverlapping } from '../../server/src/core/fix/edits';
import { fixAll, type FixAllOptions, type FixAllResult } from '../../server/src/core/fix/fixAll';
import { lint } from '../../server/src/core/lint';
import { allRules } from '../../server/src/core/rules';
import type { Fix, TextEdit } from '../../server/src/core/types';
import { fcParams, mutatedSeed, SEEDS } from './helpers';
import { assertLinear } from './scaling';

// ---- the reference: the code as it was ----

function oldSelectNonOverlapping(fixes: Fix[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const fix of fixes) {
    if (fix.edits.length === 0) continue;
    const clash = fix.edits.some((e) => chosen.some((c) => overlaps(c, e))) || fix.edits.some((e, i) => fix.edits.some((f, j) => i < j && overlaps(e, f)));
    if (!clash) chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

function oldApplyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function oldFixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < 10) {
    const safe = lint(current, options)
      .findings.filter((f) => !options.only || options.only.includes(f.rule))
      .flatMap((f) => f.fixes.filter((x) => x.safe));
    const edits = oldSelectNonOverlapping(safe);
    if (edits.length === 0) break;
    const next = oldApplyEdits(current, edits);
    passes++;
    if (next === current) break;
    const set = new Set(edits);
    applied += safe.filter((f) => f.edits.length > 0 && f.edits.every((e) => set.has(e))).length;
    current = next;
  }
  return { text: current, applied, passes, changed: current !== text, rolledBack: 0 };
}

// ---- random fix sets ----

const TITLE = { zh: '修正', en: 'fix' };

/** Edits on a short stretch (so that they collide often): a third are insertions; offsets may be halves. */
const edit: fc.Arbitrary<TextEdit> = fc
  .record({ at: fc.nat({ max: 40 }), len: fc.oneof(fc.constant(0), fc.nat({ max: 8 })), half: fc.boolean(), text: fc.constantFrom('', 'x', '零', '  ') })
  .map(({ at, len, half, text }) => (half ? { start: at / 2, end: (at + len) / 2, text } : { start: at, end: at + len, text }));

const fix: fc.Arbitrary<Fix> = fc
  .oneof({ weight: 5, arbitrary: fc.array(edit, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(edit, { minLength: 9, maxLength: 14 }) })
  .map((edits) => ({ title: TITLE, edits, safe: true }));

/** Fixes, some repeated as the same object and some sharing edit objects with another fix. */
const fixSet: fc.Arbitrary<Fix[]> = fc
  .record({ fixes: fc.array(fix, { maxLength: 60 }), again: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 6 }) })
  .map(({ fixes, again }) => {
    const out = [...fixes];
    for (const [i, j, whole] of again) {
      if (out.length === 0) break;
      const a = out[i % out.length];
      const b = out[j % out.length];
      out.splice(j % (out.length + 1), 0, whole ? a : { title: TITLE, edits: [...b.edits.slice(0, 1), ...a.edits.slice(0, 2)], safe: true });
    }
    return out;
  });

function sameEdits(actual: TextEdit[], expected: TextEdit[]): void {
  assert.equal(actual.length, expected.length, 'number of chosen edits');
  // The very same objects in the same order: fix-all counts applied fixes by identity.
  actual.forEach((e, i) => assert.ok(e === expected[i], `edit ${i}: ${JSON.stringify(e)} instead of ${JSON.stringify(expected[i])}`));
}

test('selection: the sweep chooses exactly what comparing every pair chose', () => {
  fc.assert(
    fc.property(fixSet, (fixes) => sameEdits(selectNonOverlapping(fixes), oldSelectNonOverlapping(fixes))),
    fcParams(3000),
  );
});

test('selection: fixes of many edits (sorted check) clash among themselves exactly as pairwise', () => {
  const big = fc.array(edit, { minLength: 9, maxLength: 40 }).map((edits) => ({ title: TITLE, edits, safe: true }));
  fc.assert(
    fc.property(fc.array(big, { minLength: 1, maxLength: 4 }), (fixes) => sameEdits(selectNonOverlapping(fixes), oldSelectNonOverlapping(fixes))),
    fcParams(2000),
  );
});

/** Shapes of fix lists that made the pairwise selection quadratic, or that stress the sweep's cases. */
const shapes: Record<string, (n: number, v: number) => Fix[]> = {
  'disjoint, in order': (n, v) =>
    Array.from({ length: n }, (_, i) => ({ title: TITLE, edits: [{ start: 3 * i + v, end: 3 * i + v + 2, text: 'x' }], safe: true })),
  'disjoint, reversed': (n, v) =>
    Array.from({ length: n }, (_, i) => ({ title: TITLE, edits: [{ start: 3 * (n - i) + v, end: 3 * (n - i) + v + 2, text: '' }], safe: true })),
  'bracket pairs far apart': (n, v) =>
    Array.from({ length: n }, (_, i) => ({
      title: TITLE,
      edits: [
        { start: i + v, end: i + v + 1, text: '（' },
        { start: 10 * n - i, end: 10 * n - i + 1, text: '）' },
      ],
      safe: true,
    })),
  'insertions at few points, between ranges': (n, v) =>
    Array.from({ length: n }, (_, i) => ({
      title: TITLE,
      edits: i % 2 ? [{ start: 4 * (i % 50) + v, end: 4 * (i % 50) + v, text: '0' }] : [{ start: 4 * i + 1, end: 4 * i + 3, text: '' }],
      safe: true,
    })),
  'everything inside one chosen range': (n, v) => [
    { title: TITLE, edits: [{ start: 0, end: 10 * n, text: v ? 'a' : 'b' }], safe: true },
    ...Array.from({ length: n }, (_, i) => ({ title: TITLE, edits: [{ start: 5 * i + 1, end: 5 * i + 2, text: '' }], safe: true })),
  ],
};

test('selection: time linear(ithmic) in the number of fixes', () => {
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(shapes)), (shape) => {
      assertLinear(`selectNonOverlapping, ${shape}`, selectNonOverlapping, shapes[shape], 5_000);
    }),
    fcParams(5),
  );
});

test('applyEdits: the same text (or the same error) as before, in any order of the edits', () => {
  const text = fc.string({ minLength: 0, maxLength: 30 });
  fc.assert(
    fc.property(text, fixSet, fc.boolean(), fc.nat(), (t, fixes, overlapping, seed) => {
      const within = (e: TextEdit) => ({ ...e, start: Math.min(Math.floor(e.start), t.length), end: Math.min(Math.ceil(e.end), t.length) });
      const edits = (overlapping ? fixes.flatMap((f) => f.edits) : selectNonOverlapping(fixes)).map(within);
      // Shuffled deterministically: applyEdits takes edits in any order.
      const shuffled = edits
        .map((e, i) => ({ e, k: (i * 7919 + seed) % 101 }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.e);
      let expected: string | Error;
      try {
        expected = oldApplyEdits(t, shuffled);
      } catch (err) {
        expected = err as Error;
      }
      if (expected instanceof Error) assert.throws(() => applyEdits(t, shuffled), { message: expected.message });
      else assert.equal(applyEdits(t, shuffled), expected);
    }),
    fcParams(2000),
  );
});

// ---- fix-all on documents ----

const RULE_IDS = allRules.map((r) => r.meta.id);

const mergedDrafts = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SEEDS),
      mutatedSeed.map((m) => m.text),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.map((p) => (p.endsWith('\n') ? p : p + '\n')).join(''));

const fixOptions: fc.Arbitrary<FixAllOptions> = fc.record(
  {
    template: fc.constantFrom('auto' as const, '2019' as const, '2021' as const),
    force: fc.boolean(),
    only: fc.subarray(RULE_IDS, { minLength: 1, maxLength: 4 }),
  },
  { requiredKeys: [] },
);

test('fixAll: the same text, count and passes as the old loop that re-linted everything', () => {
  fc.assert(
    fc.property(mergedDrafts, fixOptions, (text, options) => {
      // The guard (fix/guard.ts) may hold back or roll back unsafe fixes; where it did not, the
      // result is exactly the old loop's.
      const r = fixAll(text, options);
      if (r.rolledBack === 0) assert.deepEqual(r, oldFixAll(text, options));
    }),
    fcParams(25),
  );
});

/** Seeds with every number changed (as the bench builds its merged drafts), joined to about `size` characters. */
function mergedPerturbed(size: number): string {
  let state = 12345;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts: string[] = [];
  for (let len = 0, k = 0; len < size; k++) {
    const part = SEEDS[k % SEEDS.length].replace(/\d+/g, (d) => String(Math.floor(rand() * 10 ** Math.min(d.length, 6)))) + '\n';
    parts.push(part);
    len += part.length;
  }
  return parts.join('');
}

// Every report of these drafts has random numbers, so fix-all's safety net (fix/guard.ts) rolls
// fixes back in most of them and re-lints those reports while it searches: the bound is 5× here,
// against 3× before the net (the old quadratic selection took 19×).
test('fixAll on 1 MB of merged drafts takes at most 5× as long as linting them', () => {
  const text = mergedPerturbed(1 << 20);
  const variants = [text, text + '\n'];
  let lintMs = Infinity;
  let fixMs = Infinity;
  let k = 0;
  const time = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  lint(text);
  for (let round = 0; round < 3 && !(fixMs < 5 * lintMs); round++) {
    lintMs = Math.min(
      lintMs,
      time(() => lint(variants[k++ % 2])),
    );
    fixMs = Math.min(
      fixMs,
      time(() => fixAll(variants[k++ % 2])),
    );
  }
  const r = fixAll(text);
  assert.ok(r.applied > 1000, `the drafts hold many safe fixes (${r.applied})`);
  assert.ok(fixMs < 5 * lintMs, `fix-all took ${(fixMs / lintMs).toFixed(1)}× as long as lint (${fixMs.toFixed(0)} ms vs ${lintMs.toFixed(0)} ms)`);
});
