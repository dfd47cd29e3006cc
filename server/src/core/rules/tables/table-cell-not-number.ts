// table-cell-not-number: text in a numeric cell ("-", "无", "3项(41笔)").

import type { Rule } from '../rule';
import type { Fix } from '../../types';
import { PLACEHOLDERS } from '../../model/tables/classify';
import { labelKey } from '../../text/normalize';
import { tableName } from './shared';
import { hasDecodedRows } from './safeWrite';

export const rule: Rule = {
  meta: {
    id: 'table-cell-not-number',
    category: 'tables',
    severity: 'error',
    fixClass: 'safe',
    description: { zh: '数字单元格中含有文字、占位符、单位或注释', en: 'Text, a placeholder, a unit or a note in a numeric cell' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      for (const row of t.rows) {
        // A row read by guesswork may have taken a label or a note for a cell.
        if (row.unread) continue;
        for (const cell of row.cells) {
          if (cell.kind !== 'text') continue;
          const placeholder = PLACEHOLDERS.has(cell.text) || PLACEHOLDERS.has(labelKey(cell.text));
          const fixes: Fix[] = [];
          if (placeholder) {
            // Safe only where the cell sits in its column (not in a row of the wrong width).
            const safe = cell.placement !== 'guessed' && cell.placement !== 'decoded' && t.aligned && !hasDecodedRows(t);
            fixes.push({ title: { zh: `“${cell.text}”改为 0`, en: `Replace "${cell.text}" with 0` }, edits: [{ ...cell.range, text: '0' }], safe });
          } else if (cell.leadingNumber !== null && cell.leadingNumber !== undefined) {
            const n = String(cell.leadingNumber);
            fixes.push({ title: { zh: `只保留数字 ${n}`, en: `Keep only the number ${n}` }, edits: [{ ...cell.range, text: n }], safe: false });
          }
          ctx.add({
            range: cell.range,
            message: {
              zh: `${tableName(t).zh.split('：')[0]}的单元格应只填数字，不应为“${cell.text}”${placeholder ? '（没有数据请填 0）' : ''}`,
              en: `${tableName(t).en.split(':')[0]} cells hold numbers only, not "${cell.text}"${placeholder ? ' (write 0 for none)' : ''}`,
            },
            fixes,
          });
        }
      }
    }
  },
};
