// govReport.maxProblems: above the cap the most severe problems are published
// first, with one visible notice giving the total; the status counts them all.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LspClient } from './client';
import { mergedSeeds, seed, clientPool } from './helpers';

const start = clientPool();

/** Stable sort by severity (error first), so equal severities keep document order. */
const mostSevere = (diags: any[], n: number) =>
  diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.severity - b.d.severity || a.i - b.i)
    .slice(0, n)
    .map((x) => x.d);

async function status(c: LspClient, uri: string, version: number) {
  return (await c.waitFor((n) => n.method === 'govReport/status' && n.params.uri === uri && n.params.version === version)).params;
}

test('over the cap: the most severe first, one notice naming the setting, the status counts everything', async () => {
  const s = seed('000');
  const full = await start();
  full.open(s.uri, s.text);
  const all = await full.diagnostics(s.uri, 1);
  const errors = all.filter((d) => d.severity === 1).length;
  assert.ok(all.length > 10 && errors > 0 && errors < 5 && all.some((d) => d.severity === 2), 'seed 000 has a few errors and many others');

  const capped = await start({ configuration: (item) => (item.section === 'govReport' ? { maxProblems: 5 } : null) });
  capped.open(s.uri, s.text);
  const shown = await capped.diagnostics(s.uri, 1);
  assert.equal(shown.length, 6, 'five problems and the notice');
  const [notice, ...rest] = shown;
  assert.equal(notice.code, 'max-problems');
  assert.equal(notice.severity, 3, 'information: visible, not alarming');
  assert.deepEqual(notice.range.start, { line: 0, character: 0 });
  assert.match(notice.message, new RegExp(`5 个（共 ${all.length} 个）`));
  assert.match(notice.message, /govReport\.maxProblems/);
  assert.deepEqual(rest, mostSevere(all, 5));
  const st = await status(capped, s.uri, 1);
  assert.equal(st.count, all.length, 'status counts every problem, shown or not');
  assert.equal(st.errors, errors);

  const en = await start({ locale: 'en', configuration: () => ({ maxProblems: 5 }) });
  en.open(s.uri, s.text);
  assert.match((await en.diagnostics(s.uri, 1))[0].message, new RegExp(`showing 5 of ${all.length}\\b.*govReport\\.maxProblems`));
});

test('maxProblems 0 is no limit; the default 500 caps a big merged file', async () => {
  const s = seed('000');
  const ref = await start();
  ref.open(s.uri, s.text);
  const all = await ref.diagnostics(s.uri, 1);
  const unlimited = await start({ configuration: () => ({ maxProblems: 0 }) });
  unlimited.open(s.uri, s.text);
  assert.deepEqual(await unlimited.diagnostics(s.uri, 1), all);

  // Three copies of the five seeds: well over 500 findings.
  const five = mergedSeeds(['000', '001', '002', '003', '004']).text;
  const big = [five, five, five].join('\n');
  const uri = 'file:///merged/big.report.txt';
  const c = await start();
  c.open(uri, big);
  const shown = await c.diagnostics(uri, 1, 30000);
  const st = await status(c, uri, 1);
  assert.ok(st.count > 500, `${st.count} problems in the merged file`);
  assert.equal(shown.length, 501);
  assert.equal(shown[0].code, 'max-problems');
  assert.match(shown[0].message, new RegExp(`500 个（共 ${st.count} 个）`));
  const severities = shown.slice(1).map((d) => d.severity);
  assert.deepEqual(
    severities,
    [...severities].sort((a, b) => a - b),
    'errors first, then warnings, …',
  );
  assert.equal(severities.filter((x) => x === 1).length, st.errors, 'every error is among those shown');
});

test('an invalid maxProblems warns once and falls back to 500', async () => {
  const c = await start({ configuration: () => ({ maxProblems: -3 }) });
  const s = seed('000');
  c.open(s.uri, s.text);
  const d = await c.diagnostics(s.uri, 1);
  assert.ok(d.length > 5 && !d.some((x) => x.code === 'max-problems'), 'the default cap, not -3');
  const warning = await c.waitFor((n) => n.method === 'window/showMessage' && n.params.type === 2);
  assert.match(warning.params.message, /govReport\.maxProblems/);
});
