// Turns the command-line paths into the list of files to lint: argument order
// kept, each directory walked in sorted (code-unit) order so output is the same
// on every machine and file system.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileSettings } from './lint-file';

export const DRAFT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export interface FileEntry {
  /** Path as shown to the user: as given, or joined under the given directory. */
  file: string;
  /** Path used to open the file. */
  path: string;
  size: number;
  /** The draft's own settings (config file, suppressions); absent: the run's. */
  settings?: FileSettings;
}

export interface PathError {
  file: string;
  code: string | undefined;
  detail: string;
}

export interface Collected {
  /** Files, path errors and ignored named files, interleaved in argument order. */
  items: ({ kind: 'file'; entry: FileEntry } | { kind: 'error'; error: PathError } | { kind: 'ignored'; file: string })[];
}

/** Whether a path is excluded by the `ignore` of the config that applies to it. */
export type IgnoreTest = (target: string, isDir: boolean) => boolean;

function isDraftName(name: string): boolean {
  const lower = name.toLowerCase();
  return DRAFT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function errOf(file: string, err: unknown): PathError {
  const e = err as NodeJS.ErrnoException;
  return { file, code: e?.code, detail: e?.message ?? String(err) };
}

/** Why a path that is neither a directory nor a regular file is not read (a message code of ioReason). */
export function irregularKind(st: fs.Stats | fs.BigIntStats): 'fifo' | 'socket' | 'device' | 'not-regular' {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'not-regular';
}

function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function walk(dir: string, out: Collected['items'], seen: Set<string>, ignored: IgnoreTest): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ kind: 'error', error: errOf(dir, err) });
    return;
  }
  entries.sort(byName);
  for (const d of entries) {
    // Hidden entries and dependency folders are never drafts (like eslint's defaults).
    if (d.name.startsWith('.') || d.name === 'node_modules') continue;
    const p = path.join(dir, d.name);
    if (d.isDirectory()) {
      if (!ignored(p, true)) walk(p, out, seen, ignored);
      continue;
    }
    if (!isDraftName(d.name) || ignored(p, false)) continue;
    // FIFOs, sockets and devices are skipped silently, like any other entry
    // that is not a draft: a FIFO named like one is no reason to fail a run.
    if (!d.isFile() && !d.isSymbolicLink()) continue;
    try {
      // A symlink is followed only to a regular file: following directory links could loop.
      const st = fs.statSync(p, { bigint: true });
      if (st.isFile()) add(out, seen, { file: p, path: p, size: Number(st.size) }, st);
    } catch (err) {
      out.push({ kind: 'error', error: errOf(p, err) });
    }
  }
}

function realKey(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function add(out: Collected['items'], seen: Set<string>, entry: FileEntry, st: fs.BigIntStats): void {
  // The same file reached twice (named and inside a named directory, through
  // a symlink, or by another hard link) is linted once: two --fix writes
  // racing on one file would see each other's edit and refuse.
  // Where a file system has no inode numbers (0 for all), the real path has to do.
  const key = st.ino !== 0n ? `${st.dev}:${st.ino}` : realKey(entry.path);
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ kind: 'file', entry });
}

export function collectFiles(paths: string[], ignored: IgnoreTest = () => false): Collected {
  const items: Collected['items'] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    let st: fs.BigIntStats;
    try {
      st = fs.statSync(given, { bigint: true });
    } catch (err) {
      items.push({ kind: 'error', error: errOf(given, err) });
      continue;
    }
    if (st.isDirectory()) walk(given, items, seen, ignored);
    // Named explicitly and ignored: reported as skipped, so the user sees why it was not linted.
    else if (ignored(given, false)) items.push({ kind: 'ignored', file: given });
    else if (st.isFile()) add(items, seen, { file: given, path: given, size: Number(st.size) }, st);
    // Named explicitly, a FIFO or device is an error: it is never opened (a FIFO would block, /dev/zero never ends).
    else items.push({ kind: 'error', error: { file: given, code: irregularKind(st), detail: '' } });
  }
  return { items };
}
