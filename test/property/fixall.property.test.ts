// fixAll() is the one fix engine (editor fix-all, save, CLI --fix). What we
// assert on any input:
// - idempotence: fixing the fixed text changes nothing (one run converges);
// - line endings: an LF-only text gets no CR, a CRLF-only text gets no bare LF or CR;
// - a leading BOM is kept, and none is added;
// - CJK ideographs U+4E00–U+9FFF survive: their multiset is unchanged except for
//   numerals/ordinals and 无, the only ideographs a safe fix is meant to touch
//   (see FIXABLE_IDEOGRAPHS); and each single safe fix edit obeys the same rule.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { lint, type LintSettings } from '../../server/src/core/lint';
import { anyStrings, budgetMs, checkEdits, fcParams, ideographCounts, mutatedSeed, reportish, SEEDS } from './helpers';
import { runTimed } from './timed';

function eolStyle(s: string): 'lf' | 'crlf' | 'none' | 'mixed' {
  const crlf = (s.match(/\r\n/g) ?? []).length;
  const lf = (s.match(/\n/g) ?? []).length - crlf;
  const cr = (s.match(/\r/g) ?? []).length - crlf;
  if (crlf === 0 && lf === 0 && cr === 0) return 'none';
  if (cr === 0 && crlf === 0) return 'lf';
  if (cr === 0 && lf === 0) return 'crlf';
  return 'mixed';
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): string | null {
  for (const [ch, n] of a) if ((b.get(ch) ?? 0) !== n) return `${ch}: ${n} → ${b.get(ch) ?? 0}`;
  for (const [ch, n] of b) if (!a.has(ch)) return `${ch}: 0 → ${n}`;
  return null;
}

function checkFixAll(input: string, options: LintSettings = {}): void {
  const t0 = performance.now();
  const first = fixAll(input, options);
  const ms = performance.now() - t0;
  // fixAll may lint up to ten times; the budget scales with that.
  assert.ok(ms < 10 * budgetMs(input), `fixAll took ${ms.toFixed(0)} ms on ${input.length} chars`);
  assert.equal(first.changed, first.text !== input);
  const second = fixAll(first.text, options);
  assert.equal(second.changed, false, `not idempotent: a second fixAll still changed the text (${second.applied} fixes)`);

  const before = eolStyle(input);
  const after = eolStyle(first.text);
  if (before === 'lf') assert.ok(after === 'lf' || after === 'none', 'CR introduced into an LF text');
  if (before === 'crlf') assert.ok(after === 'crlf' || after === 'none', 'bare LF or CR introduced into a CRLF text');
  if (before === 'none') assert.ok(after === 'none' || after === 'lf', 'CR introduced into a text without line breaks');

  assert.equal(first.text.startsWith('\ufeff'), input.startsWith('\ufeff'), 'leading BOM kept (and not added)');
  const diff = sameCounts(ideographCounts(input), ideographCounts(first.text));
  assert.equal(diff, null, `CJK ideographs changed by fix-all: ${diff}`);

  for (const f of lint(input, options).findings) {
    for (const fix of f.fixes.filter((x) => x.safe)) {
      checkEdits(input, fix.edits, `safe fix of ${f.rule}`);
      for (const e of fix.edits) {
        const d = sameCounts(ideographCounts(input.slice(e.start, e.end)), ideographCounts(e.text));
        assert.equal(d, null, `safe fix of ${f.rule} changes an ideograph it should not: ${d}`);
      }
    }
  }
}

test('fixAll: mutated seeds', () => {
  fc.assert(
    fc.property(mutatedSeed, (m) => checkFixAll(m.text)),
    fcParams(100),
  );
});

test('fixAll: strings made of report vocabulary', () => {
  fc.assert(
    fc.property(reportish, (s) => checkFixAll(s, { force: true })),
    fcParams(200),
  );
});

test('fixAll: arbitrary strings', () => {
  fc.assert(
    fc.property(anyStrings, (s) => checkFixAll(s, { force: true })),
    fcParams(150),
  );
});

test('fixAll: every seed in LF, CRLF and with a BOM', () => {
  for (const seed of SEEDS) {
    const lf = seed.replace(/\r\n/g, '\n');
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), '\ufeff' + lf, '\ufeff' + lf.replace(/\n/g, '\r\n')]) checkFixAll(text);
  }
});

test('fixAll: a 1 MB single line converges in bounded time and keeps a BOM', async () => {
  const line = SEEDS.join(' ').replace(/\r?\n/g, ' ');
  const text = '\ufeff' + line.repeat(Math.ceil((1 << 20) / line.length)).slice(0, 1 << 20);
  const o = await runTimed('fixAll', text, {}, 10 * budgetMs(text) + 2000);
  assert.equal(o.error, null, String(o.error));
  assert.equal(o.secondChanged, false, 'not idempotent on the 1 MB line');
  assert.equal(o.keptBom, true);
});
