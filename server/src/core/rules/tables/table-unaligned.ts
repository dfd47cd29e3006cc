// table-unaligned: a table, or some of its rows, whose cells cannot be placed
// in the template's columns with confidence; their arithmetic is skipped
// rather than guessed — and never silently: one finding per table says which
// rows could not be read and why, and a section whose table labels are there
// but whose table could not be delimited says so.

import type { Rule } from '../rule';
import type { Msg } from '../../types';
import type { Row, Table } from '../../model/report';
import { lineAround } from '../helpers';
import { rowName, tableName } from './shared';
import { hasTableLabels } from './labels';
import { TABLE_NAMES } from '../../template/tables';
import { decodingLines } from './decodedWords';
import { columnCount } from './width';

/** Rows named in the message; the rest are counted. */
const NAMED = 3;

export const rule: Rule = {
  meta: {
    id: 'table-unaligned',
    category: 'tables',
    severity: 'warning',
    fixClass: 'none',
    description: { zh: '表格存在但无法与模板对齐，相关算术检查已跳过', en: 'A table cannot be aligned to the template; its arithmetic checks are skipped' },
  },
  check(ctx) {
    for (const s of ctx.report.sections) {
      const kind = s.id === 2 ? 't2' : s.id === 3 ? 't3' : s.id === 4 ? 't4' : null;
      if (!kind || ctx.report.tables.some((t) => t.kind === kind) || !hasTableLabels(ctx.text, s.body, kind)) continue;
      const name = TABLE_NAMES[kind];
      ctx.add({
        range: s.heading.range,
        message: {
          zh: `本部分有${name.zh.split('：')[0]}的行列标签，但无法识别表格结构（可能换行丢失，数字与文字连在一起）；已跳过该表检查`,
          en: `This section has ${name.en.split(':')[0]} labels but no readable table (line breaks lost?); its checks are skipped`,
        },
      });
    }
    for (const t of ctx.report.tables) {
      const unread = t.rows.filter((r) => r.unread);
      if (t.aligned && unread.length === 0) continue;
      // A few table words in a sentence ("予以公开及部分公开208件，不予公开20件") with no row read, while the
      // table itself is read elsewhere: prose, not a second table.
      if (t.unalignedReason === 'no-rows' && ctx.report.tables.some((o) => o !== t && o.kind === t.kind && o.rows.length > 0)) continue;
      const name = tableName(t);
      const why: Msg =
        t.unalignedReason === 'no-rows'
          ? { zh: '未识别出任何数据行（行标签缺失或数字连在一起）', en: 'no data row could be recognised (labels lost or numbers run together)' }
          : t.unalignedReason === 'widths'
            ? { zh: '多数行的数字个数与模板列数不符', en: 'most rows have a different number of cells than the template' }
            : rowsWhy(t, unread);
      const skipped = t.aligned
        ? { zh: '已跳过这些行的勾稽关系检查', en: 'their arithmetic checks are skipped' }
        : { zh: '已跳过该表的勾稽关系检查', en: 'its arithmetic checks are skipped' };
      ctx.add({
        range: lineAround(ctx.text, (unread[0] && t.aligned ? unread[0].labelRange : t.range).start),
        message: {
          zh: `${name.zh}${t.aligned ? '有行无法读取' : '无法与模板对齐'}：${why.zh}；${skipped.zh}`,
          en: `${name.en} ${t.aligned ? 'has rows that cannot be read' : 'cannot be aligned'}: ${why.en}; ${skipped.en}`,
        },
        // Rows whose digits ran together: how each was read, or why not.
        detail: decodingLines(t, t.rows) ?? undefined,
      });
    }
  },
};

function rowsWhy(t: Table, rows: Row[]): Msg {
  const one = (r: Row): Msg => {
    const n = rowName(t, r.id);
    if (r.unread === 'detached') return { zh: `“${n.zh}”的数字不在标签所在行`, en: `the numbers of "${n.en}" are not on its label's line` };
    if (r.unread === 'run-together')
      return {
        zh: `“${n.zh}”的数字连在一起，无法唯一拆分到各列`,
        en: `the numbers of "${n.en}" ran together and cannot be split into the columns in only one way`,
      };
    if (r.unread === 'ambiguous')
      return {
        zh: `“${n.zh}”两端都有空单元格，无法确定各数字所在的列`,
        en: `"${n.en}" has empty cells at both ends, so which column each number is in cannot be told`,
      };
    if (r.unread === 'truncated')
      return {
        zh: `“${n.zh}”只读到${r.found}个数字（模板为${columnCount(t, r)}列），所在表格片段的列数少于模板，无法确定缺少哪一列`,
        en: `only ${r.found} numbers of "${n.en}" were read (the template has ${columnCount(t, r)} columns) in a table fragment narrower than the template, so which column is missing cannot be told`,
      };
    return { zh: `“${n.zh}”的数字分散在标签行和其后几行`, en: `the numbers of "${n.en}" are spread over its label's line and the lines after it` };
  };
  const named = rows.slice(0, NAMED).map(one);
  const more = rows.length - named.length;
  return {
    zh: named.map((m) => m.zh).join('；') + (more > 0 ? `；另有${more}行同样无法读取` : ''),
    en: named.map((m) => m.en).join('; ') + (more > 0 ? `; ${more} more rows likewise` : ''),
  };
}
