// govReport.fixAll: every safe fix through workspace/applyEdit, with the
// document version checked so fixes computed for an older text never land.

import { MessageType, ShowMessageNotification, TextDocumentEdit, type ExecuteCommandParams } from 'vscode-languageserver';
import type { Msg } from '../core/types';
import type { Ctx } from './context';
import { GOV_REPORT } from './documents';
import { computeFixAll, suppressedFilter } from './codeActions';
import { toTextEdits } from './edits';
import { say, UI } from './locale';
import { COMMAND_CHECK_WORKSPACE, COMMAND_FIX_ALL, COMMAND_SUPPRESS, type FixAllCommandResult } from './protocol';
import { stillAt } from './revisions';
import { settle } from './settle';
import { TIMED_OUT, withTimeout } from './timeouts';

export const COMMANDS = [COMMAND_FIX_ALL, COMMAND_SUPPRESS, COMMAND_CHECK_WORKSPACE];
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
    const settled = await settle(ctx, uri);
    if (settled.kind === 'moved') continue;
    if (settled.kind === 'gone' && !ctx.documents.get(uri)) break;
    if (settled.kind === 'gone' || (settled.doc.languageId !== GOV_REPORT && !ctx.cache.isReport(settled.doc, settled.s))) {
      notify(ctx, MessageType.Info, UI.notReport);
      return { applied: 0, changed: false };
    }
    const { doc, s, revision } = settled;
    const { edit, applied } = computeFixAll(doc, s, undefined, suppressedFilter(ctx, doc));
    if (!edit) {
      notify(ctx, MessageType.Info, UI.nothingToFix);
      return { applied: 0, changed: false };
    }
    const version = doc.version;
    const edits = toTextEdits(doc, [edit]);
    const asked = ctx.connection.workspace.applyEdit({
      label: say(UI.fixAllSafe, ctx.lang),
      edit: ctx.support.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] } : { changes: { [uri]: edits } },
    });
    const ms = ctx.timeouts.applyEditMs;
    const response = await withTimeout(asked, ms);
    if (response === TIMED_OUT) {
      // Not retried: the editor may still apply this edit, and a second one on top would apply the fixes twice.
      ctx.log(`workspace/applyEdit for ${uri} not answered within ${ms} ms; fixAll gave up`);
      void asked.then(
        (late) => ctx.log(`workspace/applyEdit for ${uri} answered late: applied ${late.applied}`),
        () => undefined,
      );
      notify(ctx, MessageType.Warning, UI.applyEditTimeout(ms));
      return { applied: 0, changed: false, failure: 'timeout' };
    }
    if (response.applied) {
      notify(ctx, MessageType.Info, UI.applied(applied));
      return { applied, changed: true };
    }
    // Refused because the text moved on: recompute against the new version.
    if (!stillAt(ctx.documents, uri, revision)) continue;
    notify(ctx, MessageType.Warning, UI.editRefused(response.failureReason ?? 'unknown'));
    return { applied: 0, changed: false, failure: 'refused' };
  }
  if (!ctx.documents.get(uri)) {
    notify(ctx, MessageType.Warning, UI.notOpen(uri));
    return null;
  }
  notify(ctx, MessageType.Warning, UI.keepsChanging);
  return { applied: 0, changed: false, failure: 'changing' };
}
