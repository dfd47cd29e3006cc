// table-missing: section 二, 三 or 四 has no recognisable table.

import type { Rule } from '../rule';
import { renderTable } from '../../template/render';
import { TABLE_NAMES, type TableKind } from '../../template/tables';
import { nextLineStart } from '../helpers';
import { hasTableLabels } from './labels';

const KIND_OF: Record<number, TableKind> = { 2: 't2', 3: 't3', 4: 't4' };

export const rule: Rule = {
  meta: {
    id: 'table-missing',
    category: 'tables',
    severity: 'error',
    fixClass: 'suggest',
    description: { zh: '二、三、四部分没有可识别的统计表', en: 'Section 二, 三 or 四 has no recognisable table' },
  },
  check(ctx) {
    const { report, text } = ctx;
    for (const s of report.sections) {
      const kind = s.id !== null ? KIND_OF[s.id] : undefined;
      if (!kind || report.tables.some((t) => t.kind === kind)) continue;
      // Labels without a readable table are table-unaligned's finding, not a missing table.
      if (hasTableLabels(text, s.body, kind)) continue;
      const name = TABLE_NAMES[kind];
      // The labels are in the report, outside this section: the table is there but was not delimited.
      if (hasTableLabels(text, { start: 0, end: text.length }, kind)) {
        ctx.add({
          range: s.heading.range,
          message: {
            zh: `本部分未找到${name.zh.split('：')[0]}：文中有该表的行列标签，但未能确定表格的范围（可能标题与表格连在一起或换行丢失），请核对`,
            en: `No ${name.en.split(':')[0]} in this section: its labels are in the report, but the table could not be delimited (a heading run into the table, or lost line breaks?)`,
          },
        });
        continue;
      }
      const gen = report.generation ?? (report.year !== null && report.year < 2021 ? '2019' : '2021');
      const at = nextLineStart(text, s.heading.range.end);
      const needsBreak = at === text.length && at > 0 && text[at - 1] !== '\n';
      ctx.add({
        range: s.heading.range,
        message: { zh: `本部分缺少${name.zh}`, en: `This section has no ${name.en}` },
        fixes: [
          {
            title: { zh: `插入空白${name.zh.split('：')[0]}模板`, en: `Insert an empty ${name.en.split(':')[0]} template` },
            edits: [{ start: at, end: at, text: (needsBreak ? report.eol : '') + renderTable(kind, gen, report.eol) }],
            safe: false,
          },
        ],
      });
    }
  },
};
