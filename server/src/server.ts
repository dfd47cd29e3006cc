// Language server entry: wires the LSP connection to the feature modules in
// lsp/. Thin on purpose: all checking lives in core/, all features in lsp/.
//
// Lifecycle as the LSP spec asks: before `initialize` every request is
// refused with ServerNotInitialized and notifications are dropped (the
// features are registered only once initialize arrives); after `shutdown`
// requests are refused with InvalidRequest.

import {
  CodeActionKind,
  ErrorCodes,
  ExecuteCommandRequest,
  MessageType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { Ctx } from './lsp/context';
import { ReportCache, isServed, stack } from './lsp/documents';
import { SettingsStore } from './lsp/settings';
import { Publisher } from './lsp/diagnostics';
import { Scheduler } from './lsp/scheduler';
import { YearFactsStore } from './lsp/yearFacts';
import { DiskFacts } from './lsp/yearFactsDisk';
import { PullDiagnostics, pushJob } from './lsp/validate';
import { codeActions, resolveCodeAction } from './lsp/codeActions';
import { COMMANDS, executeCommand, notify } from './lsp/commands';
import { documentSymbols, flatSymbols, foldingRanges } from './lsp/symbols';
import { hover, partAt } from './lsp/hover';
import { langOf } from './lsp/locale';
import { FIX_ALL_KIND } from './lsp/protocol';
import { REVISED_DOCUMENTS } from './lsp/revisions';
import { timeoutsFrom } from './lsp/timeouts';
import { createServerConnection } from './lsp/transport';
import { fsPathOf, ProjectFiles } from './lsp/project';
import { ProjectWiring } from './lsp/projectWiring';
import { suppressInFile } from './lsp/suppressActions';
import { COMMAND_CHECK_WORKSPACE, COMMAND_SUPPRESS } from './lsp/protocol';

let phase: 'new' | 'running' | 'shutdown' = 'new';
const connection = createServerConnection(() => (phase === 'shutdown' ? 0 : 1));
const documents = new TextDocuments(REVISED_DOCUMENTS);
const log = (m: string) => connection.console.error(m);
// A bug in one handler must not take the whole server (and every open document) down.
process.on('uncaughtException', (err) => log(`uncaught: ${stack(err)}`));
process.on('unhandledRejection', (err) => log(`unhandled rejection: ${stack(err)}`));

let ctx: Ctx;
let publisher: Publisher;
let scheduler: Scheduler;
let pull: PullDiagnostics;
let refreshSupport = false;
let folderEvents = false;
let wiring: ProjectWiring;
const justOpened = new Set<string>();

// Requests no feature handles (and, before initialize, every request: no feature is registered yet).
connection.onRequest((method: string) => {
  if (phase === 'new') throw notInitialized(method);
  throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
});
connection.onNotification((method: string) => {
  if (phase === 'new') log(`dropped ${method}: it came before initialize`);
});
connection.onShutdown(() => {
  if (phase === 'new') throw notInitialized('shutdown');
  phase = 'shutdown';
});

function notInitialized(method: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.ServerNotInitialized, `${method}: the server has not been initialized yet (send initialize first)`);
}

/**
 * A request handler that refuses work once the client has asked the server to
 * shut down, and that answers a failure of its own (a bug, or params no
 * client should send) with an error response and a stack in the log.
 */
function running<P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
  const failed = (err: unknown): never => {
    if (err instanceof ResponseError) throw err;
    log(`${method} failed: ${stack(err)}`);
    throw new ResponseError(ErrorCodes.InternalError, `${method} failed: ${err instanceof Error ? err.message : String(err)}`);
  };
  return async (params: P, token: CancellationToken): Promise<R> => {
    if (phase === 'shutdown') throw new ResponseError(ErrorCodes.InvalidRequest, 'the server is shutting down');
    try {
      return await handler(params, token);
    } catch (err) {
      return failed(err);
    }
  };
}

connection.onInitialize((params): InitializeResult => {
  if (phase !== 'new') throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize was already received');
  const caps = params.capabilities;
  const pullDiagnostics = !!caps.textDocument?.diagnostic;
  const support = {
    pullDiagnostics,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    resolveEdit: !!caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
    hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    createFiles: !!caps.workspace?.workspaceEdit?.documentChanges && !!caps.workspace.workspaceEdit.resourceOperations?.includes('create'),
    workDoneProgress: !!caps.window?.workDoneProgress,
  };
  refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
  folderEvents = !!caps.workspace?.workspaceFolders;
  const timeouts = timeoutsFrom(params.initializationOptions);
  const settings = new SettingsStore(connection, !!caps.workspace?.configuration, (m) => notify(ctx, MessageType.Warning, m), {
    log,
    timeoutMs: timeouts.configurationMs,
    lateAnswer: revalidate,
  });
  const lang = langOf(params.locale);
  // Where config files are searched up to: the workspace folders (or the root a client without folders sends).
  const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri }] : [])).map((f) => fsPathOf(f.uri)).filter((p): p is string => !!p);
  const project = new ProjectFiles(folders, () => wiring.scheduleFlush());
  ctx = { connection, documents, lang, support, timeouts, log, settings, project, cache: new ReportCache(lang, log) };
  const years = new YearFactsStore(
    (uri) => {
      revalidate(uri);
      wiring.yearsChanged(uri);
    },
    {
      configured: (p) => project.configOf(p).config.previousReports,
      workspaceDrafts: () => wiring.workspace.drafts(project.workspaceFolders),
      isOpen: (uri) => !!documents.get(uri),
    },
    // Inside the workspace folders the file watcher reports changes (the workspace check relies on it too).
    new DiskFacts((p) => project.folderOf(p) !== null),
  );
  ctx.years = years;
  ctx.cache.previous = (uri) => years.previousFor(uri);
  const watch = caps.workspace?.didChangeWatchedFiles;
  wiring = new ProjectWiring(ctx, revalidate, { dynamic: !!watch?.dynamicRegistration, relative: !!watch?.relativePatternSupport });
  publisher = new Publisher(connection);
  scheduler = new Scheduler(pushJob(ctx, publisher), log);
  pull = new PullDiagnostics(ctx);
  listen();
  phase = 'running';
  return capabilities(support.pullDiagnostics);
});

