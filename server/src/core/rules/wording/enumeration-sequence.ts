// enumeration-sequence: an inline enumeration whose ordinals skip, repeat or
// go back within one paragraph — "一是…；三是…；三是…", "第一，…第三，",
// "（一）…（三）" — a slip a reader notices and the author can fix at once.
//
// Markers count only where an enumeration item starts: at the start of the
// paragraph or after a clause mark, so 统一是, 之一是, 排名第一， and
// 第二十条第（一）项 are no markers. 第X needs a comma, colon or 是 after it
// (第一时间, 第一季度 are words). （X） followed by a table 三 row name
// (（三）不予公开) cites a row; the first （X） of a paragraph is its heading
// (section numbering is not this rule's). A paragraph restarting at 一 starts a
// new list. The suggestion renumbers the list from the first wrong ordinal.

import type { Rule } from '../rule';
import { DocMap, fixes } from '../../text/docmap';
import { CN_ORDINALS, chineseOrdinal } from '../../text/normalize';
import { T3_ROWS } from '../../template/tables';
import { proseTextRanges } from '../textSpans';

type Family = 'shi' | 'di' | 'paren';

interface Marker {
  family: Family;
  value: number;
  /** Offsets of the numeral inside the marker (what a renumbering rewrites). */
  numStart: number;
  numEnd: number;
  /** Offsets of the whole marker (what the finding shows). */
  start: number;
  end: number;
}

const MARKER = /([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?=[，,：:是])|[（(]([一二三四五六七八九十]{1,3})[）)]/g;
/** What may stand before an item marker: a clause mark or an opening quote/bracket. */
const BEFORE = /[。；;：:，,！!？?、“"（(\s]/;
const ROW_NAMES = T3_ROWS.flatMap((r) => r.keys).filter((k) => k.length >= 2);

function markersOf(t: string, from: number, to: number): Marker[] {
  const out: Marker[] = [];
  const line = t.slice(from, to);
  // Most lines hold no numeral at all: one cheap test before the regex.
  if (!/[一二三四五六七八九十]/.test(line)) return out;
  MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(line))) {
    const at = m.index;
    const prev = at > 0 ? line[at - 1] : '\n';
    if (!BEFORE.test(prev)) continue;
    const num = m[1] ?? m[2] ?? m[3];
    const value = chineseOrdinal(num);
    if (value === null || value < 1) continue;
    const family: Family = m[1] ? 'shi' : m[2] ? 'di' : 'paren';
    const numStart = from + at + (family === 'shi' ? 0 : 1);
    if (family === 'paren') {
      const after = line.slice(at + m[0].length, at + m[0].length + 8);
      if (ROW_NAMES.some((k) => after.startsWith(k))) continue;
    }
    out.push({ family, value, numStart, numEnd: numStart + num.length, start: from + at, end: from + at + m[0].length });
  }
  return out;
}

/** Lists of one family in one paragraph: a new list starts at every 一. */
function listsOf(markers: Marker[]): Marker[][] {
  const lists: Marker[][] = [];
  const open = new Map<Family, Marker[]>();
  for (const mk of markers) {
    let list = open.get(mk.family);
    if (!list || mk.value === 1) {
      list = [];
      lists.push(list);
      open.set(mk.family, list);
    }
    list.push(mk);
  }
  return lists;
}

/** Paragraphs (lines) of a visible-text range. */
function* lines(t: string, from: number, to: number): Generator<[number, number]> {
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || t.charCodeAt(i) === 10 || t.charCodeAt(i) === 13) {
      if (i > s) yield [s, i];
      s = i + 1;
    }
  }
}

export const rule: Rule = {
  meta: {
    id: 'enumeration-sequence',
    category: 'wording',
    severity: 'warning',
    fixClass: 'suggest',
    description: {
      zh: '段落内的列举序号不连续或重复（如“一是…三是…三是”“第一…第三”“（一）（三）”）',
      en: 'Inline enumeration out of sequence in a paragraph (一是…三是…三是, 第一…第三, （一）（三）)',
    },
  },
  check(ctx) {
    const { report } = ctx;
    const map = new DocMap(report.src);
    const t = map.text;
    for (const r of proseTextRanges(report)) {
      for (const [a, b] of lines(t, r.start, r.end)) {
        let markers = markersOf(t, a, b);
        // A paragraph opening with （X） is a (sub)heading: its number is the outline's, not a list's.
        const firstParen = markers.find((x) => x.family === 'paren');
        if (firstParen && t.slice(a, firstParen.start).trim() === '') markers = markers.filter((x) => x !== firstParen);
        for (const list of listsOf(markers)) check(list);
      }
    }

    function check(list: Marker[]): void {
      // A list must open at 一; one that opens elsewhere may continue a list we cannot see: no opinion.
      if (list.length < 2 || list[0].value !== 1) return;
      const bad = list.findIndex((x, i) => i > 0 && x.value !== i + 1);
      if (bad < 0) return;
      const written = list.map((x) => t.slice(x.start, x.end)).join('…');
      const wanted = list.map((x, i) => t.slice(x.start, x.numStart) + CN_ORDINALS[i + 1] + t.slice(x.numEnd, x.end)).join('…');
      const edits = list.slice(bad).flatMap((x, k) => {
        const n = CN_ORDINALS[bad + k + 1];
        return n === undefined || t.slice(x.numStart, x.numEnd) === n ? [] : [{ start: x.numStart, end: x.numEnd, text: n }];
      });
      const at = list[bad];
      ctx.add({
        range: map.range(at.start, at.end),
        message: {
          zh: `列举序号不连续：${written}，应为${wanted}`,
          en: `Enumeration out of sequence: ${written}; expected ${wanted}`,
        },
        fixes: edits.length === 0 ? [] : fixes(map.fix({ zh: '按顺序重新编号', en: 'Renumber in sequence' }, edits, false)),
      });
    }
  },
};
