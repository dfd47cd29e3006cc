// Text helpers for the LSP tests: seeds, UTF-16 positions, applying edits
// exactly as an editor would.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after } from 'node:test';
import { LspClient, ROOT } from './client';

export const SEED_DIR = path.join(ROOT, 'test/fixtures/seeds');

export function seedFiles(): string[] {
  return fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function seed(prefix: string): { name: string; text: string; uri: string } {
  const name = seedFiles().find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, text: fs.readFileSync(path.join(SEED_DIR, name), 'utf8'), uri: `file:///seeds/${name}` };
}

export interface Pos {
  line: number;
  character: number;
}

export function positionAt(text: string, offset: number): Pos {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    } else if (text[i] === '\r' && text[i + 1] !== '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, character: Math.min(offset, text.length) - start };
}

export function offsetAt(text: string, pos: Pos): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') line++;
    i++;
  }
  return Math.min(i + pos.character, text.length);
}

export function applyTextEdits(text: string, edits: { range: { start: Pos; end: Pos }; newText: string }[]): string {
  const abs = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of abs) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** The text edits of a WorkspaceEdit for uri (documentChanges or changes). */
export function editsOf(edit: any, uri: string): { edits: any[]; version: number | null } {
  if (edit?.documentChanges) {
    const dc = edit.documentChanges.find((d: any) => d.textDocument?.uri === uri);
    return { edits: dc ? dc.edits : [], version: dc ? dc.textDocument.version : null };
  }
  return { edits: edit?.changes?.[uri] ?? [], version: null };
}

export const hasCjk = (s: string) => /[\u4e00-\u9fff]/.test(s);

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A start() for one test file: every server it starts is stopped when the file ends. */
export function clientPool(): (opts?: Parameters<typeof LspClient.start>[0]) => Promise<LspClient> {
  const clients: LspClient[] = [];
  after(async () => {
    await Promise.all(clients.map((c) => c.stop()));
  });
  return async (opts = {}) => {
    const c = await LspClient.start(opts);
    clients.push(c);
    return c;
  };
}

/** Seeds merged into one file, as departments' drafts are for review; `starts` are the offsets of each draft. */
export function mergedSeeds(prefixes: string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const p of prefixes) {
    if (text) text += '\n';
    starts.push(text.length);
    text += seed(p).text;
  }
  return { text, starts };
}

/**
 * `copies` rounds of the given seeds, each draft made unique (the server caches reports by
 * their text, so identical copies would be linted once and the file would not be big at all).
 */
export function bigMerged(prefixes: string[], copies: number): string {
  const drafts: string[] = [];
  for (let i = 0; i < copies; i++) {
    for (const p of prefixes) drafts.push(`${seed(p).text.replace(/\s*$/, '')}\n（本稿编号 ${drafts.length + 1}）\n`);
  }
  return drafts.join('');
}

/** A throw-away folder of files (config files, drafts), removed when the test ends. */
export function tempProject(t: { after: (fn: () => void) => void }, files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grl-lsp-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const fileUri = (p: string) => pathToFileURL(p).href;

/** `text` with `line` inserted before 1-based line `at`. */
export function insertLine(text: string, at: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(at - 1, 0, line);
  return lines.join('\n');
}

/** workspace/didChangeWatchedFiles for these paths (1 created, 2 changed, 3 deleted). */
export function watched(c: LspClient, changes: [string, 1 | 2 | 3][]): void {
  c.notify('workspace/didChangeWatchedFiles', { changes: changes.map(([p, type]) => ({ uri: fileUri(p), type })) });
}

/** The next diagnostics published for uri after notification number `after` that satisfy `check`. */
export async function publishedAfter(
  c: LspClient,
  uri: string,
  after: number,
  check: (ds: any[]) => boolean = () => true,
  what = 'diagnostics',
): Promise<any[]> {
  const n = await c.waitFor(
    (x) => x.seq > after && x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri && check(x.params.diagnostics),
    20000,
    `${what} for ${uri}`,
  );
  return n.params.diagnostics;
}

/** Sequence number of the last notification received so far (-1 when none). */
export const lastSeq = (c: LspClient) => c.notifications.at(-1)?.seq ?? -1;
