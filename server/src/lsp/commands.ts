// govReport.fixAll: every safe fix through workspace/applyEdit, with the
// document version checked so fixes computed for an older text never land.

import { MessageType, ShowMessageNotification, TextDocumentEdit, type ExecuteCommandParams } from 'vscode-languageserver';
import type { Msg } from '../core/types';
import type { Ctx } from './context';
import { isServed, GOV_REPORT } from './documents';
import { computeFixAll } from './codeActions';
import { toTextEdits } from './edits';
import { say, UI } from './locale';
import { COMMAND_FIX_ALL, type FixAllCommandResult } from './protocol';

export const COMMANDS = [COMMAND_FIX_ALL];
const ATTEMPTS = 3;

export function notify(ctx: Ctx, type: MessageType, m: Msg): void {
  void ctx.connection.sendNotification(ShowMessageNotification.type, { type, message: say(m, ctx.lang) });
}

/** Accepts a URI string, or an object carrying one ({uri} / {textDocument:{uri}}), as other editors send. */
function uriOf(arg: unknown): string | null {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object') {
    const o = arg as { uri?: unknown; textDocument?: { uri?: unknown } };
    if (typeof o.uri === 'string') return o.uri;
    if (typeof o.textDocument?.uri === 'string') return o.textDocument.uri;
  }
  return null;
}

export async function executeCommand(ctx: Ctx, params: ExecuteCommandParams): Promise<FixAllCommandResult | null> {
  if (params.command !== COMMAND_FIX_ALL) return null;
  const uri = uriOf(params.arguments?.[0]);
  if (!uri) {
    notify(ctx, MessageType.Warning, UI.notOpen(String(params.arguments?.[0])));
    return null;
  }
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (!ctx.documents.get(uri)) break;
    const s = await ctx.settings.get(uri);
    const doc = ctx.documents.get(uri);
    if (!doc) break;
    if (!isServed(doc) || (doc.languageId !== GOV_REPORT && !ctx.cache.isReport(doc, s))) {
      notify(ctx, MessageType.Info, UI.notReport);
      return { applied: 0, changed: false };
    }
    const { edit, applied } = computeFixAll(doc, s);
    if (!edit) {
      notify(ctx, MessageType.Info, UI.nothingToFix);
      return { applied: 0, changed: false };
    }
    const version = doc.version;
    const edits = toTextEdits(doc, [edit]);
    const response = await ctx.connection.workspace.applyEdit({
      label: say(UI.fixAllSafe, ctx.lang),
      edit: ctx.support.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] } : { changes: { [uri]: edits } },
    });
    if (response.applied) {
      notify(ctx, MessageType.Info, UI.applied(applied));
      return { applied, changed: true };
    }
    // Refused because the text moved on: recompute against the new version.
    if (ctx.documents.get(uri)?.version !== version) continue;
    notify(ctx, MessageType.Warning, UI.editRefused(response.failureReason ?? 'unknown'));
    return { applied: 0, changed: false };
  }
  if (!ctx.documents.get(uri)) {
    notify(ctx, MessageType.Warning, UI.notOpen(uri));
    return null;
  }
  notify(ctx, MessageType.Warning, UI.keepsChanging);
  return { applied: 0, changed: false };
}
