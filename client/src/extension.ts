// VS Code entry: starts the language server (all checking happens there, off
// the extension host) and adds the status item and client-side commands.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { ReportStatus } from './status';
import { middleware, registerCommands } from './commands';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  // No scheme filter: drafts in virtual workspaces (vscode-vfs, remote) are linted too.
  const documentSelector = ['gov-report', 'plaintext', 'markdown'].map((language) => ({ language }));
  // What the server re-lints on: config and suppressions files, drafts (kept current after a workspace check),
  // and every deletion (a folder deleted is one event for the folder, whatever it held).
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/.gov-report-lint.{json,jsonc}'),
    vscode.workspace.createFileSystemWatcher('**/gov-report-lint-suppressions.json'),
    vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,html,htm}'),
    vscode.workspace.createFileSystemWatcher('**/*', true, true, false),
  ];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'govReport', fileEvents: watchers },
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: middleware(() => client),
  };
  client = new LanguageClient('govReport', 'Gov Report Lint', serverOptions, clientOptions);

  const status = new ReportStatus();
  context.subscriptions.push(status, ...watchers, ...registerCommands());
  context.subscriptions.push(client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.update(p)));
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
