// doc-number-brackets: 发文字号 must read 机关代字〔YYYY〕N号 (GB/T 9704-2012
// §7.2.5): the year in 六角括号 〔 〕 (not [ ] 【 】 ( ) （ ） ［ ］ ﹝ ﹞), four
// digits, no 第, no leading zero, no spaces. One finding per document number
// listing every problem; the safe fix replaces just the wrong bracket
// characters and deletes the spaces (year, 第 and leading zero need a human).
// Correct numbers (国办函〔2020〕109号) and bracketed text that is not followed by
// a number and 号 ("《条例》(2019年修订)", "(以下简称…)") are never reported.

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';

export const rule: Rule = {
  meta: {
    id: 'doc-number-brackets',
    category: 'wording',
    severity: 'warning',
    fixClass: 'safe',
    description: {
      zh: '发文字号格式不规范：未使用六角括号〔〕、年份不足四位、“号”前有空格、序号加“第”或编虚位',
      en: 'Malformed document number (发文字号): brackets other than 〔 〕, a two-digit year, a space before 号, 第, or a leading zero',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    for (const d of ctx.report.scans.docNumbers) {
      const zh: string[] = [];
      const en: string[] = [];
      const edits: Array<{ start: number; end: number; text: string }> = [];
      const openCh = text[d.open];
      const closeCh = text[d.close];
      if (openCh !== '〔' || closeCh !== '〕') {
        zh.push(`年份应使用六角括号“〔〕”，不用“${openCh}${closeCh}”`);
        en.push(`put the year in the hexagonal brackets 〔 〕, not ${openCh} ${closeCh}`);
        if (openCh !== '〔') edits.push({ start: d.open, end: d.open + 1, text: '〔' });
        if (closeCh !== '〕') edits.push({ start: d.close, end: d.close + 1, text: '〕' });
      }
      if (d.spaces.length > 0) {
        zh.push('发文字号中不应有空格');
        en.push('remove the spaces');
        for (const s of d.spaces) edits.push({ start: s.start, end: s.end, text: '' });
      }
      const year = text.slice(d.yearStart, d.yearEnd);
      if (year.length !== 4) {
        zh.push(`年份应写全四位，不应写作“${year}”`);
        en.push(`write the year in four digits, not "${year}"`);
      }
      if (d.di !== -1) {
        zh.push('序号前不加“第”');
        en.push('no 第 before the number');
      }
      const num = text.slice(d.numStart, d.numEnd);
      if (num.length > 1 && (num[0] === '0' || num[0] === '０')) {
        zh.push(`序号不编虚位，“${num}”前不加“0”`);
        en.push(`no leading zero in the number "${num}"`);
      }
      if (zh.length === 0) continue;

      const wrong = text.slice(d.start, d.end);
      edits.sort((a, b) => a.start - b.start);
      let right = '';
      let p = d.start;
      for (const e of edits) {
        right += text.slice(p, e.start) + e.text;
        p = e.end;
      }
      right += text.slice(p, d.end);
      const fix = edits.length > 0 ? map.fix({ zh: `改为“${right}”`, en: `Change to "${right}"` }, edits, true) : null;
      ctx.add({
        range: map.range(d.start, d.end),
        message: {
          zh: `发文字号“${wrong}”不规范：${zh.join('；')}`,
          en: `Malformed document number "${wrong}": ${en.join('; ')}`,
        },
        fixes: fixes(fix),
      });
    }
  },
};
