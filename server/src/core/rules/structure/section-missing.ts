// section-missing: one of the six top-level sections is absent.

import type { Rule } from '../rule';
import type { Heading, Section, SectionId } from '../../model/report';
import { headingText, renderTable } from '../../template/render';
import { lineAround, lineStart, sectionName } from '../helpers';
import { TABLE_SECTION, type TableKind } from '../../template/tables';

const TABLE_OF: Partial<Record<SectionId, TableKind>> = { 2: 't2', 3: 't3', 4: 't4' };

export const rule: Rule = {
  meta: {
    id: 'section-missing',
    category: 'structure',
    severity: 'error',
    fixClass: 'suggest',
    description: { zh: '缺少六个一级部分之一', en: 'One of the six top-level sections is missing' },
  },
  check(ctx) {
    const { report, text } = ctx;
    const present = new Set(report.sections.map((s) => s.id));
    for (const id of [1, 2, 3, 4, 5, 6] as SectionId[]) {
      if (present.has(id)) continue;
      const next = report.sections.find((s) => s.id !== null && s.id > id);
      const orphan = orphanContent(report.sections, id);
      const at = orphan ? lineStart(text, orphan.range.start) : next ? lineStart(text, next.heading.range.start) : trailingStart(text);
      const eol = report.eol;
      const needsBreak = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r';
      const kind = TABLE_OF[id];
      const gen = report.generation ?? (report.year !== null && report.year < 2021 ? '2019' : '2021');
      const insert = `${needsBreak ? eol : ''}${headingText(id)}${eol}${kind && TABLE_SECTION[kind] === id ? renderTable(kind, gen, eol) : ''}`;
      const name = sectionName(id);
      const where = orphan ? orphan.range : next ? next.heading.range : lineAround(text, Math.max(0, Math.min(at, text.length - 1)));
      // The section's content is there under sub-headings of the section before: only its heading is lost.
      const message = orphan
        ? {
            zh: `${name.zh}缺少标题：“${orphan.text}”等内容应在“${headingText(id)}”之下`,
            en: `${name.en} has no heading: "${orphan.text}" and what follows belong under "${headingText(id)}"`,
          }
        : { zh: `缺少${name.zh}`, en: `Missing ${name.en}` };
      ctx.add({
        range: where,
        message,
        fixes: [{ title: { zh: `插入“${headingText(id)}”`, en: `Insert "${headingText(id)}"` }, edits: [{ start: at, end: at, text: insert }], safe: false }],
      });
    }
  },
};

/** Sub-heading words that name what a section holds, for the sections written as prose. */
const CONTENT_WORDS: Partial<Record<SectionId, RegExp>> = {
  5: /存在(?:的)?(?:主要)?问题|主要问题|改进(?:情况|措施)|问题(?:及|和|与)改进/,
  6: /其他需要报告的事项|信息处理费/,
};

/**
 * The first sub-heading, inside the section written before `id`, that names
 * what section `id` holds ("（一）主要问题" after 四 when 五's heading was
 * lost in a PDF extraction); null when there is none.
 */
function orphanContent(sections: readonly Section[], id: SectionId): Heading | null {
  const words = CONTENT_WORDS[id];
  if (!words) return null;
  const before = sections.filter((s) => s.id !== null && s.id < id).pop();
  if (!before) return null;
  for (const sub of before.children) if (words.test(sub.heading.title)) return sub.heading;
  return null;
}

/** Before a closing signature/date block ("阿拉善右旗民政局 / 2022年1月20日"), else the end. */
function trailingStart(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let at = end;
  for (let k = 0; k < 2; k++) {
    const line = lineAround(text, Math.max(0, at - 1));
    const t = text.slice(line.start, line.end).trim();
    const isDate = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(t);
    const isSigner = k === 1 && t.length > 0 && t.length <= 24 && !/[。，；：,;:]/.test(t) && at < end;
    if (!(isDate || isSigner) || line.start === 0) break;
    at = line.start;
  }
  return at === end ? text.length : at;
}
