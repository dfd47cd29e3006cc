// --fix: the editor's fix-all engine, then the file written back in the bytes
// it came in (same encoding, same BOM, same line endings).
//
// The write goes to the very file that was read, and only if it is still
// there unchanged. Someone may run --fix (as root, say) over a folder another
// user can change: the path is checked without following a new symlink, the
// file is opened again and compared by device and inode, size, mtime and a
// hash of its bytes, and anything else — a symlink swapped in, an edit made
// while the fixes were computed, a deleted file — is left alone and reported.
//
// The bytes are written in place, through the checked descriptor, never by
// renaming a temporary copy over the path: that keeps the inode, so owner,
// group, mode, ACLs, other xattrs and hard links all stay as they were, and no
// path is resolved again after the check. Atomicity is bought back where it
// matters (see overwrite): a failed write leaves the old bytes.

import * as fs from 'node:fs';
import { fixAll, type FixAllOptions } from '../core/fix/fixAll';
import { encode, type EncodingInfo } from './encoding';
import { flag, readBounded, sha256, type FileStamp } from './read-file';

/** Why a fixed file was not written: a message code of ioReason (for op 'write'), or an errno. */
export interface WriteProblem {
  code: string;
  detail?: string;
}

export interface FixOutcome {
  /** The fixed text when it was written, else the text as read (what the file still holds). */
  text: string;
  applied: number;
  written: boolean;
  problem?: WriteProblem;
}

export interface FixHooks {
  /** Runs between reading (and fixing) the file and checking it for the write: tests race the write here. */
  beforeWrite?: () => void;
}

function problemOf(err: unknown): WriteProblem {
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) return { code: e.code, detail: e.message };
  throw err;
}

function sameFile(st: fs.BigIntStats, stamp: FileStamp): boolean {
  return st.isFile() && st.dev === stamp.dev && st.ino === stamp.ino;
}

/** The path's current file when it is still the one read, else why not (nothing is followed but a symlink that was there when read). */
function checkPath(file: string, stamp: FileStamp): { st: fs.BigIntStats } | { problem: WriteProblem } {
  let st = fs.lstatSync(file, { bigint: true });
  if (st.isSymbolicLink()) {
    const { link } = stamp;
    if (!link || st.dev !== link.dev || st.ino !== link.ino || fs.readlinkSync(file) !== link.target) return { problem: { code: 'symlink' } };
    st = fs.statSync(file, { bigint: true });
  } else if (stamp.link) {
    return { problem: { code: 'replaced' } };
  }
  return sameFile(st, stamp) ? { st } : { problem: { code: 'replaced' } };
}

export type WriteAt = (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => number;

function writeAll(fd: number, buf: Uint8Array, from: number, to: number, writeAt: WriteAt): void {
  let at = from;
  while (at < to) at += writeAt(fd, buf, at, to - at, at);
}

/**
 * Replaces the content of `fd` (holding `old`) with `next`. Growth is written
 * first, past the old end, so that a full disk fails before a single old byte
 * is touched (a truncate then restores the file). A failure while overwriting
 * puts the old bytes back. Only if that also fails is the file left broken,
 * and the error says so.
 */
export function overwrite(fd: number, old: Buffer, next: Buffer, writeAt: WriteAt = fs.writeSync): void {
  const common = Math.min(old.length, next.length);
  const restore = (err: unknown, rewrite: boolean): never => {
    try {
      if (rewrite) writeAll(fd, old, 0, old.length, writeAt);
      fs.ftruncateSync(fd, old.length);
    } catch {
      const e = err as NodeJS.ErrnoException;
      throw Object.assign(new Error(e?.message ?? String(err)), { code: 'EPARTIAL' });
    }
    throw err;
  };
  try {
    writeAll(fd, next, common, next.length, writeAt);
  } catch (err) {
    restore(err, false);
  }
  try {
    writeAll(fd, next, 0, common, writeAt);
    if (next.length < old.length) fs.ftruncateSync(fd, next.length);
  } catch (err) {
    restore(err, true);
  }
}

/** Writes `bytes` over the file `stamp` describes if `file` still names it, unchanged; else says why not. */
export function writeBack(file: string, stamp: FileStamp, bytes: Buffer, writeAt?: WriteAt): WriteProblem | null {
  let fd: number;
  try {
    const checked = checkPath(file, stamp);
    if ('problem' in checked) return checked.problem;
    const { st } = checked;
    // Mode bits, not access(): root may write anything, but a draft marked
    // read-only was marked so by someone who meant it.
    if ((Number(st.mode) & 0o200) === 0) return { code: 'read-only' };
    fd = fs.openSync(file, fs.constants.O_RDWR | flag('O_NONBLOCK') | flag('O_NOCTTY') | (stamp.link ? 0 : flag('O_NOFOLLOW')));
  } catch (err) {
    const p = problemOf(err);
    return p.code === 'ELOOP' ? { code: 'symlink' } : p;
  }
  try {
    // The descriptor, not the path, is what gets written: it must be the file read.
    const st = fs.fstatSync(fd, { bigint: true });
    if (!sameFile(st, stamp)) return { code: 'replaced' };
    if (st.size !== stamp.size || st.mtimeNs !== stamp.mtimeNs) return { code: 'changed' };
    const now = readBounded(fd, Number(st.size), Number(st.size));
    if (now === null || !sha256(now).equals(stamp.sha256)) return { code: 'changed' };
    overwrite(fd, now, bytes, writeAt);
    return null;
  } catch (err) {
    return problemOf(err);
  } finally {
    fs.closeSync(fd);
  }
}

export interface ReadDraft {
  text: string;
  info: EncodingInfo;
  stamp: FileStamp;
}

/**
 * Applies every safe fix to the text read from `file` and, only when the text
 * changed, writes it back. Returns the text the file now holds, for linting.
 */
export function fixFile(file: string, read: ReadDraft, options: FixAllOptions, hooks: FixHooks = {}): FixOutcome {
  const { text, info, stamp } = read;
  const result = fixAll(text, options);
  if (!result.changed) return { text, applied: 0, written: false };
  if (!info.exact) return { text, applied: 0, written: false, problem: { code: 'not-exact' } };
  hooks.beforeWrite?.();
  const problem = writeBack(file, stamp, encode(result.text, info));
  if (problem) return { text, applied: 0, written: false, problem };
  return { text: result.text, applied: result.applied, written: true };
}
