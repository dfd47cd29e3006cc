// table-row-missing: a data row or group label of the template is absent
// (e.g. （五）不予处理 before 1.信访举报投诉类申请).

import type { Rule } from '../rule';
import type { Table } from '../../model/report';
import { t3Rows, type RowDef } from '../../template/tables';
import { lineAround, lineStart } from '../helpers';
import { tableName } from './shared';

export const rule: Rule = {
  meta: {
    id: 'table-row-missing',
    category: 'tables',
    severity: 'warning',
    fixClass: 'suggest',
    description: { zh: '表格缺少模板中的数据行或分组标签', en: 'A data row or group label of the template is missing' },
  },
  check(ctx) {
    for (const t of ctx.report.tables) {
      // A table with rows read by guesswork may have misread a label too: table-unaligned says so.
      if (t.kind !== 't3' || !t.aligned || t.rows.length < 3 || t.rows.some((r) => r.unread)) continue;
      const gen = t.generation ?? ctx.report.generation ?? '2021';
      const expected = t3Rows(gen);
      const present = (id: string) => t.rows.some((r) => r.id === id) || t.groups.has(id);
      expected.forEach((def, i) => {
        if (present(def.id) || def.optional) return;
        const next =
          expected
            .slice(i + 1)
            .map((d) => positionOf(t, d))
            .find((p) => p !== null) ?? null;
        const label = def.label.zh;
        const sep = t.layout === 'cell-per-line' ? (t.style.pipes ? ' |' : '') + ctx.report.eol : t.style.pipes ? ' |' + ctx.report.eol : ctx.report.eol;
        const lead = t.style.leadingPipe ? '| ' : '';
        const html = t.layout === 'html';
        // In HTML the label goes in as a row of its own, before the next row's <tr>.
        const at = next === null ? null : html ? lastRowTagAtOrBefore(ctx.text, next) : lineStart(ctx.text, next);
        const insert = html ? `<tr><td>${label}</td></tr>` : `${lead}${label}${sep}`;
        ctx.add({
          range: next !== null ? lineAround(ctx.text, next) : lineAround(ctx.text, t.range.end),
          message: {
            zh: `${tableName(t).zh.split('：')[0]}缺少“${label}”${isGroup(def, gen) ? '分组标签' : '行'}`,
            en: `${tableName(t).en.split(':')[0]} lacks the ${isGroup(def, gen) ? 'group label' : 'row'} "${def.label.en}"`,
          },
          fixes:
            at !== null && at >= 0
              ? [{ title: { zh: `插入“${label}”`, en: `Insert "${label}"` }, edits: [{ start: at, end: at, text: insert }], safe: false }]
              : [],
        });
      });
    }
  },
};

function isGroup(def: RowDef, gen: string): boolean {
  return !!def.group || (!!def.maybeGroup && gen === '2021');
}

function positionOf(t: Table, def: RowDef): number | null {
  const row = t.rows.find((r) => r.id === def.id);
  if (row) return row.labelRange.start;
  return t.groups.get(def.id)?.start ?? null;
}

let rowTagsText: string | null = null;
let rowTags: number[] = [];

/**
 * text.lastIndexOf('<tr', from), answered from the offsets of every '<tr' of
 * the text (memoised on the last text): searching back from each missing row
 * crossed the whole page when no '<tr' came before, once per finding.
 */
export function lastRowTagAtOrBefore(text: string, from: number): number {
  if (text !== rowTagsText) {
    rowTags = [];
    for (let i = text.indexOf('<tr'); i !== -1; i = text.indexOf('<tr', i + 1)) rowTags.push(i);
    rowTagsText = text;
  }
  // As lastIndexOf reads its start: NaN is the end, fractions truncate, then clamped to [0, length - 3].
  const limit = Math.max(0, Math.min(Number.isNaN(from) ? Infinity : Math.trunc(from), text.length - 3));
  let lo = 0;
  let hi = rowTags.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rowTags[mid] <= limit) {
      found = rowTags[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
