// A minimal JSON-RPC/LSP client over stdio for the language server tests:
// Content-Length framing, requests both ways, and a log of notifications.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
/** GOV_REPORT_LINT_TEST_SERVER runs the tests against another build (e.g. the previous commit's, to see a test fail). */
export const SERVER = process.env.GOV_REPORT_LINT_TEST_SERVER ?? path.join(ROOT, 'server/out/server.js');

export interface Notification {
  method: string;
  params: any;
  seq: number;
}

export interface StartOptions {
  locale?: string;
  /** Declare textDocument.diagnostic: the server should answer pulls instead of pushing. */
  pull?: boolean;
  /** Answer workspace/configuration (a promise: answered when it settles); omitted → the client declares no configuration support. */
  configuration?: (item: { scopeUri?: string; section?: string }) => unknown;
  /** Answer workspace/applyEdit (default: applied true). */
  applyEdit?: (params: any) => { applied: boolean; failureReason?: string } | Promise<{ applied: boolean }>;
  resolveSupport?: boolean;
  /** Server requests received but never answered, as a client that hangs would. */
  neverAnswer?: string[];
  initializationOptions?: unknown;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** Workspace folders (URIs) sent in initialize; the client then also declares workspace folder support. */
  workspaceFolders?: string[];
  /** Declare WorkspaceEdit resource operations (create, rename, delete). */
  resourceOperations?: boolean;
  /** Declare window.workDoneProgress (server-initiated progress). */
  workDoneProgress?: boolean;
  /** Declare dynamic registration of file watchers (with relative patterns). */
  watchers?: boolean;
}

type Waiter = { pred: (n: Notification) => boolean; resolve: (n: Notification) => void };