function capabilities(pullDiagnostics: boolean): InitializeResult {
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: ctx.support.resolveEdit },
      executeCommandProvider: { commands: COMMANDS },
      documentSymbolProvider: { label: '政府信息公开年报' },
      foldingRangeProvider: true,
      hoverProvider: true,
      diagnosticProvider: pullDiagnostics ? { identifier: 'gov-report-lint', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gov-report-lint' },
  };
}

// No dynamic registration for didChangeConfiguration: our client synchronizes the
// govReport section itself, and registering too would double every notification.

function refreshPull(): void {
  if (refreshSupport) connection.languages.diagnostics.refresh();
}

/** Check one document again (its settings changed). */
function revalidate(uri: string): void {
  const doc = documents.get(uri);
  if (!doc || !isServed(doc)) return;
  if (ctx.support.pullDiagnostics) {
    pull.markDue(uri);
    refreshPull();
  } else {
    scheduler.now(uri);
  }
}

/**
 * The reports of an open, served document (each parsed once, whatever version
 * it first appeared in), with the settings known now: outline, folding and
 * hover never wait for the client to answer workspace/configuration.
 */
function served(uri: string) {
  const doc = documents.get(uri);
  if (!doc || !isServed(doc)) return null;
  const s = ctx.project.settingsFor(uri, ctx.settings.peek(uri));
  const parts = ctx.cache.served(doc, s);
  return parts ? { doc, parts, s } : null;
}

/** Registers every feature; called once, by initialize. */
function listen(): void {
  connection.onInitialized(() => {
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(() => {
        void connection.workspace
          .getWorkspaceFolders()
          .then((list) => wiring.setFolders((list ?? []).map((f) => fsPathOf(f.uri)).filter((p): p is string => !!p)));
      });
    }
    void wiring.checkOnOpen().catch((err) => log(`checkWorkspaceOnOpen failed: ${stack(err)}`));
  });
  connection.onDidChangeWatchedFiles((params) => wiring.filesChanged(params.changes));

  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    wiring.opened(e.document);
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
    wiring.closed(uri);
    ctx.years?.closed(uri);
  });

  connection.onDidChangeConfiguration((params) => {
    ctx.settings.changed(params.settings);
    wiring.settingsChanged();
    if (ctx.support.pullDiagnostics) {
      pull.markAllDue();
      return refreshPull();
    }
    for (const d of documents.all()) if (isServed(d)) scheduler.now(d.uri);
  });

  connection.languages.diagnostics.on(running('textDocument/diagnostic', (params, token) => pull.handle(params, token)));
  connection.onCodeAction(running('textDocument/codeAction', (params) => codeActions(ctx, params)));
  connection.onCodeActionResolve(running('codeAction/resolve', (action) => resolveCodeAction(ctx, action)));
  // Not onExecuteCommand: it takes workDoneToken out of the params, and the workspace check needs to know whether the client sent one.
  connection.onRequest(
    ExecuteCommandRequest.type,
    running('workspace/executeCommand', (params, token): Promise<unknown> => {
      if (params.command === COMMAND_SUPPRESS) return suppressInFile(ctx, params.arguments?.[0], (file) => wiring.suppressionsChanged(file));
      if (params.command === COMMAND_CHECK_WORKSPACE) return wiring.checkCommand(params, token);
      return executeCommand(ctx, params);
    }),
  );

  connection.onDocumentSymbol(
    running('textDocument/documentSymbol', (params) => {
      const hit = served(params.textDocument.uri);
      if (!hit) return [];
      const symbols = documentSymbols(hit.doc, hit.parts, ctx.lang);
      return ctx.support.hierarchicalSymbols ? symbols : flatSymbols(hit.doc.uri, symbols);
    }),
  );

  connection.onFoldingRanges(
    running('textDocument/foldingRange', (params) => {
      const hit = served(params.textDocument.uri);
      return hit ? foldingRanges(hit.doc, hit.parts, ctx.lang) : [];
    }),
  );

  connection.onHover(
    running('textDocument/hover', (params) => {
      const hit = served(params.textDocument.uri);
      if (!hit) return null;
      const offset = hit.doc.offsetAt(params.position);
      const part = partAt(hit.parts, offset);
      if (!part) return null;
      const lint = hit.s.enable ? ctx.cache.linted(hit.doc, hit.s)?.find((p) => p.range.start === part.range.start)?.result : null;
      return hover(hit.doc, part, lint?.findings ?? [], offset, ctx.lang);
    }),
  );

  documents.listen(connection);
}

connection.listen();
