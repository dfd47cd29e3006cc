// "Suppress this finding". In a Markdown or HTML draft it inserts
// <!-- gov-report-lint-disable-next-line <rule> --> on a line of its own above
// the finding (an HTML comment is invisible once rendered). A line inserted
// inside a table or above a report's first line would change what the draft
// says (a Markdown table ends at it; a cell-per-line table loses a row; the
// title moves), so there — and in plain-text drafts, where a comment would be
// published — the finding goes into gov-report-lint-suppressions.json beside
// the draft instead, as an entry anchored on its text, exactly as the CLI's
// --suppress-all writes it.

import {
  CodeActionKind,
  CreateFile,
  MessageType,
  ShowMessageNotification,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatSuppressions, mergeEntries, readSuppressionsFile, suppressionsFileFor, writeSuppressionsFile } from '../config';
import { readJsonText } from '../config/read';
import { minimalEdit } from '../core/fix/fixAll';
import { ruleById } from '../core/rules';
import { parseDirectives, SUPPRESSIONS_FILE_NAME, type SuppressionEntry } from '../core/suppress';
import type { Finding, Msg } from '../core/types';
import type { Ctx } from './context';
import type { LintedReport } from './documents';
import { toRange } from './diagnostics';
import { workspaceEdit } from './edits';
import { say, UI } from './locale';
import { fileUri, fsPathOf, type DraftSuppress } from './project';
import { COMMAND_SUPPRESS, type SuppressCommandResult } from './protocol';
import { TIMED_OUT, withTimeout } from './timeouts';

export interface SuppressArgs {
  /** The draft. */
  uri: string;
  /** The entry to add to the suppressions file beside it. */
  entry: SuppressionEntry;
  /** That file's URI, for the client (the server finds it from `uri`). */
  file?: string;
}

function lineRange(text: string, doc: TextDocument, line: number): { start: number; end: number } {
  const start = doc.offsetAt({ line, character: 0 });
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end };
}

/** Whether a directive line may go right above `line` without changing what the report says. */
function directiveFits(doc: TextDocument, text: string, part: LintedReport, line: number): boolean {
  if (line <= part.startLine) return false;
  const here = lineRange(text, doc, line);
  const above = lineRange(text, doc, line - 1);
  const report = part.result.report;
  // The line above belongs to a table (in the report's own offsets): the new line would split it.
  const local = { start: above.start - part.range.start, end: Math.max(above.end, above.start + 1) - part.range.start };
  if (report.tables.some((t) => t.range.start < local.end && local.start < t.range.end)) return false;
  // Two lines of a Markdown pipe table that the parser did not take for one of the report's tables.
  const row = (r: { start: number; end: number }) => text.slice(r.start, r.end).includes('|');
  return !(row(here) && row(above));
}

/** The edit that adds a disable-next-line directive for `rule` above `line` (to one already there when it can). */
function directiveEdit(doc: TextDocument, text: string, part: LintedReport, line: number, rule: string) {
  const above = lineRange(text, doc, line - 1);
  const aboveText = text.slice(above.start, above.end);
  const [d, ...more] = parseDirectives(aboveText);
  if (
    d &&
    more.length === 0 &&
    d.kind === 'disable-next-line' &&
    d.rules.length > 0 &&
    aboveText.trim() === aboveText.slice(d.range.start, d.range.end).trim()
  ) {
    const at = above.start + d.ruleRanges[d.ruleRanges.length - 1].end;
    return { start: at, end: at, text: ` ${rule}` };
  }
  const here = lineRange(text, doc, line);
  // The line's indentation (a list item stays one), but never four columns: that would make the comment a visible code block.
  let indent = /^[ \t]*/.exec(text.slice(here.start, here.end))?.[0] ?? '';
  if (indent.replace(/\t/g, '    ').length >= 4) indent = '';
  return { start: here.start, end: here.start, text: `${indent}<!-- gov-report-lint-disable-next-line ${rule} -->${part.result.report.eol}` };
}

/**
 * The suppress action for one finding (document offsets), or null when there
 * is nowhere to record it (a directive would not fit and the document is not
 * a file). `entry` makes its suppressions-file entry, only when that is needed.
 */
