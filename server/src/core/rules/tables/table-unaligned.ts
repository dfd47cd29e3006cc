// table-unaligned: a table whose cells cannot be aligned to the template; its
// arithmetic is skipped rather than guessed.

import type { Rule } from '../rule';
import { lineAround } from '../helpers';
import { tableName } from './shared';
import { hasTableLabels } from './labels';
import { TABLE_NAMES } from '../../template/tables';

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
      if (t.aligned) continue;
      const name = tableName(t);
      const why =
        t.unalignedReason === 'no-rows'
          ? { zh: '未识别出任何数据行（行标签缺失或数字连在一起）', en: 'no data row could be recognised (labels lost or numbers run together)' }
          : { zh: '多数行的数字个数与模板列数不符', en: 'most rows have a different number of cells than the template' };
      ctx.add({
        range: lineAround(ctx.text, t.range.start),
        message: {
          zh: `${name.zh}无法与模板对齐：${why.zh}；已跳过该表的勾稽关系检查`,
          en: `${name.en} cannot be aligned: ${why.en}; its arithmetic checks are skipped`,
        },
      });
    }
  },
};
