// The figures of a report that the next year's report must continue: who
// wrote it (the body, from the title), for which year and template generation,
// the requests carried over (table 三) and table 二's counts of rules and
// normative documents. Plain JSON, so CLI worker threads and the language
// server can pass them between documents. Only cells read with confidence are
// kept: a guessed cell would make a finding in another year's report that its
// author cannot explain.

import type { Generation } from '../types';
import type { Cell, Report, Table } from './report';
import { cellAtIds } from './tableMath';
import { T3_COLUMNS } from '../template/tables';
import { toHalfWidth } from '../text/normalize';
import { LineIndex } from '../text/lines';

/** A cell of another report: its value, its document offsets and its editor position (0-based). */
export interface FactCell {
  value: number;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface YearFacts {
  /** The document the report is in ('' = the document being linted: a file of merged reports). */
  uri: string;
  /** The name users know the file by (its base name). */
  name: string;
  /** The issuing body, normalised from the title. */
  body: string;
  year: number;
  generation: Generation;
  /** 二、上年结转 by table 三 column id. */
  carryIn: Record<string, FactCell>;
  /** 四、结转下年度继续办理 by table 三 column id. */
  carryOut: Record<string, FactCell>;
  /** Table 二 block (一) by "row.column" (rules.valid, normative.totalPublic…). */
  t2: Record<string, FactCell>;
}

/** Rules whose findings depend on other reports (the linter runs them again when those change). */
export const CROSS_YEAR_RULES: ReadonlySet<string> = new Set(['cross-year-carryover', 'cross-year-valid-count']);

/** Table 二 rows compared year to year (the template's optional rows are left out). */
export const T2_FACT_ROWS = ['rules', 'normative'] as const;
export const T2_FACT_COLUMNS: Record<Generation, readonly string[]> = {
  '2021': ['issued', 'repealed', 'valid'],
  '2019': ['made', 'published', 'totalPublic'],
};

const YEAR = /(?:19|20)[0-9]{2}\s*年度?|[〇零一二三四五六七八九○Ｏ]{4}\s*年度?/g;
const REPORT_WORDS = /政府信息公开(?:工作)?(?:年度)?报告|政务公开(?:工作)?(?:年度)?报告|年度报告|工作报告/g;
/** Letters, digits and CJK ideographs: what names a body; the rest is spacing and punctuation. */
const NOT_NAME = /[^0-9A-Za-z\u3400-\u9fff]/g;

/** "平潭综合实验区2020年度政府信息公开工作年度报告" → "平潭综合实验区"; '' when the title names no body. */
export function reportBody(title: string): string {
  return toHalfWidth(title).replace(YEAR, '').replace(REPORT_WORDS, '').replace(NOT_NAME, '');
}

/** Where a report lies in its document, to give its cells document offsets and positions. */
export interface FactPlace {
  /** The whole document's text. */
  text: string;
  /** Offset of the report in it. */
  offset: number;
  uri?: string;
  name?: string;
}

const memo = new WeakMap<Report, YearFacts | null>();

/**
 * The report's facts; null when it cannot be compared with another year (no
 * body in the title, no year, no generation, or nothing read with confidence).
 * Without `place`, offsets are the report's own and positions are left 0.
 */
export function yearFactsOf(report: Report, place?: FactPlace): YearFacts | null {
  if (!place) {
    if (!memo.has(report)) memo.set(report, collect(report, null));
    return memo.get(report)!;
  }
  return collect(report, place);
}

function collect(report: Report, place: FactPlace | null): YearFacts | null {
  const body = report.title ? reportBody(report.title.text) : '';
  if (!body || report.year === null || report.generation === null) return null;
  const index = place ? linesOf(place.text) : null;
  const shift = place?.offset ?? 0;
  const fact = (c: Cell | undefined): FactCell | null => {
    if (!c || c.kind !== 'number' || c.value === null || c.placement === 'guessed') return null;
    const start = c.range.start + shift;
    const end = c.range.end + shift;
    const a = index?.position(start) ?? { line: 0, character: 0 };
    const b = index?.position(end) ?? { line: 0, character: 0 };
    return { value: c.value, start, end, line: a.line, character: a.character, endLine: b.line, endCharacter: b.character };
  };
  const facts: YearFacts = {
    uri: place?.uri ?? '',
    name: place?.name ?? '',
    body,
    year: report.year,
    generation: report.generation,
    carryIn: {},
    carryOut: {},
    t2: {},
  };
  const t3 = trusted(report, 't3');
  if (t3) {
    for (const col of T3_COLUMNS) {
      put(facts.carryIn, col.id, fact(cellAtIds(t3, 'carry', col.id)));
      put(facts.carryOut, col.id, fact(cellAtIds(t3, 'next', col.id)));
    }
  }
  const t2 = trusted(report, 't2');
  if (t2 && (t2.generation ?? report.generation) === report.generation) {
    for (const row of T2_FACT_ROWS) {
      for (const col of T2_FACT_COLUMNS[report.generation]) put(facts.t2, `${row}.${col}`, fact(cellAtIds(t2, `b1.${row}`, col)));
    }
  }
  const empty = [facts.carryIn, facts.carryOut, facts.t2].every((o) => Object.keys(o).length === 0);
  return empty ? null : facts;
}

function put(into: Record<string, FactCell>, key: string, c: FactCell | null): void {
  if (c) into[key] = c;
}

/** The one table of a kind, when it was read with confidence (two of a kind: which one counts is open). */
function trusted(report: Report, kind: Table['kind']): Table | null {
  const tables = report.tables.filter((t) => t.kind === kind);
  return tables.length === 1 && tables[0].aligned ? tables[0] : null;
}

let lastLines: LineIndex | null = null;

/** The reports of one document share its line index. */
function linesOf(text: string): LineIndex {
  if (lastLines?.text !== text) lastLines = new LineIndex(text);
  return lastLines;
}

/** `prev` is the same body's report for the year before `cur`, in the same template generation. */
export function isPreviousYear(prev: YearFacts, cur: YearFacts): boolean {
  return prev.body === cur.body && prev.year === cur.year - 1 && prev.generation === cur.generation;
}

/** How many title-like stretches of a file are kept for the look below (a merged file holds many reports). */
const MAX_TITLES = 500;

/**
 * The title-like stretches of a text, normalised as reportBody normalises a
 * title: the 80 name characters before each "报告". A cheap look at a file
 * before parsing it as last year's report: a folder or workspace may hold
 * large drafts of other bodies and years, and parsing them all is what makes
 * one file's lint slow.
 */
export function titleStretches(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf('报告'); at >= 0 && out.length < MAX_TITLES; at = text.indexOf('报告', at + 2)) {
    const before = toHalfWidth(text.slice(Math.max(0, at - 160), at)).replace(NOT_NAME, '');
    const tail = before.slice(-80);
    if (/(?:19|20)\d{2}年/.test(tail)) out.push(tail);
  }
  return out;
}

/** Some stretch names `body` and the year (see titleStretches). */
export function namesReport(stretches: readonly string[], body: string, year: number): boolean {
  if (body === '') return false;
  const y = `${year}年`;
  return stretches.some((s) => s.includes(y) && s.includes(body));
}
