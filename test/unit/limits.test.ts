// Limits are visible: above the table-count limit the expensive checks are
// skipped, cheap ones still run, and a lint-limits finding says so.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../server/src/core/lint';
import { LIMITS } from '../../server/src/core/limits';

const seed = readFileSync(join(process.cwd(), 'test/fixtures/seeds/000_0131eef5f6c80757.txt'), 'utf8');

test('one report with more tables than the limit: expensive rules skipped, the user told, cheap rules still run', () => {
  const copies = Math.ceil(LIMITS.maxTables / 3) + 2;
  // Without their title and 一、 the copies do not restart the sections, so this stays one report.
  const body = seed.replace(/^.*年度报告\s*$/m, '').replace(/^[ \t\u3000]*一、总体情况.*$/m, '');
  const merged = Array.from({ length: copies }, (_, i) => (i === 0 ? seed : body)).join('\n');
  const r = lint(merged);
  assert.equal(r.parts.length, 1);
  assert.equal(r.report.limited, 'tables');
  assert.ok(r.skippedRules.includes('table-balance'));
  const notice = r.findings.filter((f) => f.rule === 'lint-limits');
  assert.equal(notice.length, 1);
  assert.equal(notice[0].severity, 'warning');
  assert.match(notice[0].message.zh, /已跳过.*table-balance/);
  assert.match(notice[0].message.en, /skipped/);
  assert.equal(r.findings.filter((f) => f.rule === 'number-stray-unit').length, copies);
  assert.equal(r.findings.filter((f) => f.rule === 'table-balance').length, 0);
});

test('a single draft is never limited', () => {
  const r = lint(seed);
  assert.equal(r.report.limited, null);
  assert.deepEqual(r.skippedRules, []);
  assert.equal(r.findings.filter((f) => f.rule === 'lint-limits').length, 0);
});

test('dozens of merged drafts are as many reports, each checked in full', () => {
  const copies = Math.ceil(LIMITS.maxTables / 3) + 2;
  const r = lint(Array.from({ length: copies }, () => seed).join('\n'));
  assert.equal(r.parts.length, copies);
  assert.deepEqual(r.skippedRules, []);
  const one = lint(seed).findings;
  for (const rule of ['table-balance', 'number-stray-unit', 'title-missing']) {
    assert.equal(r.findings.filter((f) => f.rule === rule).length, copies * one.filter((f) => f.rule === rule).length, rule);
  }
});
