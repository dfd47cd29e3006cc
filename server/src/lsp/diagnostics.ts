// Findings → LSP diagnostics, and the guard that keeps published diagnostics
// in version order.

import { DiagnosticSeverity, type Connection, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Range as CoreRange, Severity } from '../core/types';
import type { ReportFindings } from '../core/lint';
import { ruleById } from '../core/rules';
import { docUrl } from '../core/rules/rule';
import { say, UI, type Lang } from './locale';

export const SOURCE = 'gov-report-lint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityOf(s: Severity): DiagnosticSeverity {
  return SEVERITY[s] ?? DiagnosticSeverity.Warning;
}

export function toRange(doc: TextDocument, r: CoreRange) {
  return { start: doc.positionAt(r.start), end: doc.positionAt(r.end) };
}

export function toDiagnostic(doc: TextDocument, f: Finding, lang: Lang): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, f.range),
    severity: severityOf(f.severity),
    code: f.rule,
    source: SOURCE,
    message: say(f.message, lang),
  };
  // Only real rules have a documentation page; internal errors do not.
  if (ruleById(f.rule)) d.codeDescription = { href: docUrl(f.rule) };
  if (f.related && f.related.length > 0) {
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri: doc.uri, range: toRange(doc, r.range) },
      message: say(r.message, lang),
    }));
  }
  return d;
}

/**
 * lessons.md 4: a limit that stops checking must say so, not look like a clean
 * report. The core reports skipped rules itself; this covers a report the
 * parser limited without skipping a rule. Placed on the report's first line.
 */
export function limitsNotice(result: ReportFindings, lang: Lang): Diagnostic | null {
  if (result.notReport) return null;
  const why = result.report.limited;
  const skipped = result.skippedRules;
  if ((!why && skipped.length === 0) || result.findings.some((f) => f.rule === 'lint-limits')) return null;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'lint-limits',
    source: SOURCE,
    message: say(UI.limited(why ?? 'size', skipped), lang),
  };
}

/**
 * Push mode publisher. Refuses to publish a version older than one already
 * published for the same document, so a slow validation can never overwrite
 * the diagnostics of a newer text.
 */
export class Publisher {
  private last = new Map<string, number>();

  constructor(private connection: Connection) {}

  publish(uri: string, version: number, diagnostics: Diagnostic[]): boolean {
    const prev = this.last.get(uri);
    if (prev !== undefined && prev > version) return false;
    this.last.set(uri, version);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
    return true;
  }

  clear(uri: string): void {
    this.last.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
