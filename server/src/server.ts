// Language server entry: wires the LSP connection to the feature modules in
// lsp/. Thin on purpose: all checking lives in core/, all features in lsp/.

import {
  CodeActionKind,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  ProposedFeatures,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Ctx } from './lsp/context';
import { ReportCache, isServed, stack } from './lsp/documents';
import { SettingsStore } from './lsp/settings';
import { Publisher } from './lsp/diagnostics';
import { Scheduler } from './lsp/scheduler';
import { PullDiagnostics, pushJob } from './lsp/validate';
import { codeActions, resolveCodeAction } from './lsp/codeActions';
import { COMMANDS, executeCommand, notify } from './lsp/commands';
import { documentSymbols, flatSymbols, foldingRanges } from './lsp/symbols';
import { hover, partAt } from './lsp/hover';
import { langOf } from './lsp/locale';
import { FIX_ALL_KIND } from './lsp/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = (m: string) => connection.console.error(m);
// A bug in one handler must not take the whole server (and every open document) down.
process.on('uncaughtException', (err) => log(`uncaught: ${stack(err)}`));
process.on('unhandledRejection', (err) => log(`unhandled rejection: ${stack(err)}`));

let ctx: Ctx;
let publisher: Publisher;
let scheduler: Scheduler;
let pull: PullDiagnostics;
let refreshSupport = false;
const justOpened = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  const caps = params.capabilities;
  const pullDiagnostics = !!caps.textDocument?.diagnostic;
  const support = {
    pullDiagnostics,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    resolveEdit: !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
    hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
  };
  refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
  const settings = new SettingsStore(connection, !!caps.workspace?.configuration, (m) => notify(ctx, MessageType.Warning, m));
  const lang = langOf(params.locale);
  ctx = { connection, documents, lang, support, log, settings, cache: new ReportCache(lang, log) };
  publisher = new Publisher(connection);
  scheduler = new Scheduler(pushJob(ctx, publisher), log);
  pull = new PullDiagnostics(ctx);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: support.resolveEdit },
      executeCommandProvider: { commands: COMMANDS },
      documentSymbolProvider: { label: '政府信息公开年报' },
      foldingRangeProvider: true,
      hoverProvider: true,
      diagnosticProvider: pullDiagnostics ? { identifier: 'gov-report-lint', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'gov-report-lint' },
  };
});

// No dynamic registration for didChangeConfiguration: our client synchronizes the
// govReport section itself, and registering too would double every notification.

function refreshPull(): void {
  if (refreshSupport) connection.languages.diagnostics.refresh();
}

documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  if (ctx.support.pullDiagnostics) pull.markDue(e.document.uri);
});

documents.onDidChangeContent((e) => {
  const uri = e.document.uri;
  const opened = justOpened.delete(uri);
  if (ctx.support.pullDiagnostics) {
    if (!opened) pull.touched(uri);
    return;
  }
  if (!isServed(e.document)) return;
  if (opened) return scheduler.now(uri);
  void ctx.settings.get(uri).then((s) => {
    if (s.enable && s.run === 'onType') scheduler.changed(uri);
  });
});

documents.onDidSave((e) => {
  const uri = e.document.uri;
  if (ctx.support.pullDiagnostics) {
    pull.markDue(uri);
    return refreshPull();
  }
  void ctx.settings.get(uri).then((s) => {
    if (s.run === 'onSave') scheduler.now(uri);
  });
});

documents.onDidClose((e) => {
  const uri = e.document.uri;
  justOpened.delete(uri);
  scheduler.forget(uri);
  ctx.cache.delete(uri);
  ctx.settings.forget(uri);
  if (ctx.support.pullDiagnostics) pull.forget(uri);
  else publisher.clear(uri);
});

connection.onDidChangeConfiguration((params) => {
  ctx.settings.changed(params.settings);
  if (ctx.support.pullDiagnostics) {
    pull.markAllDue();
    return refreshPull();
  }
  for (const d of documents.all()) if (isServed(d)) scheduler.now(d.uri);
});

connection.languages.diagnostics.on((params, token) => pull.handle(params, token));
connection.onCodeAction((params) => codeActions(ctx, params));
connection.onCodeActionResolve((action) => resolveCodeAction(ctx, action));
connection.onExecuteCommand((params) => executeCommand(ctx, params));

/** The reports of an open, served document (each parsed once, whatever version it first appeared in). */
async function served(uri: string) {
  const doc = documents.get(uri);
  if (!doc || !isServed(doc)) return null;
  const s = await ctx.settings.get(uri);
  const now = documents.get(uri);
  const parts = now ? ctx.cache.served(now, s) : null;
  return now && parts ? { doc: now, parts, s } : null;
}

connection.onDocumentSymbol(async (params) => {
  const hit = await served(params.textDocument.uri);
  if (!hit) return [];
  const symbols = documentSymbols(hit.doc, hit.parts, ctx.lang);
  return ctx.support.hierarchicalSymbols ? symbols : flatSymbols(hit.doc.uri, symbols);
});

connection.onFoldingRanges(async (params) => {
  const hit = await served(params.textDocument.uri);
  return hit ? foldingRanges(hit.doc, hit.parts, ctx.lang) : [];
});

connection.onHover(async (params) => {
  const hit = await served(params.textDocument.uri);
  if (!hit) return null;
  const offset = hit.doc.offsetAt(params.position);
  const part = partAt(hit.parts, offset);
  if (!part) return null;
  const lint = hit.s.enable ? ctx.cache.linted(hit.doc, hit.s)?.find((p) => p.range.start === part.range.start)?.result : null;
  return hover(hit.doc, part, lint?.findings ?? [], offset, ctx.lang);
});

documents.listen(connection);
connection.listen();
