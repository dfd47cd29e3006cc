// Drafts whose line breaks were lost (a page copied without its markup, a
// paste that joined the lines): whatever cannot be read is said to be
// unreadable, never reported as an error of the writer's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseDraft, lintAll, render, LAYOUTS, type Gen } from './rules/_helpers';

const GENS: Gen[] = ['2021', '2019'];

test('every layout, joined into one line (or with spaces for line breaks): no error', () => {
  for (const gen of GENS) {
    for (const layout of LAYOUTS) {
      const text = render(baseDraft(gen), layout).text;
      for (const joined of [text.replace(/\r?\n/g, ''), text.replace(/\r?\n/g, ' ')]) {
        const errors = lintAll(joined).hits.filter((h) => h.severity === 'error');
        assert.deepEqual(
          errors.map((e) => `${e.rule}: ${e.message.zh}`),
          [],
          `${gen} ${layout}`,
        );
      }
    }
  }
});

test('a Markdown delimiter row glued onto a data row is not cells of that row', () => {
  // As in a real draft whose table lost its line breaks: "| 政府集中采购 | 4 | 121.2505 ||--------|---|----------|三、…".
  const lines = render(baseDraft('2019'), 'markdown').text.split('\n');
  const last = lines.findIndex((l) => l.includes('政府集中采购'));
  assert.ok(last >= 0);
  lines.splice(last + 1, 0, '|--------|---|----------|');
  const joined = lines.join('');
  assert.ok(/\|\|-{3,}\|/.test(joined), 'the example glues a delimiter row onto a data row');
  const bad = lintAll(joined).hits.filter((h) => h.rule === 'table-cell-not-number' || h.rule === 'table-cell-count');
  assert.deepEqual(
    bad.map((h) => h.message.zh),
    [],
  );
});
