// Title, report year and whether the text is a report draft at all.

import type { Range } from '../types';
import type { Line } from './cells';
import type { YearSource } from './report';
import type { SourceText } from '../text/source';
import { labelKey, toHalfWidth } from '../text/normalize';

const TITLE_RE = /政府信息公开.{0,6}(?:年度)?报告|政务公开.{0,6}年度报告|信息公开.{0,4}年度报告/;

export function findTitle(src: SourceText, lines: Line[], firstHeadingLine: number): { text: string; range: Range; year: number | null } | null {
  let seen = 0;
  for (const line of lines) {
    if (line.index > firstHeadingLine) break;
    if (line.index === firstHeadingLine) {
      // A page that lost its line breaks: the title runs straight into "一、总体情况".
      const cut = line.text.search(/[一1][、.．]\s*(?:总体情况|概述)/);
      if (cut <= 0) break;
      const t = line.text.slice(0, cut).trim();
      const key = labelKey(t);
      if (t.length > 80 || !TITLE_RE.test(key) || !key.includes('年度报告')) break;
      const start = line.start + line.text.indexOf(t[0]);
      return { text: t, range: { start: src.toOriginal(start), end: src.toOriginalEnd(start + t.length) }, year: yearIn(key) };
    }
    if (line.blank) continue;
    if (++seen > 15) break;
    const t = line.text.trim();
    if (!isTitleText(t)) continue;
    const key = labelKey(t);
    const start = line.start + line.text.indexOf(t[0]);
    return {
      text: t,
      range: { start: src.toOriginal(start), end: src.toOriginalEnd(start + t.length) },
      year: yearIn(key),
    };
  }
  return null;
}

/** A title is a bare name: a sentence that mentions the report is not one. */
export function isTitleText(t: string): boolean {
  if (t.length > 80 || /[。；，,;！？]/.test(t)) return false;
  const key = labelKey(t);
  return TITLE_RE.test(key) && key.includes('年度报告');
}

export function yearIn(s: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(s));
  return m ? Number(m[1]) : null;
}

/** 统计期限为2021年1月1日起至2021年12月31日止 → 2021. */
export function periodYear(src: SourceText): YearSource | null {
  const text = src.text;
  const re = /统计(?:期限|时限|时间|区间)[^。\n]{0,12}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日/g;
  const m = re.exec(text.length > 400_000 ? text.slice(0, 400_000) : text);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return { kind: 'period', year: Number(m[1]), range: { start: src.toOriginal(at), end: src.toOriginalEnd(at + 4) } };
}

/** The first "YYYY年" of the overview: the year the report speaks about. */
export function bodyYear(src: SourceText, from: number, to: number): YearSource | null {
  const slice = src.text.slice(from, Math.min(to, from + 3000));
  const m = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(slice);
  if (!m) return null;
  const at = from + m.index;
  return { kind: 'body', year: Number(m[1]), range: { start: src.toOriginal(at), end: src.toOriginalEnd(at + 4) } };
}
