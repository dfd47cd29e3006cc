// One validation = settings → cached lint of the current version → diagnostics
// and a status notification. Push mode runs it from the scheduler; pull mode
// from textDocument/diagnostic.

import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Ctx } from './context';
import type { Settings } from './settings';
import { isServed } from './documents';
import { diagnosticsFor, type Publisher } from './diagnostics';
import { STATUS_NOTIFICATION, type StatusParams } from './protocol';

export interface Computed {
  diagnostics: Diagnostic[];
  status: StatusParams;
}

export function compute(ctx: Ctx, doc: TextDocument, s: Settings): Computed {
  const status: StatusParams = {
    uri: doc.uri,
    version: doc.version,
    enabled: s.enable,
    isReport: false,
    year: null,
    template: null,
    count: 0,
    errors: 0,
    limited: null,
    skippedRules: [],
    run: s.run,
    overrides: Object.keys(s.rules).length,
  };
  if (!s.enable || !isServed(doc)) return { diagnostics: [], status };
  const result = ctx.cache.lint(doc, s);
  const diagnostics = diagnosticsFor(doc, result, ctx.lang);
  if (result && !result.notReport) {
    const r = result.report;
    Object.assign(status, {
      isReport: true,
      year: r.year,
      template: s.template === 'auto' ? r.generation : s.template,
      count: diagnostics.length,
      errors: diagnostics.filter((d) => d.severity === 1).length,
      limited: r.limited,
      skippedRules: result.skippedRules,
    });
  }
  return { diagnostics, status };
}

export function sendStatus(ctx: Ctx, status: StatusParams): void {
  void ctx.connection.sendNotification(STATUS_NOTIFICATION, status);
}

/** The push-mode job: returns false when the document moved on while settings loaded. */
export function pushJob(ctx: Ctx, publisher: Publisher) {
  return async (uri: string): Promise<boolean> => {
    const before = ctx.documents.get(uri);
    if (!before || !isServed(before)) return true;
    // TextDocuments updates documents in place: remember the number, not the object.
    const version = before.version;
    const s = await ctx.settings.get(uri);
    const doc = ctx.documents.get(uri);
    if (!doc) return true;
    if (doc.version !== version) return false;
    const c = compute(ctx, doc, s);
    if (publisher.publish(uri, doc.version, c.diagnostics)) sendStatus(ctx, c.status);
    return true;
  };
}

interface PullResult {
  resultId: string;
  items: Diagnostic[];
}

/**
 * Pull mode. In onSave mode a pull between saves answers "unchanged", so the
 * editor keeps (and keeps moving with the text) what the last save produced.
 */
export class PullDiagnostics {
  private results = new Map<string, PullResult>();
  private due = new Set<string>();
  private changedAt = new Map<string, number>();

  constructor(
    private ctx: Ctx,
    private quietMs = 250,
  ) {}

  /** Remember typing: a pull right after an edit waits for a pause (lessons.md 5). */
  touched(uri: string): void {
    this.changedAt.set(uri, Date.now());
  }

  /** The next pull of this document must lint (open, save, settings change). */
  markDue(uri: string): void {
    this.due.add(uri);
  }

  markAllDue(): void {
    for (const d of this.ctx.documents.all()) this.due.add(d.uri);
  }

  forget(uri: string): void {
    this.results.delete(uri);
    this.due.delete(uri);
    this.changedAt.delete(uri);
  }

  async handle(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const first = this.ctx.documents.get(uri);
    if (!first || !isServed(first)) return empty;
    const version = first.version;
    const s = await this.ctx.settings.get(uri);
    const prev = this.results.get(uri);
    if (s.run === 'onSave' && prev && !this.due.has(uri)) return this.answer(prev, params);
    const wait = (this.changedAt.get(uri) ?? 0) + this.quietMs - Date.now();
    if (wait > 0) await pause(wait, token);
    const doc = this.ctx.documents.get(uri);
    if (!doc) return empty;
    // The client re-pulls on retrigger, which makes this a debounce without timers of our own.
    if (token.isCancellationRequested || doc.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    this.due.delete(uri);
    const resultId = `${doc.version}:${this.ctx.settings.generation}`;
    if (prev && prev.resultId === resultId) return this.answer(prev, params);
    const c = compute(this.ctx, doc, s);
    const next = { resultId, items: c.diagnostics };
    this.results.set(uri, next);
    sendStatus(this.ctx, c.status);
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: next.items };
  }

  private answer(prev: PullResult, params: DocumentDiagnosticParams): DocumentDiagnosticReport {
    if (params.previousResultId === prev.resultId) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: prev.resultId };
    }
    return { kind: DocumentDiagnosticReportKind.Full, resultId: prev.resultId, items: prev.items };
  }
}

function pause(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const sub = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    }
  });
}
