// lint() is unbreakable: on any input it returns (never throws), in time
// proportional to the input, with every finding, related range and fix edit
// inside the text, no rule crashing, and the edits of one fix disjoint.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { lint, type LintSettings } from '../../server/src/core/lint';
import { findReports } from '../../server/src/core/model/split';
import { shiftFinding } from '../../server/src/core/findings';
import type { Finding } from '../../server/src/core/types';
import { anyStrings, budgetMs, checkLintResult, fcParams, mutatedSeed, reportish, SEEDS } from './helpers';
import { runTimed } from './timed';

function timedLint(text: string, options?: LintSettings): ReturnType<typeof lint> {
  const t0 = performance.now();
  const r = lint(text, options);
  const ms = performance.now() - t0;
  assert.ok(ms < budgetMs(text), `lint took ${ms.toFixed(0)} ms on ${text.length} chars (budget ${budgetMs(text).toFixed(0)} ms)`);
  return r;
}

const options: fc.Arbitrary<LintSettings> = fc.record({
  template: fc.constantFrom('auto' as const, '2019' as const, '2021' as const),
  force: fc.boolean(),
});

test('lint: arbitrary strings (any code point, lone surrogates)', () => {
  fc.assert(
    fc.property(anyStrings, options, (s, o) => {
      checkLintResult(s, timedLint(s, o));
    }),
    fcParams(300),
  );
});

test('lint: strings made of report vocabulary', () => {
  fc.assert(
    fc.property(reportish, options, (s, o) => {
      checkLintResult(s, timedLint(s, o));
    }),
    fcParams(300),
  );
});

test('lint: mutated seeds (lines deleted, duplicated, reversed, garbled; full-width digits, CRLF, BOM, NUL)', () => {
  fc.assert(
    fc.property(mutatedSeed, options, (m, o) => {
      checkLintResult(m.text, timedLint(m.text, o));
    }),
    fcParams(150),
  );
});

test('lint: every seed as is, forced to each template generation', () => {
  for (const seed of SEEDS) {
    for (const generation of ['auto', '2019', '2021'] as const) checkLintResult(seed, timedLint(seed, { template: generation }));
  }
});

test('lint: pathological large inputs stay within the time budget', async () => {
  // The 1 MB cases are the brief's worst realistic inputs; the degenerate shapes
  // use 256 KB, where a quadratic path already blows the per-KB budget many
  // times over, so the suite stays fast on a healthy build.
  const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const oneMb = 1 << 20;
  const quarter = 1 << 18;
  const joined = SEEDS.join('\n');
  const cases: [string, string][] = [
    ['1 MB single line of seed text', fill(joined.replace(/\r?\n/g, ' ') + ' ', oneMb)],
    ['1 MB of seeds with CRLF and BOM', '\ufeff' + fill(joined.replace(/\r?\n/g, '\r\n') + '\r\n', oneMb)],
    ['256 KB of empty lines', fill('\n', quarter)],
    ['256 KB of pipes', fill('|', quarter)],
    ['256 KB of headings', fill('一、总体情况\n（一）', quarter)],
    ['256 KB of numbers', fill('0 | 12 | ３ | ', quarter)],
    ['256 KB with NUL bytes', fill('报告\u0000２０２１年\u0000', quarter)],
    ['256 KB of lone surrogates', fill('\ud800a\udc00一', quarter)],
  ];
  const failures: string[] = [];
  for (const [name, text] of cases) {
    // force: the whole parse and every rule run even where detection says "not a report".
    // Each case runs in a worker killed at the budget, so a quadratic path
    // fails in bounded time instead of stalling the whole suite.
    try {
      const o = await runTimed('lint', text, { force: true }, budgetMs(text) + 2000);
      if (o.error !== null) failures.push(`${name}: ${o.error}`);
      else if (o.ms >= budgetMs(text)) failures.push(`${name}: lint took ${o.ms.toFixed(0)} ms`);
    } catch (err) {
      failures.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // All cases run, so one report names every slow or failing shape at once.
  assert.deepEqual(failures, []);
});

// Merged drafts: any concatenation of (mutated) seeds splits into parts that tile the text
// at line starts, and the document's findings are exactly each part's own, shifted.
const mergedDrafts = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SEEDS),
      mutatedSeed.map((m) => m.text),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .chain((parts) => fc.constantFrom('\n', '\r\n', '\n\n').map((sep) => parts.map((p) => (p.endsWith('\n') ? p : p + sep)).join('')));

test('lint: merged drafts are linted as their reports, each exactly as on its own', () => {
  fc.assert(
    fc.property(mergedDrafts, (text) => {
      const r = timedLint(text);
      checkLintResult(text, r);
      const ranges = findReports(text);
      assert.equal(ranges[0].start, 0);
      assert.equal(ranges[ranges.length - 1].end, text.length);
      for (let i = 1; i < ranges.length; i++) {
        assert.equal(ranges[i].start, ranges[i - 1].end, 'parts tile the text');
        assert.equal(text[ranges[i].start - 1], '\n', 'a report starts on a line of its own');
      }
      const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.range, f.message.zh, f.fixes.map((x) => x.edits)]);
      const alone = ranges.flatMap((p) => lint(text.slice(p.start, p.end)).findings.map((f) => key(shiftFinding(f, p.start))));
      assert.deepEqual(r.findings.map(key), alone);
    }),
    fcParams(40),
  );
});
