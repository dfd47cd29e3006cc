// text → Report, once per document version. Every later question (rules,
// hover, outline, folding) reads this model; nothing re-parses.

import type { Generation, Range, TemplateSetting } from '../types';
import type { Heading, Report, Section, SubSection, Table } from './report';
import type { SourceText } from '../text/source';
import { readSource } from '../text/read-source';
import { TextScans } from '../text/scans';
import { lineIndexAt, splitLines } from './cells';
import { findSectionHeadings, findSubHeadings, type SectionHeading } from './headings';
import { buildSections } from './tree';
import { parseTables } from './tables';
import { bodyYear, findTitle, periodYear } from './meta';
import { LIMITS } from '../limits';
import { plainPageChrome } from './locate-report';

export interface ParseOptions {
  /** Force the tables' layout instead of detecting it. */
  template: TemplateSetting;
}

/** Parses one report (a string is read as a document of its own). */
export function parse(source: SourceText | string, options: ParseOptions = { template: 'auto' }): Report {
  const src = typeof source === 'string' ? readSource(source) : source;
  const text = src.original;
  const lines = splitLines(src.text);
  const secHeads = findSectionHeadings(src.text, lines);
  const headingLines = new Set<number>();
  for (const h of secHeads) if (h.startsLine) headingLines.add(lineIndexAt(lines, h.range.start));
  // Without a section heading, the title is looked for in the first 20 lines only.
  const titleBefore = secHeads.length > 0 ? secHeads[0].range.start : lines[Math.min(lines.length - 1, 20)].end;

  const title = findTitle(src, lines, titleBefore);
  const period = periodYear(src);
  const overview = secHeads.find((h) => h.section === 1);
  const body = bodyYear(src, overview ? overview.range.end : 0, src.text.length);
  const yearSources = [
    ...(title?.year ? [{ kind: 'title' as const, year: title.year, range: title.range }] : []),
    ...(period ? [period] : []),
    ...(body ? [body] : []),
  ];
  const year = yearSources[0]?.year ?? null;
  const yearGen: Generation | null = year === null ? null : year >= 2021 ? '2021' : '2019';
  const override = options.template === 'auto' ? null : options.template;

  const tables = parseTables(src, lines, headingLines, override ?? yearGen);
  const inTable = insideAny(tables.map((t) => t.textRange));
  const subs = findSubHeadings(src.text, lines, inTable);
  const sections = buildSections(secHeads, subs, src.text.length);

  const votes = { '2019': 0, '2021': 0 };
  for (const t of tables) if (t.generation) votes[t.generation]++;
  const detected: Generation | null = votes['2021'] > votes['2019'] ? '2021' : votes['2019'] > 0 ? '2019' : null;

  const mapped = src.isHtml ? mapAll(src, sections) : sections;
  for (const t of tables) t.section = sectionAt(mapped, t.range.start);
  const report: Report = {
    src,
    scans: new TextScans(src.text),
    eol: lineEnding(text.slice(0, 100_000)),
    title,
    year,
    yearSources,
    generation: override ?? detected,
    sections: mapped,
    tables,
    prose: complement(tables, text.length),
    chrome: pageChrome(src, secHeads),
    isReport: !!title || mapped.filter((s) => s.id !== null).length >= 2 || tables.some((t) => t.rows.length >= 2),
    limited: text.length > LIMITS.expensiveRulesMaxChars ? 'size' : tables.length > LIMITS.maxTables ? 'tables' : null,
  };
  return report;
}

/** Page chrome in a plain-text page (a web page's chrome is dropped when its markup is read). */
function pageChrome(src: SourceText, heads: readonly SectionHeading[]): Range[] {
  if (src.isHtml || new Set(heads.map((h) => h.section)).size < 2) return [];
  return plainPageChrome(src.text, heads[0].range.start, heads[heads.length - 1].range.start);
}

/**
 * The line ending for inserted text: CRLF when the document has any (as
 * before), else a lone CR when those outnumber LFs (classic Mac / some WPS
 * exports), so that a fix never brings a second kind of line break in.
 */
function lineEnding(head: string): string {
  if (head.includes('\r\n')) return '\r\n';
  let cr = 0;
  let lf = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 13) cr++;
    else if (c === 10) lf++;
  }
  return cr > lf ? '\r' : '\n';
}

function sectionAt(sections: Section[], offset: number): Section['id'] {
  // Sections are sorted and disjoint: binary search.
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid];
    if (offset < s.range.start) hi = mid - 1;
    else if (offset >= s.range.end) lo = mid + 1;
    else return s.id;
  }
  return null;
}

/** Membership test over sorted, disjoint ranges, for offsets asked in increasing order. */
function insideAny(ranges: Range[]): (offset: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let i = 0;
  let last = -1;
  return (o: number) => {
    if (o < last) i = 0;
    last = o;
    while (i < sorted.length && sorted[i].end <= o) i++;
    return i < sorted.length && o >= sorted[i].start && o < sorted[i].end;
  };
}

function complement(tables: Table[], length: number): Range[] {
  const sorted = [...tables].sort((a, b) => a.range.start - b.range.start);
  const out: Range[] = [];
  let pos = 0;
  for (const t of sorted) {
    if (t.range.start > pos) out.push({ start: pos, end: t.range.start });
    pos = Math.max(pos, t.range.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}

// ---------------------------------------------------------------- HTML coordinates

function mapRange(src: SourceText, r: Range): Range {
  const start = src.toOriginal(r.start);
  return { start, end: Math.max(start, src.toOriginalEnd(r.end)) };
}

function mapHeading<T extends Heading>(src: SourceText, h: T): T {
  return { ...h, range: mapRange(src, h.range), ordinalRange: mapRange(src, h.ordinalRange), titleRange: mapRange(src, h.titleRange) };
}

function mapSub(src: SourceText, s: SubSection): SubSection {
  return { heading: mapHeading(src, s.heading), range: mapRange(src, s.range), children: s.children.map((c) => mapSub(src, c)) };
}

function mapAll(src: SourceText, sections: Section[]): Section[] {
  return sections.map((s) => ({
    ...s,
    heading: mapHeading(src, s.heading as SectionHeading),
    range: mapRange(src, s.range),
    body: mapRange(src, s.body),
    children: s.children.map((c) => mapSub(src, c)),
  }));
}
