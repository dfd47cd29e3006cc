// Every feature (diagnostics, hover, outline, folding, code actions) asks this
// cache, never the core directly. Each document has one core Linter, which
// keeps its reports by their text, so a new version re-parses only the reports
// whose text changed, wherever they moved; this cache adds what only the editor
// needs: the version a result belongs to, work in slices between yields, and
// diagnostics converted to editor positions once per report.

import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from '../core/types';
import type { Report } from '../core/model/report';
import { createLinter, type Linter, type LintedPart as LintedCorePart, type LintSettings, type Pending, type ReportFindings } from '../core/lint';
import type { Settings } from './settings';
import type { Locale } from './locale';
import { PartDiagnostics } from './partDiagnostics';
import { revisionOf } from './revisions';
import type { YearFacts } from '../core/model/yearFacts';

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

export function lintSettings(doc: TextDocument, s: Settings): LintSettings {
  // A file the user marked as gov-report is linted even when detection hesitates
  // (an early draft with only a title); plaintext/markdown must prove it is a report.
  return { template: s.template, rules: s.rules, force: doc.languageId === GOV_REPORT };
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
  result: ReportFindings | null;
  /** Document line the part starts on. */
  startLine: number;
  /** Its diagnostics in part-local lines (null when `result` is); converted on first use. */
  diagnostics(): PartDiagnostics | null;
}

/** A part that is a report and was linted. */
export type LintedReport = LintedPart & { result: ReportFindings };

export function reportsOf(parts: LintedPart[] | null): LintedReport[] {
  return (parts ?? []).filter((p): p is LintedReport => !!p.result && !p.result.notReport);
}

/** A part features are shown for (see ReportCache.served). */
export type ServedPart = DocPart & { report: Report };

interface DocEntry {
  /** Revision (not client version, see revisions.ts) of the text the entry was built from. */
  revision: number;
  /** The settings the linter was configured with (JSON), to notice a change. */
  settingsKey: string;
  linter: Linter;
  /** The version being worked on; complete once every part has a result. */
  pending: Pending | null;
  /** The parts of this version; null when the document was not worth parsing. */
  parts: LintedPart[] | null;
}

/** Parse/lint work between two yields to the event loop while warming a big document. */
const SLICE_MS = 20;

export class ReportCache {
  private docs = new Map<string, DocEntry>();
  /** Per-report editor positions, kept as long as the report's findings are. */
  private converted = new WeakMap<ReportFindings, PartDiagnostics>();
  /** Last year's facts for a document (the cross-year rules); none until the server wires them. */
  previous: (uri: string) => readonly YearFacts[] = () => [];

  constructor(
    private lang: Locale,
    private log: (m: string) => void,
  ) {}

  /** The parts of this exact version (null when not parsed at all). */
  parts(doc: TextDocument, s: Settings): DocPart[] | null {
    return this.linted(doc, s);
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
    const e = this.prepare(doc, s);
    if (e.pending) {
      while (e.pending.step());
      e.pending = null;
    }
    return e.parts;
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  /**
   * Parses and lints the reports of this version that are not cached yet, a
   * slice at a time with the event loop free in between, so opening a file of
   * a thousand merged drafts never blocks other requests or newer edits.
   * Resolves false (work kept for later) as soon as `current()` says the
   * document moved on.
   */
  async warm(doc: TextDocument, s: Settings, current: () => boolean): Promise<boolean> {
    const e = this.prepare(doc, s);
    let sliceStart = Date.now();
    while (e.pending) {
      if (!e.pending.step()) e.pending = null;
      else if (Date.now() - sliceStart >= SLICE_MS) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (!current()) return false;
        sliceStart = Date.now();
      }
    }
    return true;
  }

  /** The entry of this version: split and matched against the cached reports, not yet linted. */
  private prepare(doc: TextDocument, s: Settings): DocEntry {
    const previous = this.previous(doc.uri);
    const settings = previous.length > 0 ? { ...lintSettings(doc, s), previousYears: previous } : lintSettings(doc, s);
    const settingsKey = JSON.stringify(settings);
    let e = this.docs.get(doc.uri);
    const revision = revisionOf(doc);
    if (e && e.revision === revision && e.settingsKey === settingsKey) return e;
    if (!e) {
      e = {
        revision,
        settingsKey,
        linter: createLinter(settings, { onError: (step, err) => this.log(`${step} failed for ${doc.uri}: ${stack(err)}`) }),
        pending: null,
        parts: null,
      };
      this.docs.set(doc.uri, e);
    } else if (e.settingsKey !== settingsKey) {
      e.linter.configure(settings);
    }
    e.revision = revision;
    e.settingsKey = settingsKey;
    if (!worthParsing(doc)) {
      e.pending = null;
      e.parts = null;
      return e;
    }
    const pending = e.linter.prepare(doc.getText());
    e.pending = pending;
    e.parts = this.editorParts(doc, pending);
    return e;
  }

  /** The core's parts with what the editor adds: start lines and converted diagnostics. */
  private editorParts(doc: TextDocument, pending: Pending): LintedPart[] {
    const starts = startLines(doc, pending.parts);
    const diagnostics = (core: LintedCorePart): PartDiagnostics | null => {
      const r = core.result;
      if (!r) return null;
      let d = this.converted.get(r);
      if (!d) {
        d = new PartDiagnostics(TextDocument.create(doc.uri, doc.languageId, 0, core.text), r, this.lang);
        this.converted.set(r, d);
      }
      return d;
    };
    return pending.parts.map((core, i) => ({
      range: core.range,
      text: core.text,
      // Read through: the pending work fills the core part in as it goes.
      get report() {
        return core.report;
      },
      get result() {
        return core.result;
      },
      startLine: starts[i],
      diagnostics: () => diagnostics(core),
    }));
  }
}

/** First document line of every part. */
function startLines(doc: TextDocument, parts: readonly DocPart[]): number[] {
  const text = doc.getText();
  const out: number[] = [];
  let line = 0;
  for (let i = 0; i < parts.length; i++) {
    const start = parts[i].range.start;
    if (i > 0) {
      // Parts start after a line break, so each break lies inside one part: count the previous part's.
      const prev = parts[i - 1];
      line = prev.range.end === start && text.charCodeAt(start - 1) === 10 ? line + lineBreaks(prev.text) : doc.positionAt(start).line;
    } else if (start > 0) {
      line = doc.positionAt(start).line;
    }
    out.push(line);
  }
  return out;
}

/** Line breaks as the editor counts them (\n, \r\n, lone \r). */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

export function stack(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
