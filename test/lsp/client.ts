// A minimal JSON-RPC/LSP client over stdio for the language server tests:
// Content-Length framing, requests both ways, and a log of notifications.

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const SERVER = path.join(ROOT, 'server/out/server.js');

export interface Notification {
  method: string;
  params: any;
  seq: number;
}

export interface StartOptions {
  locale?: string;
  /** Declare textDocument.diagnostic: the server should answer pulls instead of pushing. */
  pull?: boolean;
  /** Answer workspace/configuration; omitted → the client declares no configuration support. */
  configuration?: (item: { scopeUri?: string; section?: string }) => unknown;
  /** Answer workspace/applyEdit (default: applied true). */
  applyEdit?: (params: any) => { applied: boolean; failureReason?: string } | Promise<{ applied: boolean }>;
  resolveSupport?: boolean;
}

type Waiter = { pred: (n: Notification) => boolean; resolve: (n: Notification) => void };

export class LspClient {
  readonly notifications: Notification[] = [];
  readonly serverRequests: { method: string; params: any }[] = [];
  stderr = '';
  initializeResult: any;
  private proc: ChildProcess;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private seq = 0;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: any) => void }>();
  private waiters: Waiter[] = [];
  exited: number | null = null;

  private constructor(private opts: StartOptions) {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.on('exit', (code) => {
      this.exited = code ?? -1;
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}): ${this.stderr.slice(-2000)}`));
      this.pending.clear();
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    const c = new LspClient(opts);
    c.initializeResult = await c.request('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: opts.locale,
      capabilities: {
        workspace: {
          configuration: !!opts.configuration,
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
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
      },
    });
    c.notify('initialized', {});
    return c;
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 20000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method} timed out; stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
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

  /** Diagnostics published for uri at exactly this version. */
  async diagnostics(uri: string, version: number, timeoutMs = 15000): Promise<any[]> {
    const n = await this.waitFor(
      (x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && x.params.version === version,
      timeoutMs,
      `diagnostics for ${uri}@${version}`,
    );
    return n.params.diagnostics;
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

  private write(msg: unknown): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const head = this.buf.indexOf('\r\n\r\n');
      if (head < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, head).toString('ascii'));
      if (!m) throw new Error('bad header from server');
      const len = Number(m[1]);
      if (this.buf.length < head + 4 + len) return;
      const body = JSON.parse(this.buf.subarray(head + 4, head + 4 + len).toString('utf8'));
      this.buf = this.buf.subarray(head + 4 + len);
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
      this.serverRequests.push({ method: msg.method, params: msg.params });
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
        return params.items.map((i: any) => (this.opts.configuration ? this.opts.configuration(i) : null));
      case 'workspace/applyEdit':
        return this.opts.applyEdit ? await this.opts.applyEdit(params) : { applied: true };
      default:
        return null;
    }
  }
}
