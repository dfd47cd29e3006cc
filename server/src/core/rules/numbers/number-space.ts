// number-space: official prose writes no space between a number and 年/月/日/号
// or a unit ("2019 年", "118 条", "4 万人", "1200 余条" come from PDF
// conversion), and no space inside a number ("1 000"). Only spaces that exist
// are reported — text without spaces (2025年3月27日, 〔2018〕59号) never is
// (docs/design/lessons.md 9). The safe fix deletes exactly those spaces; a space between 第
// and a reported number goes too ("第 1 条" → "第1条").
//
// PDF conversion puts the spaces on both sides ("申请 749 件"): the fix removes
// the one before the number too, and a number with a unit right after it is
// reported for the space before it alone ("申请 749件"). That space stays where
// it is the only separator left between an inline heading and its text
// ("（一）主动公开 2019年…"), and in tables, where it separates cells.
//
// Not reported here: spaces inside a 发文字号 ("〔2019〕28 号" is
// doc-number-brackets' finding), numbers inside URLs, e-mails, times and ISO
// dates, numbers glued to ASCII letters, and — for the space-inside-a-number
// case — table areas and runs of numbers (a space-separated row "0 000 0" is
// cells, not one number).
//
// Many such spaces in one report are what PDF conversion leaves behind: past
// SUMMARY_AT of them the report gets one finding that lists them all and
// whose safe fix removes every one, so they do not bury the findings that matter.

import type { FindingInput, Rule } from '../rule';
import type { Fix, TextEdit } from '../../types';
import { DocMap, fixes } from '../../text/docmap';
import {
  clip,
  isAsciiLetterCode,
  isCjkAt,
  isDigitCode,
  isIdeographAt,
  isInlineSpaceCode,
  isLineBreakCode,
  nextNonSpace,
  prevNonSpace,
  skipInlineSpaces,
} from '../../text/chars';
import { SpanSet } from '../../text/exclusions';
import { SPACE_UNITS, chainShape, wordAt, type ChainList } from '../../text/numbers';

/** A digit group after a space inside a number: exactly three digits, optionally with decimals. */
function isThreeDigitGroup(chains: ChainList, k: number): { ok: boolean; decimal: boolean } {
  if (chains.commas(k) > 0 || chains.dots(k) > 1 || chains.end(k) - chains.start(k) < 3) return { ok: false, decimal: false };
  const shape = chainShape(chains.raw(k));
  return { ok: shape.parts[0].length === 3, decimal: shape.dots === 1 };
}

