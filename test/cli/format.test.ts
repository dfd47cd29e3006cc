// The JSON output is written by hand in pieces (and partly in worker threads): it must
// still be exactly the JSON of the documented shape.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { diagnosticLine, formatJson } from '../../server/src/cli/format-json';
import type { CliDiagnostic, FileResult } from '../../server/src/cli/lint-file';

test('a diagnostic line is exactly the JSON of its fields, in the documented key order', () => {
  const samples: CliDiagnostic[] = [
    {
      rule: 'table-balance',
      severity: 'error',
      message: '第一项加第二项之和（0）不等于…"引号"\\反斜杠\n换行\u0001',
      line: 43,
      column: 1,
      endLine: 43,
      endColumn: 40,
      fix: 'suggest',
    },
    { rule: 'punctuation-halfwidth', severity: 'info', message: 'Use full-width punctuation: ","', line: 1, column: 2, endLine: 3, endColumn: 4, fix: null },
    { rule: 'lint-limits', severity: 'warning', message: '\ud800 lone surrogate', line: 7, column: 8, endLine: 7, endColumn: 9, fix: 'safe' },
  ];
  for (const d of samples) {
    const { rule, severity, message, line, column, endLine, endColumn, fix } = d;
    assert.equal(diagnosticLine(d), JSON.stringify({ rule, severity, message, line, column, endLine, endColumn, fix }));
  }
  // Related information comes last, only when there is some.
  const withRelated: CliDiagnostic = {
    ...samples[0],
    related: [
      { file: '2020.txt', line: 3, column: 4, endLine: 3, endColumn: 6, message: '2020年报告：结转下年度"继续"办理\n' },
      { file: 'a b/当年.txt', line: 1, column: 1, endLine: 2, endColumn: 1, message: '' },
    ],
  };
  const { rule, severity, message, line, column, endLine, endColumn, fix, related } = withRelated;
  assert.equal(diagnosticLine(withRelated), JSON.stringify({ rule, severity, message, line, column, endLine, endColumn, fix, related }));
});

test('the whole document parses back to what was formatted, with or without pre-rendered chunks', () => {
  const d = (line: number): CliDiagnostic => ({
    rule: 'number-space',
    severity: 'warning',
    message: `第${line}行`,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    fix: 'safe',
  });
  const plain: FileResult = { file: 'a.txt', reportYear: 2021, template: '2021', diagnostics: [d(1), d(2)], skippedRules: ['table-balance'] };
  const chunks: FileResult = {
    file: 'b.txt',
    reportYear: null,
    template: null,
    diagnostics: [],
    json: [Buffer.from([d(3), d(4)].map(diagnosticLine).join(',\n      ')), Buffer.from(diagnosticLine(d(5)))],
    rendered: { count: 3, errors: 0 },
    reports: [{ line: 1, title: null, reportYear: null, template: null }],
  };
  const empty: FileResult = { file: 'c.txt', reportYear: null, template: null, diagnostics: [], skipped: 'not-a-report' };
  const parsed = JSON.parse(formatJson([plain, chunks, empty]));
  assert.deepEqual(
    parsed.map((f: { diagnostics: CliDiagnostic[] }) => f.diagnostics.map((x) => x.line)),
    [[1, 2], [3, 4, 5], []],
  );
  assert.deepEqual(parsed[0].skippedRules, ['table-balance']);
  assert.equal(parsed[1].reports.length, 1);
  assert.equal(parsed[2].skipped, 'not-a-report');
  assert.deepEqual(Object.keys(parsed[0]), ['file', 'reportYear', 'template', 'diagnostics', 'skippedRules']);
  assert.deepEqual(JSON.parse(formatJson([])), []);
});
