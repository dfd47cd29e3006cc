// Parse once per report, not per document version: every feature
// (diagnostics, hover, outline, folding, code actions) asks this cache, never
// the parser directly. A document is split into its reports (merged drafts);
// each report is parsed and linted on its own text, and cached by that text,
// so a new version re-parses only the reports whose text changed, wherever
// they moved. Only the reports of the latest version are kept.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../core/types';
import type { Report } from '../core/model/report';
import { parse } from '../core/model/parse';
import { splitReports } from '../core/model/split';
import { lintReport, parseOptions, type LintOptions, type ReportResult } from '../core/lint';
import type { Settings, Template } from './settings';
import type { Lang } from './locale';
import { PartDiagnostics } from './partDiagnostics';
import { revisionOf } from './revisions';

export const GOV_REPORT = 'gov-report';
const SERVED = new Set([GOV_REPORT, 'plaintext', 'markdown']);

/** Languages the server looks at; anything else is left alone. */
export function isServed(doc: TextDocument): boolean {
  return SERVED.has(doc.languageId);
}

/** Above this size a plaintext/markdown file must at least mention 公开 before we parse it. */
const SNIFF_ABOVE = 1_000_000;

/**
 * A cheap gate in front of the parser for big plaintext/markdown files (logs,
 * data dumps): every report draft talks about 公开, and parsing a 20 MB log
 * would stall every other document (lessons.md 5).
 */
function worthParsing(doc: TextDocument): boolean {
  if (doc.languageId === GOV_REPORT) return true;
  const text = doc.getText();
  return text.length <= SNIFF_ABOVE || text.includes('公开');
}

export function lintOptions(doc: TextDocument, s: Settings): LintOptions {
  // A file the user marked as gov-report is linted even when detection hesitates
  // (an early draft with only a title); plaintext/markdown must prove it is a report.
  return { generation: s.template, rules: s.rules, force: doc.languageId === GOV_REPORT };
}

/** One report of a document version. Offsets inside `report` are local to the part. */
export interface DocPart {
  /** Where the part lies in this version (document offsets). */
  range: Range;
  /** The part's own text (what `report` was parsed from). */
  text: string;
  /** Null when the parser failed on this text. */
  report: Report | null;
}

export interface LintedPart extends DocPart {
  /** Null when parsing or linting failed. Offsets local to the part. */
  result: ReportResult | null;
  /** Document line the part starts on. */
  startLine: number;
  /** Its diagnostics in part-local lines (null when `result` is); converted on first use. */
  diagnostics(): PartDiagnostics | null;
}

/** A part that is a report and was linted. */
export type LintedReport = LintedPart & { result: ReportResult };

export function reportsOf(parts: LintedPart[] | null): LintedReport[] {
  return (parts ?? []).filter((p): p is LintedReport => !!p.result && !p.result.notReport);
}

/** A part features are shown for (see ReportCache.served). */
export type ServedPart = DocPart & { report: Report };

/** A report's text and everything derived from it; shared by every version that contains the same text. */
interface PartEntry {
  text: string;
  report: Report | null;
  lint?: { key: string; result: ReportResult | null; diagnostics?: PartDiagnostics };
  /** Line index of the part's own text. */
  lines?: TextDocument;
}

interface Slot {
  range: Range;
  entry: PartEntry;
}

interface DocEntry {
  /** Revision (not client version) of the text the entry was built from. */
  revision: number;
  generation: Template;
  /** The parts of this version by text; null when the document was not worth parsing. */
  slots: Slot[] | null;
  byText: Map<string, PartEntry>;
  startLines?: number[];
}

/** Work done by warm() for a version not yet built: its split and its newly parsed parts. */
interface Prepared {
  revision: number;
  generation: Template;
  /** The version's parts, each with its cached entry or (until parsed) none. */
  parts: Match[];
}

/** A part of a new version: its range, its text, and the cached entry for that text if there is one. */
interface Match {
  range: Range;
  key: string;
  /** The part is the whole text of its version. */
  whole: boolean;
  entry: PartEntry | undefined;
}

/** Parse/lint work between two yields to the event loop while warming a big document. */
const SLICE_MS = 20;

