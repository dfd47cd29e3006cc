// One validation = settings → cached lint of the current version (per report)
// → capped diagnostics and a status notification. Push mode runs it from the
// scheduler; pull mode from textDocument/diagnostic.

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
import type { ReportFindings } from '../core/lint';
import { isServed, lintSettings, reportsOf, type LintedPart } from './documents';
import { yearFactsOf, type YearFacts } from '../core/model/yearFacts';
import { fsPathOf } from './project';
import { sameDiagnostics, toDiagnostic, type Publisher } from './diagnostics';
import { FilteredList, PlainList, suppressView } from './suppressView';
import { stillAt } from './revisions';
import { settle } from './settle';
import { capDiagnostics, type PlacedPart } from './problemCap';
import { Throttle } from './throttle';
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
  const draft = ctx.project.suppressFor(doc.uri, doc.languageId);
  if (!s.enable || !isServed(doc)) {
    ctx.project.recordUnused(draft, []);
    return { diagnostics: [], status };
  }
  const reports: PlacedPart[] = [];
  let first: ReportFindings | null = null;
  const skipped = new Set<string>();
  const linted = ctx.cache.linted(doc, s);
  // The same suppressions as the CLI: directives (Markdown, HTML) and the entries of the file beside the draft.
  const view = suppressView(doc.getText(), linted, draft);
  ctx.project.recordUnused(draft, view?.unused ?? []);
  for (const [k, p] of reportsOf(linted).entries()) {
    const diagnostics = p.diagnostics();
    if (!diagnostics) continue;
    first ??= p.result;
    for (const id of p.result.skippedRules) skipped.add(id);
    reports.push({ diagnostics: view ? new FilteredList(diagnostics, view.shifted[k], view.hidden) : diagnostics, startLine: p.startLine });
  }
  if (ctx.years) ctx.years.update(doc.uri, factsOfDoc(doc, linted), lintSettings(doc, s));
  if (!first) return { diagnostics: [], status };
  if (view && view.notices.length > 0) reports.push({ diagnostics: new PlainList(view.notices.map((f) => toDiagnostic(doc, f, ctx.lang))), startLine: 0 });
  const shown = capDiagnostics(reports, s.maxProblems, ctx.lang);
  // The status item names the first report of a merged file, and counts every problem, shown or not.
  const r = first.report;
  Object.assign(status, {
    isReport: true,
    year: r.year,
    template: s.template === 'auto' ? r.generation : s.template,
    count: shown.total,
    errors: shown.errors,
    limited: r.limited,
    skippedRules: [...skipped],
  });
  return { diagnostics: shown.diagnostics, status };
}

/** The year facts of a document's reports, named after it. */
function factsOfDoc(doc: TextDocument, parts: LintedPart[] | null): YearFacts[] {
  const text = doc.getText();
  const fsPath = fsPathOf(doc.uri);
  const name = fsPath ? fsPath.split(/[\\/]/).pop()! : doc.uri.split('/').pop()!;
  const out: YearFacts[] = [];
  for (const p of reportsOf(parts)) {
    const f = p.report && yearFactsOf(p.report, { text, offset: p.range.start, uri: doc.uri, name: decodeURIComponent(name) });
    if (f) out.push(f);
  }
  return out;
}

export function sendStatus(ctx: Ctx, status: StatusParams): void {
  void ctx.connection.sendNotification(STATUS_NOTIFICATION, status);
}

/** The push-mode job: returns false when the document moved on while settings loaded. */
export function pushJob(ctx: Ctx, publisher: Publisher) {
  return async (uri: string): Promise<boolean> => {
    const settled = await settle(ctx, uri);
    if (settled.kind !== 'ready') return settled.kind === 'gone';
    const { doc, s, revision } = settled;
    const current = () => stillAt(ctx.documents, uri, revision);
    if (!(await ctx.cache.warm(doc, s, current))) return false;
    const c = compute(ctx, doc, s);
    const published = publisher.publish(uri, revision, doc.version, c.diagnostics);
    if (published === 'stale') return true;
    // Sent even when the diagnostics are not: it tells the client this version was checked.
    sendStatus(ctx, c.status);
    // The throttle times this job: serialising a big publish is part of what the next window must pay for.
    if (published !== 'unchanged') await published.sent;
    return true;
  };
}

/** Result ids of another server process (a restart) never match ours. */
const SESSION = `${process.pid.toString(36)}${Date.now().toString(36)}`;

interface PullResult {
  /** The text and settings it was computed for. */
  key: string;
  /** Names the items: kept while they stay the same, so the client is told "unchanged". */
  resultId: string;
  items: Diagnostic[];
}

/**
 * Pull mode. In onSave mode a pull between saves answers "unchanged", so the
 * editor keeps (and keeps moving with the text) what the last save produced.
 * While typing, pulls follow the same throttle as push mode: the first change
 * after a quiet period is answered at once, later ones at the window's end.
 */
export class PullDiagnostics {
  private results = new Map<string, PullResult>();
  private due = new Set<string>();
  private changed = new Set<string>();
  private ids = 0;

  constructor(
    private ctx: Ctx,
    private throttle = new Throttle(),
  ) {}

  /** Remember typing: a pull inside the throttle window waits for its end (lessons.md 5). */
  touched(uri: string): void {
    this.changed.add(uri);
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
    this.changed.delete(uri);
    this.throttle.forget(uri);
  }

  async handle(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settled = await settle(this.ctx, uri);
    if (settled.kind === 'gone') return empty;
    const { s } = settled;
    const prev = this.results.get(uri);
    if (s.run === 'onSave' && prev && !this.due.has(uri)) return this.answer(prev, params);
    // The client re-pulls on retrigger, which makes this a throttle without timers of our own.
    const changed = () => new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    if (settled.kind === 'moved') throw changed();
    const { doc, revision } = settled;
    const wait = this.changed.has(uri) ? this.throttle.delay(uri) : 0;
    if (wait > 0) await pause(wait, token);
    const current = () => !token.isCancellationRequested && stillAt(this.ctx.documents, uri, revision);
    if (!current()) throw changed();
    this.due.delete(uri);
    const key = `${revision}:${this.ctx.settings.generation}:${this.ctx.years?.stamp(uri) ?? 0}`;
    if (prev && prev.key === key) return this.answer(prev, params);
    this.changed.delete(uri);
    const c = await this.throttle.time(uri, async () => {
      if (!(await this.ctx.cache.warm(doc, s, current))) throw changed();
      return compute(this.ctx, doc, s);
    });
    const next: PullResult =
      prev && sameDiagnostics(prev.items, c.diagnostics) ? { ...prev, key } : { key, resultId: `${SESSION}.${++this.ids}`, items: c.diagnostics };
    this.results.set(uri, next);
    sendStatus(this.ctx, c.status);
    return this.answer(next, params);
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
