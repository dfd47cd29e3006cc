// Quick fixes per finding, "fix all <rule>" and source.fixAll.govReport.
// Every fix-all goes through the core's fixAll engine (fixed point) and is
// returned as one minimal edit; nothing here applies fixes on its own.

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, TextEdit as CoreEdit } from '../core/types';
import { fixAll, minimalEdit } from '../core/fix/fixAll';
import { shiftFinding } from '../core/findings';
import type { Ctx } from './context';
import type { Settings } from './settings';
import { lintSettings, reportsOf } from './documents';
import { toDiagnostic } from './diagnostics';
import { changesText, workspaceEdit } from './edits';
import { say, UI } from './locale';
import { FIX_ALL_KIND } from './protocol';
import { settle } from './settle';

interface RuleFixData {
  uri: string;
  rule: string;
}

export interface FixAllOutcome {
  edit: CoreEdit | null;
  applied: number;
}

/** All safe fixes (or those of one rule) to a fixed point, as one minimal edit. */
export function computeFixAll(doc: TextDocument, s: Settings, rule?: string): FixAllOutcome {
  // The engine's own rule filter: same fixed point, only this rule's safe fixes applied.
  const opts = { ...lintSettings(doc, s), only: rule ? [rule] : undefined };
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
  const parts = reportsOf(ctx.cache.linted(doc, s));
  if (parts.length === 0) return [];

  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const text = doc.getText();
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    // Findings are local to their report: shift only those the request touches.
    const hits: Finding[] = [];
    for (const p of parts) {
      if (p.range.start > end || p.range.end < start) continue;
      for (const f of p.result.findings) {
        if (f.range.start + p.range.start <= end && f.range.end + p.range.start >= start) hits.push(shiftFinding(f, p.range.start));
      }
    }
    for (const f of hits) actions.push(...quickFixes(ctx, doc, f, text));
    for (const rule of new Set(hits.filter((f) => hasSafeFix(f, text)).map((f) => f.rule))) {
      const fixable: Finding[] = [];
      for (const p of parts) {
        for (const f of p.result.findings) if (f.rule === rule && hasSafeFix(f, p.text)) fixable.push(shiftFinding(f, p.range.start));
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
      else resolveInto(ctx, action, doc, s, rule);
      actions.push(action);
    }
  }

  // Source actions are computed only when asked for (save, Source Action menu), never per lightbulb.
  if (only && wants(FIX_ALL_KIND)) {
    const { edit } = computeFixAll(doc, s);
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

function resolveInto(ctx: Ctx, action: CodeAction, doc: TextDocument, s: Settings, rule: string): void {
  const { edit } = computeFixAll(doc, s, rule);
  action.edit = workspaceEdit(ctx, doc, edit ? [edit] : []);
}

/** codeAction/resolve: compute the "fix all of rule" edit on the current text. */
export async function resolveCodeAction(ctx: Ctx, action: CodeAction): Promise<CodeAction> {
  const data = action.data as RuleFixData | undefined;
  if (!data || typeof data.uri !== 'string' || typeof data.rule !== 'string') return action;
  if (!ctx.documents.get(data.uri)) return action;
  const s = await ctx.settings.get(data.uri);
  // Computed on the text as it is now; the versioned edit protects against later changes.
  const doc = ctx.documents.get(data.uri);
  if (doc) resolveInto(ctx, action, doc, s, data.rule);
  return action;
}