export class ReportCache {
  private docs = new Map<string, DocEntry>();
  private prepared = new Map<string, Prepared>();

  constructor(
    private lang: Lang,
    private log: (m: string) => void,
  ) {}

  /** The parts of this exact version (null when not parsed at all). */
  parts(doc: TextDocument, s: Settings): DocPart[] | null {
    const e = this.entry(doc, s);
    return e.slots ? e.slots.map(({ range, entry }) => ({ range, text: entry.text, report: entry.report })) : null;
  }

  /** The parts to show features for: reports, or every parsed part of a gov-report file. Null when none. */
  served(doc: TextDocument, s: Settings): ServedPart[] | null {
    if (!isServed(doc)) return null;
    const parts = this.parts(doc, s)?.filter((p): p is ServedPart => !!p.report && (p.report.isReport || doc.languageId === GOV_REPORT));
    return parts && parts.length > 0 ? parts : null;
  }

  /** True when some part of the document is a report draft. */
  isReport(doc: TextDocument, s: Settings): boolean {
    return !!this.parts(doc, s)?.some((p) => p.report?.isReport);
  }

  /** Every part with its lint result for the document's settings (null when not parsed at all). */
  linted(doc: TextDocument, s: Settings): LintedPart[] | null {
    const e = this.entry(doc, s);
    if (!e.slots) return null;
    const opts = lintOptions(doc, s);
    const key = lintKey(opts);
    const starts = this.startLines(doc, e);
    return e.slots.map(({ range, entry }, i) => {
      const lint = this.lintOf(doc, entry, opts, key);
      return {
        range,
        text: entry.text,
        report: entry.report,
        result: lint.result,
        startLine: starts[i],
        diagnostics: () => {
          if (!lint.result) return null;
          lint.diagnostics ??= new PartDiagnostics(linesOf(doc, entry), lint.result, this.lang);
          return lint.diagnostics;
        },
      };
    });
  }

  delete(uri: string): void {
    this.docs.delete(uri);
    this.prepared.delete(uri);
  }

  /**
   * Parses and lints the reports of this version that are not cached yet, a
   * slice at a time with the event loop free in between, so opening a file of
   * a thousand merged drafts never blocks other requests or newer edits.
   * Resolves false (work kept for later) as soon as `current()` says the
   * document moved on.
   */
  async warm(doc: TextDocument, s: Settings, current: () => boolean): Promise<boolean> {
    const old = this.docs.get(doc.uri);
    if ((old && old.revision === revisionOf(doc) && old.generation === s.template) || !worthParsing(doc)) return true;
    const kept = this.prepared.get(doc.uri);
    const p: Prepared = { revision: revisionOf(doc), generation: s.template, parts: this.match(doc, s, old, kept) };
    this.prepared.set(doc.uri, p);
    const opts = lintOptions(doc, s);
    const key = lintKey(opts);
    const fresh = new Map<string, PartEntry>();
    let sliceStart = Date.now();
    for (const m of p.parts) {
      if (m.entry) continue;
      m.entry = fresh.get(m.key) ?? this.parsePart(doc, m, s.template);
      fresh.set(m.key, m.entry);
      this.lintOf(doc, m.entry, opts, key);
      if (Date.now() - sliceStart >= SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (!current()) return false;
        sliceStart = Date.now();
      }
    }
    return true;
  }

  private entry(doc: TextDocument, s: Settings): DocEntry {
    const old = this.docs.get(doc.uri);
    if (old && old.revision === revisionOf(doc) && old.generation === s.template) return old;
    const prepared = this.prepared.get(doc.uri);
    this.prepared.delete(doc.uri);
    const e: DocEntry = { revision: revisionOf(doc), generation: s.template, slots: null, byText: new Map() };
    if (worthParsing(doc)) {
      const ready = prepared && prepared.revision === revisionOf(doc) && prepared.generation === s.template ? prepared.parts : null;
      e.slots = (ready ?? this.match(doc, s, old, prepared)).map((m) => {
        const entry = m.entry ?? e.byText.get(m.key) ?? this.parsePart(doc, m, s.template);
        e.byText.set(entry.text, entry);
        return { range: m.range, entry };
      });
    }
    this.docs.set(doc.uri, e);
    return e;
  }

