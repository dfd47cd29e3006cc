// Client-side commands. govReport.fixAll itself is registered by the language
// client from the server's executeCommandProvider; the middleware here only
// supplies the active document when it is run from the Command Palette.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { COMMAND_FIX_ALL, COMMAND_TOGGLE } from '../../server/src/lsp/protocol';
import { t } from './messages';

export const middleware: Middleware = {
  executeCommand: async (command, args, next) => {
    if (command !== COMMAND_FIX_ALL || args.length > 0) return next(command, args);
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showWarningMessage(t.noEditor());
      return undefined;
    }
    return next(command, [editor.document.uri.toString()]);
  },
};

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
