// section-empty: a narrative section that says nothing. 五、存在的主要问题及改进情况
// must name problems and measures; 一、总体情况 must give an overview; 六 may
// say "无" (nothing else to report) but not be left blank.
//
// Measured in Chinese characters (汉字) of the visible body, so markup,
// digits, spaces and punctuation count for nothing. Below MIN_HAN a section
// 五 cannot state both a problem and a measure: a terse but complete one
// ("存在的问题：政策解读形式较为单一。改进措施：丰富解读形式，加强培训。")
// has 29; "（一）存在的主要问题：无。（二）改进情况：无。" has 15 (ordinals count). Sections 二–四
// hold the tables (table-missing covers them).

import type { Rule } from '../rule';
import type { Msg } from '../../types';
import type { Section } from '../../model/report';
import { isCjkIdeographCode } from '../../text/chars';
import { sectionName } from '../helpers';
import { bodyText } from '../textSpans';

/** Fewer Chinese characters than this in section 一 or 五 is too short to say what it must. */
export const MIN_HAN = 20;

/** Bodies that only say there is nothing (after dropping everything but 汉字). */
const NOTHING = new Set(['无', '暂无', '没有', '无问题', '无其他需要报告的事项', '无其他需报告的事项']);

/** The 汉字 of s, or null as soon as there are MIN_HAN of them (a body that long is judged no further). */
function shortHanOf(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isCjkIdeographCode(c) && c < 0xd800) {
      out += s[i];
      if (out.length >= MIN_HAN) return null;
    }
  }
  return out;
}

function verdict(id: number, han: string): Msg | null {
  if (han.length === 0) return { zh: '内容为空', en: 'is empty' };
  // Section 六 saying it has nothing more to report is an answer (other-matters-fee-missing asks for the fees from 2021).
  if (id === 6) return null;
  if (NOTHING.has(han)) return { zh: `只写了“${han}”`, en: `only says "${han}"` };
  if (han.length < MIN_HAN) return { zh: `仅${han.length}个汉字`, en: `has only ${han.length} Chinese characters` };
  return null;
}

const NEEDS: Record<number, Msg> = {
  1: { zh: '应概述本年度政府信息公开工作情况', en: 'it should give an overview of the year’s disclosure work' },
  5: { zh: '应写明存在的主要问题和具体改进措施', en: 'it should name the main problems and the measures taken to improve' },
  6: {
    zh: '没有其他需要报告的事项时应写明“无”，2021年度起还应说明信息处理费收取情况',
    en: 'write "无" when there is nothing else to report (from 2021, state the information-processing fees)',
  },
};

export const rule: Rule = {
  meta: {
    id: 'section-empty',
    category: 'structure',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '叙述性部分（尤其是“存在的主要问题及改进情况”）内容为空、只写“无”或过短',
      en: 'A narrative section (above all 五, problems and improvements) is empty, only says "无", or is too short',
    },
  },
  check(ctx) {
    const { report } = ctx;
    const seen = new Set<number>();
    for (const s of report.sections as Section[]) {
      if (s.id !== 1 && s.id !== 5 && s.id !== 6) continue;
      // A repeated section is section-duplicate's; judge the first only.
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      const han = shortHanOf(bodyText(report, s).text);
      const v = han === null ? null : verdict(s.id, han);
      if (!v) continue;
      const name = sectionName(s.id);
      const need = NEEDS[s.id];
      ctx.add({
        range: s.heading.range,
        message: { zh: `${name.zh}${v.zh}，${need.zh}`, en: `${name.en} ${v.en}: ${need.en}` },
      });
    }
  },
};
