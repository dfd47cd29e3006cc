// The stylish format puts what matters first (issue 9): errors, then warnings,
// infos and hints, each in document order; and it ends with a count per rule.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStylish } from '../../server/src/cli/format-stylish';
import type { CliDiagnostic, FileResult } from '../../server/src/cli/lint-file';

const d = (line: number, severity: CliDiagnostic['severity'], rule: string): CliDiagnostic => ({
  rule,
  severity,
  message: `${rule}@${line}`,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  fix: null,
});

const files: FileResult[] = [
  {
    file: 'a.txt',
    reportYear: 2021,
    template: '2021',
    diagnostics: [
      d(2, 'info', 'number-space'),
      d(3, 'warning', 'table-cell-empty'),
      d(5, 'error', 'table-balance'),
      d(7, 'info', 'punctuation-halfwidth'),
      d(9, 'error', 'section-missing'),
      d(11, 'hint', 'x-hint'),
      d(12, 'warning', 'table-cell-empty'),
    ],
  },
  { file: 'b.txt', reportYear: 2021, template: '2021', diagnostics: [d(1, 'info', 'punctuation-halfwidth'), d(4, 'error', 'table-balance')] },
];

test('errors first, then warnings, infos and hints, each in document order', () => {
  const out = formatStylish(files, 'zh-cn', false);
  const a = out.slice(out.indexOf('a.txt'), out.indexOf('b.txt'));
  const order = [...a.matchAll(/([a-z-]+)@(\d+)/g)].map((m) => `${m[1]}@${m[2]}`);
  assert.deepEqual(order, [
    'table-balance@5',
    'section-missing@9',
    'table-cell-empty@3',
    'table-cell-empty@12',
    'number-space@2',
    'punctuation-halfwidth@7',
    'x-hint@11',
  ]);
  const b = out.slice(out.indexOf('b.txt'));
  assert.ok(b.indexOf('table-balance@4') < b.indexOf('punctuation-halfwidth@1'));
});

test('a per-rule count closes the output: most severe rules first, then the most frequent', () => {
  for (const [locale, head] of [
    ['zh-cn', '按规则统计：'],
    ['en', 'By rule:'],
  ] as const) {
    const out = formatStylish(files, locale, false);
    const tail = out
      .slice(out.indexOf(head))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/).slice(-2).join(' '));
    assert.deepEqual(tail, ['table-balance 2', 'section-missing 1', 'table-cell-empty 2', 'punctuation-halfwidth 2', 'number-space 1', 'x-hint 1'], locale);
    assert.ok(out.indexOf(head) > out.indexOf(locale === 'en' ? '✖ 9 problems' : '✖ 共 9 个问题'), 'after the summary');
  }
});

test('no findings: no per-rule count', () => {
  assert.equal(formatStylish([{ file: 'c.txt', reportYear: null, template: null, diagnostics: [] }], 'zh-cn', false), '');
});