  /**
   * Splits the current version and finds each part's cached entry: the part at
   * the same place (counted from either end) first — most edits touch one report,
   * and comparing two strings is cheaper than hashing one — then by text among
   * the previous version's parts and any half-warmed ones. A new template
   * setting starts from scratch (parsing depends on it).
   */
  private match(doc: TextDocument, s: Settings, old: DocEntry | undefined, kept: Prepared | undefined): Match[] {
    const text = doc.getText();
    const ranges = this.split(doc, text);
    const reuse = old && old.generation === s.template ? old : null;
    const before = reuse?.slots ?? [];
    let half: Map<string, PartEntry> | null = null;
    return ranges.map((range, i) => {
      const key = text.slice(range.start, range.end);
      const same = before[i]?.entry;
      const fromEnd = before[before.length - ranges.length + i]?.entry;
      let entry = same?.text === key ? same : fromEnd?.text === key ? fromEnd : reuse?.byText.get(key);
      if (!entry && kept && kept.generation === s.template) {
        half ??= new Map(kept.parts.flatMap((m) => (m.entry ? [[m.key, m.entry] as const] : [])));
        entry = half.get(key);
      }
      return { range, key, whole: key.length === text.length, entry };
    });
  }

  private split(doc: TextDocument, text: string): Range[] {
    try {
      return splitReports(text);
    } catch (err) {
      this.log(`splitting failed for ${doc.uri}@${doc.version}: ${stack(err)}`);
      return [{ start: 0, end: text.length }];
    }
  }

  private parsePart(doc: TextDocument, m: Match, generation: Template): PartEntry {
    // A cached part must not keep its whole document version alive (see detach).
    const text = m.whole ? m.key : detach(m.key);
    try {
      return { text, report: parse(text, parseOptions({ generation })) };
    } catch (err) {
      // Cache the failure too, so a pathological text is not re-parsed per request.
      this.log(`parse failed for ${doc.uri}@${doc.version}: ${stack(err)}`);
      return { text, report: null };
    }
  }

  private lintOf(doc: TextDocument, entry: PartEntry, opts: LintOptions, key: string): NonNullable<PartEntry['lint']> {
    if (entry.lint?.key === key) return entry.lint;
    let result: ReportResult | null = null;
    if (entry.report) {
      try {
        result = lintReport(entry.report, opts);
      } catch (err) {
        this.log(`lint failed for ${doc.uri}@${doc.version}: ${stack(err)}`);
      }
    }
    entry.lint = { key, result };
    return entry.lint;
  }

  /** First document line of every part, from the line counts of the parts before it. */
  private startLines(doc: TextDocument, e: DocEntry): number[] {
    if (e.startLines) return e.startLines;
    const slots = e.slots ?? [];
    const text = doc.getText();
    const out: number[] = [];
    let line = 0;
    for (let i = 0; i < slots.length; i++) {
      const start = slots[i].range.start;
      if (i > 0) {
        // Parts start after a '\n', so each line break lies inside one part; otherwise ask the document.
        const prev = slots[i - 1];
        line = prev.range.end === start && text.charCodeAt(start - 1) === 10 ? line + linesOf(doc, prev.entry).lineCount - 1 : doc.positionAt(start).line;
      } else if (start > 0) {
        line = doc.positionAt(start).line;
      }
      out.push(line);
    }
    e.startLines = out;
    return out;
  }
}

function lintKey(opts: LintOptions): string {
  return JSON.stringify([opts.rules, opts.force]);
}

function linesOf(doc: TextDocument, entry: PartEntry): TextDocument {
  entry.lines ??= TextDocument.create(doc.uri, doc.languageId, 0, entry.text);
  return entry.lines;
}

/**
 * A copy of a slice. V8 keeps a slice pointing into its parent string, so a
 * cached part would keep its whole document version alive; concatenating and
 * slicing again flattens it into a string of its own.
 */
function detach(slice: string): string {
  return (' ' + slice).slice(1);
}

export function stack(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
