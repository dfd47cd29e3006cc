// The diagnostics of one report of a document, kept in the report's own line
// coordinates. A report starts at a line start, so placing it in the
// document is a line shift: an edit elsewhere that moves it converts
// nothing again, and an edit inside it converts only its own findings.
// Each finding is converted when first shown, because a capped document
// shows few of them and related cells cost more than the finding.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types';
import type { ReportFindings } from '../core/lint';
import { limitsNotice, severityOf, toDiagnostic } from './diagnostics';
import type { Locale } from './locale';

export class PartDiagnostics {
  /** Indices into the part's items, per LSP severity (index 0 = Error). */
  readonly bySeverity: number[][] = [[], [], [], []];
  private items: (Finding | Diagnostic)[];
  private local: (Diagnostic | undefined)[];
  private placedAt = 0;
  private placed: (Diagnostic | undefined)[] = [];
  /** Item index of the report's first finding (a limits notice, when there is one, comes first). */
  readonly findingBase: number;

  /** `lines` is a TextDocument of the part's own text (positions local to the part). */
  constructor(
    private lines: TextDocument,
    result: ReportFindings,
    private lang: Locale,
  ) {
    const notice = limitsNotice(result, lang);
    this.items = notice ? [notice, ...result.findings] : result.findings;
    this.findingBase = notice ? 1 : 0;
    this.local = new Array(this.items.length);
    if (notice) this.local[0] = notice;
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i];
      const sev = notice && i === 0 ? DiagnosticSeverity.Information : severityOf((item as Finding).severity);
      this.bySeverity[sev - 1].push(i);
    }
  }

  get count(): number {
    return this.items.length;
  }

  get errors(): number {
    return this.bySeverity[0].length;
  }

  /** Item i as a diagnostic of the document, where the part starts on line `startLine`. */
  at(i: number, startLine: number): Diagnostic {
    let d = this.local[i];
    if (!d) d = this.local[i] = toDiagnostic(this.lines, this.items[i] as Finding, this.lang);
    if (startLine === 0) return d;
    // Edits in other reports usually leave this one on the same line: keep the shifted copies for it.
    if (this.placedAt !== startLine) {
      this.placedAt = startLine;
      this.placed = new Array(this.items.length);
    }
    return (this.placed[i] ??= shiftDiagnostic(d, startLine, (this.items[i] as Finding).related));
  }
}

function shiftRange(r: Range, by: number): Range {
  return { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
}

/** Same diagnostic `by` lines further down (same keys in the same order, so the JSON is the same shape). */
function shiftDiagnostic(d: Diagnostic, by: number, related: Finding['related']): Diagnostic {
  const out: Diagnostic = { ...d, range: shiftRange(d.range, by) };
  if (d.relatedInformation) {
    // A cell of another report (last year's) is placed in its own document already.
    out.relatedInformation = d.relatedInformation.map((r, k) => ({
      location: { uri: r.location.uri, range: related?.[k]?.elsewhere ? r.location.range : shiftRange(r.location.range, by) },
      message: r.message,
    }));
  }
  return out;
}
