// Findings → LSP diagnostics, and the guard that keeps published diagnostics
// in version order.

import { DiagnosticSeverity, type Connection, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Range as CoreRange, Severity } from '../core/types';
import type { ReportFindings } from '../core/lint';
import { ruleById } from '../core/rules';
import { docUrl } from '../core/rules/rule';
import { say, UI, type Locale } from './locale';

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

export function toDiagnostic(doc: TextDocument, f: Finding, lang: Locale): Diagnostic {
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
    d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => {
      const at = r.elsewhere;
      // Last year's cell: its own document (or elsewhere in this one), placed already.
      const range = at ? { start: { line: at.line, character: at.character }, end: { line: at.endLine, character: at.endCharacter } } : toRange(doc, r.range);
      return { location: { uri: at?.uri || doc.uri, range }, message: say(r.message, lang) };
    });
  }
  return d;
}

/**
 * lessons.md 4: a limit that stops checking must say so, not look like a clean
 * report. The core reports skipped rules itself; this covers a report the
 * parser limited without skipping a rule. Placed on the report's first line.
 */
export function limitsNotice(result: ReportFindings, lang: Locale): Diagnostic | null {
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

/** The same diagnostics, in the same order: by identity first (cached per report), by value otherwise. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameValue(a[i], b[i])) return false;
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => sameValue(x[k], y[k]));
}

/** What publish() did: nothing (a newer text was published already, or these diagnostics were), or sent them. */
export type Published = 'stale' | 'unchanged' | { sent: Promise<void> };

/**
 * Push mode publisher. Refuses to publish the diagnostics of an older text
 * than one already published for the same document (revisions, not client
 * versions: see revisions.ts), so a slow validation can never overwrite those
 * of a newer text. Diagnostics equal to the last published ones are not sent
 * again: with no cap a merged file has tens of thousands, and serialising
 * them on every keystroke costs far more than linting the edited report.
 */
export class Publisher {
  private last = new Map<string, { revision: number; diagnostics: Diagnostic[] }>();

  constructor(private connection: Connection) {}

  publish(uri: string, revision: number, version: number, diagnostics: Diagnostic[]): Published {
    const prev = this.last.get(uri);
    if (prev && prev.revision > revision) return 'stale';
    if (prev && sameDiagnostics(prev.diagnostics, diagnostics)) {
      prev.revision = revision;
      return 'unchanged';
    }
    this.last.set(uri, { revision, diagnostics });
    // A write that fails is logged by the connection; callers only wait for it.
    return { sent: this.connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined) };
  }

  clear(uri: string): void {
    this.last.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  }
}
