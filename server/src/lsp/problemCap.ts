// The diagnostics one document publishes, at most govReport.maxProblems of
// them. A merged file of many drafts can hold tens of thousands of findings:
// the Problems panel is unusable at that count and serialising them costs
// more than linting. Over the cap the most severe are shown first, with one
// visible notice saying how many were left out and which setting to change.

import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { SOURCE } from './diagnostics';
import { say, UI, type Locale } from './locale';

/** Diagnostics of one part, by index (PartDiagnostics, or a list derived from one). */
export interface DiagnosticList {
  readonly count: number;
  readonly errors: number;
  /** Indices per LSP severity (index 0 = Error). */
  readonly bySeverity: readonly (readonly number[])[];
  at(i: number, startLine: number): Diagnostic;
}

export interface PlacedPart {
  diagnostics: DiagnosticList;
  /** Document line the part starts on. */
  startLine: number;
}

export interface Capped {
  diagnostics: Diagnostic[];
  /** Every diagnostic of the document, shown or not (the status item counts these). */
  total: number;
  errors: number;
}

/** `max` ≤ 0 means no limit. Parts are in document order. */
export function capDiagnostics(parts: PlacedPart[], max: number, lang: Locale): Capped {
  let total = 0;
  let errors = 0;
  for (const p of parts) {
    total += p.diagnostics.count;
    errors += p.diagnostics.errors;
  }
  const out: Diagnostic[] = [];
  if (max <= 0 || total <= max) {
    for (const p of parts) for (let i = 0; i < p.diagnostics.count; i++) out.push(p.diagnostics.at(i, p.startLine));
    return { diagnostics: out, total, errors };
  }
  out.push(capNotice(max, total, lang));
  let left = max;
  for (let sev = 0; sev < 4 && left > 0; sev++) {
    for (const p of parts) {
      for (const i of p.diagnostics.bySeverity[sev]) {
        if (left === 0) break;
        out.push(p.diagnostics.at(i, p.startLine));
        left--;
      }
      if (left === 0) break;
    }
  }
  return { diagnostics: out, total, errors };
}

function capNotice(shown: number, total: number, lang: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'max-problems',
    source: SOURCE,
    message: say(UI.capped(shown, total), lang),
  };
}
