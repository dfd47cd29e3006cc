// word-duplicated: a word of two or more characters, or a whole phrase,
// written twice back to back — "规范审核审核发布机制", a clause pasted twice.
// A slip of editing that a reader notices at once in a published report.
//
// Not reported: reduplication Chinese uses on purpose. AA and AABB forms of a
// one-character base (常常, 一一, 层层, 明明白白) are no repeat of a 2+
// character unit; the few ABAB verb forms (研究研究, 讨论讨论) and "一X一X"
// (一步一步, 一个一个) are allowed. A unit needs two 汉字 (so numbers, "1.1."
// and document numbers are never units); table areas, URLs and document
// numbers are skipped, and a repeat never spans a line or a table cell. A
// unit with a clause mark inside is parallel wording (后公开、谁公开、谁负责).
// The suggestion deletes exactly the repeated copies, leaving the first.

import type { Rule } from '../rule';
import type { Section } from '../../model/report';
import { DocMap, fixes } from '../../text/docmap';
import { clip } from '../../text/chars';
import { proseTextRanges } from '../textSpans';
import { findRepeats, hanCount, type Repeat } from './repeats';

/** ABAB forms used on purpose ("研究研究" = look into it a bit). */
const ABAB = new Set(['研究', '讨论', '商量', '考虑', '琢磨', '休息', '活动', '打听', '收拾', '打扫', '比划', '溜达', '雪白', '通红', '冰凉', '笔直']);

/** Marks that end a clause; brackets and quotes belong to the words they hold. */
const CLAUSE_MARK = /[，,、；;：:。.！!？?—…]/;

/**
 * A unit with a clause mark inside is parallel wording, not a paste
 * ("先审查、后公开、谁公开、谁负责" holds 公开、谁公开、谁); a pasted clause
 * ("加强培训，加强培训，") starts where a clause starts and ends with its mark.
 */
function clauseAligned(t: string, start: number, unit: string): boolean {
  const inner = unit.slice(0, -1);
  if (CLAUSE_MARK.test(inner)) return false;
  if (!CLAUSE_MARK.test(unit[unit.length - 1])) return true;
  const before = start > 0 ? t[start - 1] : '\n';
  return /[\s]/.test(before) || CLAUSE_MARK.test(before);
}

function allowed(unit: string): boolean {
  if (ABAB.has(unit)) return true;
  // 一步一步, 一个一个, 一点一点: a measure word repeated with 一.
  return unit.length === 2 && unit[0] === '一';
}

/**
 * A line of a table section (二, 三, 四) that is no sentence: a header a PDF
 * extraction left as text ("结果结果其他尚未", "总计总计"), where neighbouring
 * columns repeat their words.
 */
function inTableFragment(t: string, at: number, sections: readonly Section[], docAt: number): boolean {
  const section = sections.find((s) => s.range.start <= docAt && docAt < s.range.end);
  if (!section || section.id === null || section.id < 2 || section.id > 4) return false;
  const from = t.lastIndexOf('\n', at) + 1;
  let to = t.indexOf('\n', at);
  if (to < 0) to = t.length;
  return !/[。，,、；;：:！？]/.test(t.slice(from, to));
}

export const rule: Rule = {
  meta: {
    id: 'word-duplicated',
    category: 'wording',
    severity: 'warning',
    fixClass: 'suggest',
    description: {
      zh: '词语或短语连续重复（如“审核审核”、整句重复粘贴），不含有意的叠词',
      en: 'A word or phrase repeated back to back ("审核审核", a clause pasted twice); not intentional reduplication',
    },
  },
  check(ctx) {
    const { report } = ctx;
    const map = new DocMap(report.src);
    const t = map.text;
    const skip = report.scans.exclusions;
    const docNumbers = report.scans.docNumberSpans;
    const found: Repeat[] = [];
    for (const r of proseTextRanges(report)) found.push(...findRepeats(t, r.start, r.end));
    for (const rep of found) {
      const { start, unit: L, copies } = rep;
      const end = start + copies * L;
      const unit = t.slice(start, start + L);
      if (hanCount(t, start, start + L) < 2 || allowed(unit) || !clauseAligned(t, start, unit)) continue;
      if (skip.intersects(start, end) || docNumbers.intersects(start, end)) continue;
      const range = map.range(start, end);
      if (inTableFragment(t, start, report.sections, range.start)) continue;
      const shown = clip(unit);
      const times = copies === 2 ? { zh: '两次', en: 'twice' } : { zh: `${copies}次`, en: `${copies} times` };
      ctx.add({
        range,
        message: {
          zh: `“${shown}”连续重复${times.zh}，应删去重复的部分`,
          en: `"${shown}" is repeated ${times.en} back to back; delete the repetition`,
        },
        fixes: fixes(map.fix({ zh: `删去重复的“${shown}”`, en: `Delete the repeated "${shown}"` }, [{ start: start + L, end, text: '' }], false)),
      });
    }
  },
};
