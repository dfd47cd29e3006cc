// Client-side commands. The server's commands (govReport.fixAll,
// govReport.checkWorkspace, govReport.suppress) are registered by the language
// client from its executeCommandProvider; the middleware here adds what only
// the editor can do: the active document for fix-all run from the Command
// Palette, a cancellable progress notification for the workspace check, and
// saving the suppressions file a quick fix edited.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { COMMAND_CHECK_WORKSPACE, COMMAND_FIX_ALL, COMMAND_SUPPRESS, COMMAND_TOGGLE, type SuppressCommandResult } from '../../server/src/lsp/protocol';
import { t } from './messages';

let runs = 0;

/**
 * The server reports "n / m" on a progress token this sends with the request;
 * shown as a notification whose Cancel button cancels the request, which stops
 * the server between two drafts.
 */
function checkWorkspace(client: LanguageClient, command: string, args: unknown[]): Thenable<unknown> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t.checkingWorkspace(), cancellable: true },
    async (progress, token) => {
      const workDoneToken = `${COMMAND_CHECK_WORKSPACE}.${process.pid}.${++runs}`;
      let reported = 0;
      const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
        if (value.kind === 'end') return;
        const percentage = value.percentage ?? reported;
        progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
        reported = Math.max(reported, percentage);
      });
      try {
        return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args, workDoneToken }, token);
      } catch (err) {
        if (token.isCancellationRequested) return undefined;
        throw err;
      } finally {
        sub.dispose();
      }
    },
  );
}

const openDocument = (uri: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(uri).toString());

/**
 * The server computes its edit of the suppressions file from the file on disk,
 * so unsaved changes there are saved first; the edit it makes (undoable in
 * that file) is saved after, so the CLI and the re-lint see the new entry.
 */
async function suppress(command: string, args: unknown[], next: (command: string, args: unknown[]) => Promise<unknown>): Promise<unknown> {
  const file = (args[0] as { file?: unknown } | undefined)?.file;
  const before = typeof file === 'string' ? openDocument(file) : undefined;
  if (before?.isDirty) await before.save();
  const result = (await next(command, args)) as SuppressCommandResult | undefined;
  if (result?.applied && result.via === 'edit' && result.file) {
    const edited = openDocument(result.file);
    if (edited?.isDirty) await edited.save();
  }
  return result;
}

export function middleware(client: () => LanguageClient | undefined): Middleware {
  return {
    executeCommand: async (command, args, next) => {
      const c = client();
      if (command === COMMAND_CHECK_WORKSPACE && c) return checkWorkspace(c, command, args);
      if (command === COMMAND_SUPPRESS) return suppress(command, args, next);
      if (command !== COMMAND_FIX_ALL || args.length > 0) return next(command, args);
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showWarningMessage(t.noEditor());
        return undefined;
      }
      return next(command, [editor.document.uri.toString()]);
    },
  };
}

/** Flips govReport.enable at the most specific level where it is set, so the toggle always takes effect. */
async function toggle(): Promise<void> {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const config = vscode.workspace.getConfiguration('govReport', uri);
  const next = !config.get<boolean>('enable', true);
  const seen = config.inspect<boolean>('enable');
  let target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  if (seen?.workspaceFolderValue !== undefined) target = vscode.ConfigurationTarget.WorkspaceFolder;
  else if (seen?.workspaceValue !== undefined) target = vscode.ConfigurationTarget.Workspace;
  await config.update('enable', next, target);
  void vscode.window.setStatusBarMessage(next ? t.nowEnabled() : t.nowDisabled(), 3000);
}

export function registerCommands(): vscode.Disposable[] {
  return [vscode.commands.registerCommand(COMMAND_TOGGLE, toggle)];
}
