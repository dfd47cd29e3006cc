// Suppressions in the editor: the core function the CLI calls
// (applySuppressions over the whole draft's findings, in document offsets and
// report order, so occurrences count the same), its result mapped back onto
// the reports' own cached diagnostics.

import type { Diagnostic } from 'vscode-languageserver';
import { shiftFinding } from '../core/findings';
import { applySuppressions } from '../core/suppress';
import type { Finding } from '../core/types';
import { reportsOf, type LintedPart, type LintedReport } from './documents';
import type { PartDiagnostics } from './partDiagnostics';
import type { DiagnosticList } from './problemCap';
import type { DraftSuppress } from './project';

export interface DocumentFindings {
  /** Every finding in document offsets, in report order (what the CLI passes to applySuppressions). */
  all: Finding[];
  /**
   * Per report (in order), its findings' copies in `all`, index for index. By
   * position, not by object: two reports with the same text share one result.
   */
  shifted: Finding[][];
}

export function documentFindings(parts: readonly LintedReport[]): DocumentFindings {
  const all: Finding[] = [];
  const shifted = parts.map((p) => p.result.findings.map((f) => shiftFinding(f, p.range.start)));
  for (const list of shifted) for (const f of list) all.push(f);
  return { all, shifted };
}

export interface SuppressView extends DocumentFindings {
  /** Suppressed findings (the copies in `all`). */
  hidden: Set<Finding>;
  /** suppression-unused notices of the directives (document offsets), not suppressed themselves. */
  notices: Finding[];
  /** Indices (in the suppressions file) of this draft's entries that matched nothing. */
  unused: number[];
}

const cached = new WeakMap<LintedPart[], { draft: string; loaded: unknown; view: SuppressView | null }>();

/** What the draft's suppressions hide in this version; null when nothing could (no directive, no entry). */
export function suppressView(text: string, linted: LintedPart[] | null, draft: DraftSuppress): SuppressView | null {
  if (!linted) return null;
  const directives = draft.inline && text.includes('gov-report-lint-');
  if (!directives && draft.entries.length === 0) return null;
  const sig = JSON.stringify([draft.inline, draft.key, draft.indices]);
  const hit = cached.get(linted);
  if (hit && hit.draft === sig && hit.loaded === draft.loaded) return hit.view;
  const { all: findings, shifted } = documentFindings(reportsOf(linted));
  const own = new Set(findings);
  const r = applySuppressions(findings, text, { inline: draft.inline, entries: draft.entries, file: draft.key });
  const view: SuppressView = {
    all: r.all,
    shifted,
    hidden: new Set(r.suppressed.map((s) => s.finding)),
    notices: r.kept.filter((f) => !own.has(f)),
    unused: r.unused.map((u) => draft.indices[u.index]),
  };
  cached.set(linted, { draft: sig, loaded: draft.loaded, view });
  return view;
}

/** A report's diagnostics without those of its suppressed findings. */
export class FilteredList implements DiagnosticList {
  readonly bySeverity: number[][] = [[], [], [], []];
  private kept: number[] = [];

  /** `shifted`: the report's findings as the view has them (DocumentFindings.shifted). */
  constructor(
    private inner: PartDiagnostics,
    shifted: readonly Finding[],
    hidden: ReadonlySet<Finding>,
  ) {
    const gone = new Set<number>();
    shifted.forEach((f, i) => {
      if (hidden.has(f)) gone.add(inner.findingBase + i);
    });
    const at = new Map<number, number>();
    for (let i = 0; i < inner.count; i++) {
      if (gone.has(i)) continue;
      at.set(i, this.kept.length);
      this.kept.push(i);
    }
    inner.bySeverity.forEach((list, sev) => {
      for (const i of list) {
        const k = at.get(i);
        if (k !== undefined) this.bySeverity[sev].push(k);
      }
    });
  }

  get count(): number {
    return this.kept.length;
  }

  get errors(): number {
    return this.bySeverity[0].length;
  }

  at(i: number, startLine: number): Diagnostic {
    return this.inner.at(this.kept[i], startLine);
  }
}

/** Diagnostics already placed in the document (the directives' notices). */
export class PlainList implements DiagnosticList {
  readonly bySeverity: number[][] = [[], [], [], []];

  constructor(private items: Diagnostic[]) {
    items.forEach((d, i) => this.bySeverity[(d.severity ?? 1) - 1].push(i));
  }

  get count(): number {
    return this.items.length;
  }

  get errors(): number {
    return this.bySeverity[0].length;
  }

  at(i: number): Diagnostic {
    return this.items[i];
  }
}