export class LspClient {
  readonly notifications: Notification[] = [];
  readonly serverRequests: { method: string; params: any }[] = [];
  stderr = '';
  initializeResult: any;
  private proc: ChildProcess;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private bodyLength = -1;
  /** Body sizes of every message received from the server, in order. */
  readonly received: number[] = [];
  private nextId = 1;
  private seq = 0;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: any) => void }>();
  private waiters: Waiter[] = [];
  private requestWaiters: { pred: (r: { method: string; params: any }) => boolean; resolve: (r: { method: string; params: any }) => void }[] = [];
  exited: number | null = null;
  private onExit: ((code: number) => void)[] = [];

  private constructor(private opts: StartOptions) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.on('exit', (code) => {
      this.exited = code ?? -1;
      for (const f of this.onExit) f(this.exited);
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}): ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  /** The server's exit code, once it exits. */
  whenExited(): Promise<number> {
    if (this.exited !== null) return Promise.resolve(this.exited);
    return new Promise((resolve) => this.onExit.push(resolve));
  }

  get pid(): number {
    return this.proc.pid!;
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const c = LspClient.spawn(opts);
    await c.initialize();
    return c;
  }

  /** A server process that has not been sent initialize yet. */
  static spawn(opts: StartOptions = {}): LspClient {
    return new LspClient(opts);
  }

  async initialize(): Promise<void> {
    const opts = this.opts;
    this.initializeResult = await this.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: opts.workspaceFolders ? opts.workspaceFolders.map((uri, i) => ({ uri, name: `folder${i}` })) : null,
      locale: opts.locale,
      initializationOptions: opts.initializationOptions,
      capabilities: {
        workspace: {
          configuration: !!opts.configuration,
          applyEdit: true,
          workspaceEdit: { documentChanges: true, resourceOperations: opts.resourceOperations ? ['create', 'rename', 'delete'] : undefined },
          workspaceFolders: !!opts.workspaceFolders,
          didChangeWatchedFiles: opts.watchers ? { dynamicRegistration: true, relativePatternSupport: true } : undefined,
          didChangeConfiguration: { dynamicRegistration: false },
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            isPreferredSupport: true,
            resolveSupport: opts.resolveSupport ? { properties: ['edit'] } : undefined,
          },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          foldingRange: {},
          diagnostic: opts.pull ? { dynamicRegistration: false } : undefined,
        },
        window: { workDoneProgress: !!opts.workDoneProgress },
      },
    });
    this.notify('initialized', {});
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 20000): Promise<T> {
    return this.requestWithId<T>(method, params, timeoutMs).result;
  }

  /** A request and its id (for $/cancelRequest). */
  requestWithId<T = any>(method: string, params: unknown, timeoutMs = 20000): { id: number; result: Promise<T> } {
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} timed out; stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
    return { id, result };
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** First notification (already received or future) matching pred. */
  waitFor(pred: (n: Notification) => boolean, timeoutMs = 15000, what = 'notification'): Promise<Notification> {
    const found = this.notifications.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const w: Waiter = { pred, resolve: (n) => (clearTimeout(timer), resolve(n)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.waiters.push(w);
    });
  }

  /**
   * The diagnostics of uri at exactly this version: published for it, or, when
   * the server found them unchanged and did not publish them again, the last
   * ones published before its status notification for that version.
   */
  async diagnostics(uri: string, version: number, timeoutMs = 15000): Promise<any[]> {
    const n = await this.waitFor(
      (x) => (x.method === 'textDocument/publishDiagnostics' || x.method === 'govReport/status') && x.params.uri === uri && x.params.version === version,
      timeoutMs,
      `diagnostics for ${uri}@${version}`,
    );
    if (n.method === 'textDocument/publishDiagnostics') return n.params.diagnostics;
    const last = this.published(uri)
      .filter((p) => p.seq < n.seq)
      .at(-1);
    if (!last) throw new Error(`status for ${uri}@${version} but no diagnostics published`);
    return last.params.diagnostics;
  }

  /** First request from the server (already received or future) matching pred. */
  waitForServerRequest(
    pred: (r: { method: string; params: any }) => boolean,
    timeoutMs = 15000,
    what = 'server request',
  ): Promise<{ method: string; params: any }> {
    const found = this.serverRequests.find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: (r: { method: string; params: any }) => (clearTimeout(timer), resolve(r)) };
      const timer = setTimeout(() => {
        this.requestWaiters = this.requestWaiters.filter((x) => x !== w);
        reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.requestWaiters.push(w);
    });
  }

  /** window/logMessage texts matching the pattern, so far. */
  logMessages(pattern: RegExp): string[] {
    return this.notifications.filter((n) => n.method === 'window/logMessage' && pattern.test(n.params.message)).map((n) => n.params.message);
  }

  published(uri: string): Notification[] {
    return this.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
  }

  open(uri: string, text: string, languageId = 'gov-report', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: unknown[]): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async stop(): Promise<void> {
    if (this.exited === null) {
      try {
        await this.request('shutdown', null, 5000);
        this.notify('exit', null);
      } catch {
        // The server may already be gone; killing below is enough.
      }
      await new Promise((r) => setTimeout(r, 50));
      if (this.exited === null) this.proc.kill();
    }
  }

  /** Bytes as they are, for framing tests. */
  writeRaw(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  /** A message with a Content-Length header of the caller's choosing (`length` receives the true body length). */
  writeFramed(msg: unknown, header: (length: number) => string): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin!.write(Buffer.concat([Buffer.from(header(body.length), 'latin1'), body]));
  }

  private write(msg: unknown): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  private onData(d: Buffer): void {
    // Chunks are joined once per message: a 10 MB publish arrives in hundreds of chunks.
    this.chunks.push(d);
    this.buffered += d.length;
    for (;;) {
      if (this.bodyLength < 0) {
        if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
        const buf = this.chunks[0];
        if (!buf) return;
        const head = buf.indexOf('\r\n\r\n');
        if (head < 0) return;
        const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, head).toString('ascii'));
        if (!m) throw new Error('bad header from server');
        this.bodyLength = Number(m[1]);
        this.chunks = [buf.subarray(head + 4)];
        this.buffered = buf.length - head - 4;
      }
      if (this.buffered < this.bodyLength) return;
      const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
      const body = JSON.parse(all.subarray(0, this.bodyLength).toString('utf8'));
      this.received.push(this.bodyLength);
      this.chunks = [all.subarray(this.bodyLength)];
      this.buffered = all.length - this.bodyLength;
      this.bodyLength = -1;
      void this.dispatch(body);
    }
  }

  private async dispatch(msg: any): Promise<void> {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { code: msg.error.code }));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      const request = { method: msg.method, params: msg.params };
      this.serverRequests.push(request);
      for (const w of [...this.requestWaiters]) {
        if (!w.pred(request)) continue;
        this.requestWaiters = this.requestWaiters.filter((x) => x !== w);
        w.resolve(request);
      }
      if (this.opts.neverAnswer?.includes(msg.method)) return;
      const result = await this.answer(msg.method, msg.params);
      this.write({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    const n: Notification = { method: msg.method, params: msg.params, seq: this.seq++ };
    this.notifications.push(n);
    for (const w of [...this.waiters]) {
      if (w.pred(n)) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve(n);
      }
    }
  }

  private async answer(method: string, params: any): Promise<unknown> {
    switch (method) {
      case 'workspace/configuration':
        return Promise.all(params.items.map((i: any) => (this.opts.configuration ? this.opts.configuration(i) : null)));
      case 'workspace/applyEdit':
        return this.opts.applyEdit ? await this.opts.applyEdit(params) : { applied: true };
      default:
        return null;
    }
  }
}