export const rule: Rule = {
  meta: {
    id: 'number-space',
    category: 'numbers',
    severity: 'info',
    fixClass: 'safe',
    description: {
      zh: '数字中间或数字与“年”“月”“日”、单位之间有空格（如“2019 年”“118 条”）',
      en: 'A space inside a number or between digits and 年/月/日/a unit ("2019 年", "118 条")',
    },
  },
  check(ctx) {
    const map = new DocMap(ctx.report.src);
    const text = map.text;
    const chains = ctx.report.scans.numbers;
    if (chains.length === 0) return;
    let skip: SpanSet | null = null;
    let docs: SpanSet | null = null;
    const tables = new SpanSet(ctx.report.tables.map((t) => t.range));
    let consumedUntil = -1;

    const found: FindingInput[] = [];
    for (let i = 0; i < chains.length; i++) {
      const cEnd = chains.end(i);
      if (chains.start(i) < consumedUntil) continue;
      // Cheap pre-check: a space after the number then a digit or a unit, or a space before it and a unit right after.
      if (isInlineSpaceCode(text.charCodeAt(cEnd))) {
        if (!isDigitCode(text.charCodeAt(cEnd + 1)) && !wordAt(text, skipInlineSpaces(text, cEnd), SPACE_UNITS)) continue;
      } else {
        const at = chains.start(i);
        if (at === 0 || !isInlineSpaceCode(text.charCodeAt(at - 1)) || !wordAt(text, cEnd, SPACE_UNITS)) continue;
      }
      const cStart = chains.start(i);
      if (cStart > 0 && isAsciiLetterCode(text.charCodeAt(cStart - 1))) continue;

      let removals: Array<{ start: number; end: number }> | null = null;
      let numberEnd = cEnd;

      // "1 000", "12 345 678.5": one space between groups of exactly three digits.
      const prev = prevNonSpace(text, cStart);
      const lead = text.charCodeAt(cStart);
      const canGroup =
        isDigitCode(text.charCodeAt(cEnd + 1)) &&
        cEnd - cStart <= 3 &&
        chains.dots(i) === 0 &&
        chains.commas(i) === 0 &&
        lead !== 0x30 &&
        lead !== 0xff10 &&
        (prev === -1 || isCjkAt(text, prev)) &&
        !tables.has(map.offset(cStart));
      if (canGroup) {
        let pos = cEnd;
        let next = i + 1;
        const inner: Array<{ start: number; end: number }> = [];
        let last = i;
        while (isInlineSpaceCode(text.charCodeAt(pos)) && isDigitCode(text.charCodeAt(pos + 1))) {
          const k = chains.startingAt(next, pos + 1);
          if (k === -1) break;
          const g = isThreeDigitGroup(chains, k);
          if (!g.ok) break;
          inner.push({ start: pos, end: pos + 1 });
          pos = chains.end(k);
          next = k + 1;
          last = k;
          if (g.decimal) break;
        }
        if (inner.length > 0) {
          const after = nextNonSpace(text, pos);
          const ch = after === -1 ? '' : text[after];
          if (after !== -1 && (isCjkAt(text, after) || ch === '%') && !isDigitCode(text.charCodeAt(after))) {
            removals = inner;
            numberEnd = pos;
            consumedUntil = pos;
            i = last;
          }
        }
      }

      // "2019 年", "118 条", "4 万人".
      let unit: string | null = null;
      let unitEnd = numberEnd;
      if (isInlineSpaceCode(text.charCodeAt(numberEnd))) {
        const at = skipInlineSpaces(text, numberEnd);
        unit = wordAt(text, at, SPACE_UNITS);
        if (unit) {
          (removals ??= []).push({ start: numberEnd, end: at });
          unitEnd = at + unit.length;
        }
      }
      // "申请 749件": a unit right after the number, the space only before it.
      if (removals === null && (unit = wordAt(text, numberEnd, SPACE_UNITS))) unitEnd = numberEnd + unit.length;
      let start = cStart;
      // "第 1 条": the space after 第 belongs to the same artefact; so does the one after a word ("申请 749 件").
      const spaced = prev !== -1 && prev < cStart - 1;
      let before = false;
      if (spaced && text[prev] === '第') {
        (removals ??= []).unshift({ start: prev + 1, end: cStart });
        start = prev;
      } else if (spaced && (removals !== null || unit) && isIdeographAt(text, prev) && !tables.has(map.offset(cStart)) && !afterInlineHeading(text, prev)) {
        (removals ??= []).unshift({ start: prev + 1, end: cStart });
        start = prev;
        before = true;
      }
      if (removals === null) continue;
      const end = unit ? unitEnd : numberEnd;
      skip ??= ctx.report.scans.exclusions;
      docs ??= ctx.report.scans.docNumberSpans;
      if (docs.intersects(start, end) || skip.intersects(cStart, numberEnd)) continue;

      const wrong = clip(text.slice(start, end));
      let right = '';
      let p = start;
      for (const r of removals) {
        right += text.slice(p, r.start);
        p = r.end;
      }
      right = clip(right + text.slice(p, end));
      const innerOnly = !unit;
      const onlyBefore = before && removals.length === 1;
      const message = onlyBefore
        ? { zh: `数字前不应有空格：“${wrong}”应写作“${right}”`, en: `No space before a number: write "${right}", not "${wrong}"` }
        : innerOnly
          ? {
              zh: `数字中间不应有空格：“${wrong}”应写作“${right}”`,
              en: `No spaces inside a number: write "${right}", not "${wrong}"`,
            }
          : before
            ? { zh: `数字两侧不应有空格：“${wrong}”应写作“${right}”`, en: `No spaces around a number: write "${right}", not "${wrong}"` }
            : {
                zh: `数字与“${unit}”之间不应有空格：“${wrong}”应写作“${right}”`,
                en: `No space between a number and ${unit}: write "${right}", not "${wrong}"`,
              };
      found.push({
        range: map.range(start, end),
        message,
        fixes: fixes(
          map.fix(
            { zh: `删除空格，改为“${right}”`, en: `Remove the space: "${right}"` },
            removals.map((r) => ({ start: r.start, end: r.end, text: '' })),
            true,
          ),
        ),
      });
    }
    if (found.length > SUMMARY_AT) summarise(ctx.add, found);
    else for (const f of found) ctx.add(f);
  },
};

const NO_EDITS: TextEdit[] = [];

/** More findings than this in one report become one summary (PDF conversion). */
const SUMMARY_AT = 10;

/** One finding for all the spaces: each listed as related information, one safe fix removing them all. */
function summarise(add: (f: FindingInput) => void, found: FindingInput[]): void {
  const edits: TextEdit[] = [];
  for (const f of found) for (const e of f.fixes?.[0]?.edits ?? NO_EDITS) edits.push(e);
  const fix: Fix = { title: { zh: `删除全部 ${found.length} 处空格`, en: `Remove all ${found.length} spaces` }, edits, safe: true };
  add({
    range: found[0].range,
    message: {
      zh: `疑似 PDF 转换：${found.length} 处数字两侧空格，可一键删除（首处${(found[0].message.zh.match(/“[^”]*”应写作“[^”]*”/) ?? [''])[0]}）`,
      en: `Likely PDF conversion: ${found.length} spaces around numbers; remove them all at once (first: ${(found[0].message.en.match(/write "[^"]*", not "[^"]*"/) ?? [''])[0]})`,
    },
    related: () => found.map((f) => ({ range: f.range, message: f.message })),
    fixes: [fix],
  });
}

/**
 * The space before a number ends an inline heading ("（一）主动公开 2019年…",
 * "1.政府信息管理 …"): the text since the line start, or the last sentence
 * end, is an ordinal and a short title without punctuation.
 */
function afterInlineHeading(text: string, prev: number): boolean {
  // An ordinal (≤ 5 characters) and a title of ≤ 12 fit in 18: a sentence start further back is no heading.
  let s = prev;
  for (;;) {
    if (s === 0) break;
    const c = text.charCodeAt(s - 1);
    if (isLineBreakCode(c) || c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 0xff01 /* ！ */ || c === 0xff1f /* ？ */) break;
    if (prev - s >= 18) return false;
    s--;
  }
  while (s < prev && isInlineSpaceCode(text.charCodeAt(s))) s++;
  // Only an ordinal can open a heading: （ ( 一…十 or a digit.
  const c = text.charCodeAt(s);
  if (!(c === 0xff08 || c === 0x28 || isDigitCode(c) || '一二三四五六七八九十'.includes(text[s]))) return false;
  return /^[\s\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．])[^，。；：,;:“”《》（）()]{1,12}$/.test(
    text.slice(s, prev + 1),
  );
}