export function suppressAction(
  ctx: Ctx,
  doc: TextDocument,
  part: LintedReport,
  finding: Finding,
  diagnostic: Diagnostic,
  draft: DraftSuppress,
  entry: () => SuppressionEntry,
): CodeAction | null {
  // Rules only: a notice about a directive is answered by editing the directive.
  if (!ruleById(finding.rule)) return null;
  const text = doc.getText();
  const line = doc.positionAt(finding.range.start).line;
  if (draft.inline && directiveFits(doc, text, part, line)) {
    return {
      title: say(UI.suppressInline(finding.rule), ctx.lang),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: workspaceEdit(ctx, doc, [directiveEdit(doc, text, part, line, finding.rule)]),
    };
  }
  if (!draft.file) return null;
  const args: SuppressArgs = { uri: doc.uri, entry: entry(), file: fileUri(draft.file) };
  const title = say(UI.suppressInFile(finding.rule, SUPPRESSIONS_FILE_NAME), ctx.lang);
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: COMMAND_SUPPRESS, arguments: [args] } };
}

function validArgs(arg: unknown): SuppressArgs | null {
  const a = arg as Partial<SuppressArgs> | null;
  const e = a?.entry as Partial<SuppressionEntry> | undefined;
  if (!a || typeof a.uri !== 'string' || !e || typeof e !== 'object') return null;
  if (typeof e.rule !== 'string' || typeof e.file !== 'string' || typeof e.anchor !== 'string' || typeof e.occurrence !== 'number') return null;
  const entry: SuppressionEntry = { rule: e.rule, file: e.file, anchor: e.anchor, occurrence: e.occurrence };
  if (typeof e.line === 'number') entry.line = e.line;
  return { uri: a.uri, entry };
}

/**
 * govReport.suppress: adds the entry to the suppressions file. With a client
 * that can create files in a WorkspaceEdit the change is an edit (undoable;
 * the client saves it, and the file watcher brings the re-lint); otherwise the
 * server writes the file and `written` re-lints at once.
 */
export async function suppressInFile(ctx: Ctx, arg: unknown, written: (file: string) => void): Promise<SuppressCommandResult> {
  const args = validArgs(arg);
  const draft = args ? fsPathOf(args.uri) : null;
  if (!args || !draft) {
    ctx.log(`${COMMAND_SUPPRESS}: bad arguments ${JSON.stringify(arg)?.slice(0, 200)}`);
    return { applied: false, failure: 'arguments' };
  }
  const file = suppressionsFileFor(draft);
  const target = fileUri(file);
  const warn = (m: Msg) => void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: say(m, ctx.lang) });
  // What is on disk now, not what the cache read earlier.
  const loaded = readSuppressionsFile(file);
  if (!loaded.writable) {
    warn(UI.suppressionsBroken(SUPPRESSIONS_FILE_NAME));
    return { applied: false, file: target, failure: 'broken' };
  }
  const next = mergeEntries(loaded.entries, [args.entry]);
  if (next.length === loaded.entries.length) {
    written(file);
    return { applied: true, file: target, via: 'none' };
  }
  if (ctx.support.createFiles) {
    const read = loaded.exists ? readJsonText(file) : null;
    const before = read?.ok ? read.text : '';
    let after = formatSuppressions(next);
    if (before.includes('\r\n')) after = after.replace(/\n/g, '\r\n');
    const change = minimalEdit(before, after);
    const doc = TextDocument.create(target, 'json', 0, before);
    const edits: LspTextEdit[] = change ? [{ range: toRange(doc, change), newText: change.text }] : [];
    const documentChanges = [
      ...(loaded.exists ? [] : [CreateFile.create(target, { ignoreIfExists: true })]),
      TextDocumentEdit.create({ uri: target, version: null }, edits),
    ];
    const asked = ctx.connection.workspace.applyEdit({
      label: say(UI.suppressInFile(args.entry.rule, SUPPRESSIONS_FILE_NAME), ctx.lang),
      edit: { documentChanges },
    });
    const response = await withTimeout(asked, ctx.timeouts.applyEditMs);
    if (response === TIMED_OUT) {
      warn(UI.applyEditTimeout(ctx.timeouts.applyEditMs));
      return { applied: false, file: target, failure: 'timeout' };
    }
    if (!response.applied) {
      warn(UI.editRefused(response.failureReason ?? 'unknown'));
      return { applied: false, file: target, failure: 'refused' };
    }
    return { applied: true, file: target, via: 'edit' };
  }
  try {
    writeSuppressionsFile(file, next);
  } catch (err) {
    warn(UI.suppressionsWriteFailed(SUPPRESSIONS_FILE_NAME, err instanceof Error ? err.message : String(err)));
    return { applied: false, file: target, failure: 'write' };
  }
  written(file);
  return { applied: true, file: target, via: 'write' };
}
