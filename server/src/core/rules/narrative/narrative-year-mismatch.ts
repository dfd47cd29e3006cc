// narrative-year-mismatch: a year in the prose that contradicts the report
// year where the sentence says which year it must be. Past years in review
// prose are legitimate and never looked at. Three places only:
//  - the statistics period "统计期限自Y年1月1日起至Y年12月31日止": both years
//    are the report year (the first period's start year against the title is
//    report-year-mismatch's, an error, and is not reported twice);
//  - "本年度（Y年）", "今年（Y年）" = the report year; "明年（Y年）", "下一年度（Y年）" = the next;
//  - in sections 五 and 六, a sentence that opens with a year and goes on with
//    a plan ("2023年，我局将继续…") speaks of the next year: the report year
//    there is a slip for the next one. Only plan cues that cannot be the past
//    are read: 将继续/将进一步/将持续… (a bare 将 is often 把: "将巡查情况列入
//    考核" is past; 计划 and 拟 are too: "按计划完成", "拟定了").

import type { Rule } from '../rule';
import type { Report } from '../../model/report';
import { DocMap } from '../../text/docmap';
import { toHalfWidth } from '../../text/normalize';
import { proseTextRanges, sectionTextRanges } from '../textSpans';

const PERIOD =
  /统计(?:期限|时限|时间|区间)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日[^。\n]{0,6}?(?:至|到|—|-|－|~|～)\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g;
const THIS_YEAR = /(本年度|本年|今年|下一年度|下一年|下年度|明年)\s*[（(]\s*((?:19|20)\d{2})\s*年?度?\s*[）)]/g;
const PLAN_CUES = '将继续|将进一步|将持续|将采取|将着力|将重点|将坚持|将围绕|将不断|将切实|将全面|将深入|将更加|将积极|将努力|将加大|将加快|将聚焦|将从以下';
const PLAN = new RegExp(`(^|[。；;！!？?：:\\n\\s])((?:19|20)\\d{2})\\s*年度?\\s*[，,]?[^。；;！!？?，,\\n]{0,12}?(?:${PLAN_CUES})`, 'g');

const NEXT = new Set(['下一年度', '下一年', '下年度', '明年']);

export const rule: Rule = {
  meta: {
    id: 'narrative-year-mismatch',
    category: 'narrative',
    severity: 'warning',
    fixClass: 'none',
    description: {
      zh: '正文中应与报告年度一致的年份写错（统计期限、“本年度（某年）”、改进计划中的下一年写成本年）',
      en: 'A year in the prose contradicts the report year (statistics period, "本年度 (year)", a plan for next year written with the report year)',
    },
  },
  check(ctx) {
    const { report } = ctx;
    const year = report.year;
    if (year === null) return;
    const map = new DocMap(report.src);
    // Half-width digits, same length: offsets stay those of the visible text.
    const t = toHalfWidth(map.text);
    const say = (at: number, written: number, want: number, zh: string, en: string) =>
      ctx.add({
        range: map.range(at, at + 4),
        message: { zh: `${zh}应为${want}年，写成了${written}年`, en: `${en} should be ${want}, not ${written}` },
      });

    const reported = reportedByYearMismatch(report);
    for (const r of proseTextRanges(report)) {
      const slice = t.slice(r.start, r.end);
      for (const m of slice.matchAll(PERIOD)) {
        const base = r.start + m.index;
        const startAt = base + m[0].indexOf(m[1]);
        const endAt = base + m[0].lastIndexOf(m[2]);
        if (Number(m[1]) !== year && !reported.has(map.offset(startAt)))
          say(startAt, Number(m[1]), year, `统计期限的起始年份（报告年度${year}年）`, `The start year of the statistics period (report year ${year})`);
        if (Number(m[2]) !== year)
          say(endAt, Number(m[2]), year, `统计期限的截止年份（报告年度${year}年）`, `The end year of the statistics period (report year ${year})`);
      }
      for (const m of slice.matchAll(THIS_YEAR)) {
        const next = NEXT.has(m[1]);
        const want = next ? year + 1 : year;
        if (Number(m[2]) === want) continue;
        const at = r.start + m.index + m[0].indexOf(m[2]);
        say(at, Number(m[2]), want, `“${m[1]}”（报告年度${year}年）`, `"${m[1]}" (report year ${year})`);
      }
    }
    for (const r of sectionTextRanges(report, [5, 6])) {
      for (const m of t.slice(r.start, r.end).matchAll(PLAN)) {
        if (Number(m[2]) !== year) continue;
        const at = r.start + m.index + m[1].length;
        say(at, year, year + 1, `改进计划讲的是下一年，年份`, `A plan for the next year: the year`);
      }
    }
  },
};

/** Where report-year-mismatch already says the period's start year differs from the title. */
function reportedByYearMismatch(report: Report): Set<number> {
  const title = report.yearSources.find((y) => y.kind === 'title');
  const period = report.yearSources.find((y) => y.kind === 'period');
  return new Set(title && period && title.year !== period.year ? [period.range.start] : []);
}
