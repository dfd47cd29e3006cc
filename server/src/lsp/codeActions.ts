// Quick fixes per finding, "fix all <rule>" and source.fixAll.govReport.
// Every fix-all goes through the core's fixAll engine (fixed point) and is
// returned as one minimal edit; nothing here applies fixes on its own.

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, TextEdit as CoreEdit } from '../core/types';
import { fixAll, minimalEdit, type FixAllOptions } from '../core/fix/fixAll';
import { applySuppressions, suppressionEntryFor } from '../core/suppress';
import { shiftFinding } from '../core/findings';
import type { Ctx } from './context';
import type { Settings } from './settings';
import { lintSettings, reportsOf } from './documents';
import { toDiagnostic } from './diagnostics';
import { changesText, workspaceEdit } from './edits';
import { say, UI } from './locale';
import { FIX_ALL_KIND } from './protocol';
import { settle } from './settle';
import { suppressAction } from './suppressActions';
import { documentFindings, suppressView, type DocumentFindings } from './suppressView';

interface RuleFixData {
  uri: string;
  rule: string;
}

export interface FixAllOutcome {
  edit: CoreEdit | null;
  applied: number;
}

/**
 * What fix-all leaves alone: the findings the draft's suppressions hide (as
 * --fix does). Undefined when the draft has none.
 */
export function suppressedFilter(ctx: Ctx, doc: TextDocument): FixAllOptions['filter'] {
  const draft = ctx.project.suppressFor(doc.uri, doc.languageId);
  if (!draft.inline && draft.entries.length === 0) return undefined;
  return (findings, text) => applySuppressions(findings, text, { inline: draft.inline, entries: draft.entries, file: draft.key }).kept;
}

/** All safe fixes (or those of one rule) to a fixed point, as one minimal edit. */
export function computeFixAll(doc: TextDocument, s: Settings, rule?: string, filter?: FixAllOptions['filter']): FixAllOutcome {
  // The engine's own rule filter: same fixed point, only this rule's safe fixes applied.
  const opts: FixAllOptions = { ...lintSettings(doc, s), only: rule ? [rule] : undefined, filter };
  const text = doc.getText();
  const r = fixAll(text, opts);
  return { edit: minimalEdit(text, r.text), applied: r.applied };
}

function hasSafeFix(f: Finding, text: string): boolean {
  return f.fixes.some((x) => x.safe && changesText(text, x.edits));
}

export async function codeActions(ctx: Ctx, params: CodeActionParams): Promise<CodeAction[]> {
  const uri = params.textDocument.uri;
  // A request made against an older text has ranges that would point elsewhere: nothing.
  const settled = await settle(ctx, uri);
  if (settled.kind !== 'ready' || !settled.s.enable) return [];
  const { doc, s } = settled;
  const linted = ctx.cache.linted(doc, s);
  const parts = reportsOf(linted);
  if (parts.length === 0) return [];
  const draft = ctx.project.suppressFor(doc.uri, doc.languageId);
  const view = suppressView(doc.getText(), linted, draft);
  const filter = suppressedFilter(ctx, doc);
  let everything: DocumentFindings | null = view;
  // Every finding of the document in document offsets, as occurrences count them: computed once, and only when needed.
  const docFindings = () => (everything ??= documentFindings(parts));

  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const text = doc.getText();
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    // Findings are local to their report: shift only those the request touches. Suppressed ones are not shown, so they get nothing.
    const hidden = (k: number, i: number) => !!view && view.hidden.has(view.shifted[k][i]);
    const hits: { f: Finding; part: (typeof parts)[number]; k: number; i: number }[] = [];
    for (const [k, p] of parts.entries()) {
      if (p.range.start > end || p.range.end < start) continue;
      p.result.findings.forEach((f, i) => {
        if (f.range.start + p.range.start <= end && f.range.end + p.range.start >= start && !hidden(k, i))
          hits.push({ f: shiftFinding(f, p.range.start), part: p, k, i });
      });
    }
    for (const { f } of hits) actions.push(...quickFixes(ctx, doc, f, text));
    for (const rule of new Set(hits.filter(({ f }) => hasSafeFix(f, text)).map(({ f }) => f.rule))) {
      const fixable: Finding[] = [];
      for (const [k, p] of parts.entries()) {
        p.result.findings.forEach((f, i) => {
          if (f.rule === rule && !hidden(k, i) && hasSafeFix(f, p.text)) fixable.push(shiftFinding(f, p.range.start));
        });
      }
      // With one fixable finding the per-finding quick fix already does the job.
      if (fixable.length < 2) continue;
      const action: CodeAction = {
        title: say(UI.fixAllRule(rule), ctx.lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: fixable.map((f) => toDiagnostic(doc, f, ctx.lang)),
      };
      const data: RuleFixData = { uri, rule };
      if (ctx.support.resolveEdit) action.data = data;
      else resolveInto(ctx, action, doc, s, rule, filter);
      actions.push(action);
    }
    // Last in the menu: a decision to keep the text as it is.
    // One directive covers every finding of its rule on the line: offered once.
    const offered = new Set<string>();
    for (const { f, part, k, i } of hits) {
      const entry = () => suppressionEntryFor(docFindings().shifted[k][i], docFindings().all, text, draft.key);
      const suppress = suppressAction(ctx, doc, part, f, toDiagnostic(doc, f, ctx.lang), draft, entry);
      const key = suppress?.edit ? JSON.stringify(suppress.edit) : null;
      if (!suppress || (key && offered.has(key))) continue;
      if (key) offered.add(key);
      actions.push(suppress);
    }
  }

  // Source actions are computed only when asked for (save, Source Action menu), never per lightbulb.
  if (only && wants(FIX_ALL_KIND)) {
    const { edit } = computeFixAll(doc, s, undefined, filter);
    if (edit) {
      actions.push({
        title: say(UI.fixAllSafe, ctx.lang),
        kind: FIX_ALL_KIND,
        diagnostics: [],
        edit: workspaceEdit(ctx, doc, [edit]),
      });
    }
  }
  return actions;
}

function quickFixes(ctx: Ctx, doc: TextDocument, f: Finding, text: string): CodeAction[] {
  const out: CodeAction[] = [];
  const diag = toDiagnostic(doc, f, ctx.lang);
  let preferred = false;
  for (const fix of f.fixes) {
    // lessons.md 2: never offer a fix that would leave the text as it is.
    if (fix.edits.length === 0 || !changesText(text, fix.edits)) continue;
    const isPreferred = fix.safe && !preferred;
    if (isPreferred) preferred = true;
    out.push({
      title: say(fix.title, ctx.lang),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      isPreferred,
      edit: workspaceEdit(ctx, doc, fix.edits),
    });
  }
  return out;
}

function resolveInto(ctx: Ctx, action: CodeAction, doc: TextDocument, s: Settings, rule: string, filter: FixAllOptions['filter']): void {
  const { edit } = computeFixAll(doc, s, rule, filter);
  action.edit = workspaceEdit(ctx, doc, edit ? [edit] : []);
}

/** codeAction/resolve: compute the "fix all of rule" edit on the current text. */
export async function resolveCodeAction(ctx: Ctx, action: CodeAction): Promise<CodeAction> {
  const data = action.data as RuleFixData | undefined;
  if (!data || typeof data.uri !== 'string' || typeof data.rule !== 'string') return action;
  if (!ctx.documents.get(data.uri)) return action;
  const s = ctx.project.settingsFor(data.uri, await ctx.settings.get(data.uri));
  // Computed on the text as it is now; the versioned edit protects against later changes.
  const doc = ctx.documents.get(data.uri);
  if (doc) resolveInto(ctx, action, doc, s, data.rule, suppressedFilter(ctx, doc));
  return action;
}
