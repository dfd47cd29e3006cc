// Reading one draft safely: only a regular file is read (a FIFO would block
// the run, /dev/zero would never end), the read stops one byte past the limit
// whatever the file claims its size is, and --fix gets a stamp of exactly what
// was read so that it can later tell whether the path still names that file,
// unchanged.

import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { irregularKind } from './files';

/** Files above this are refused rather than risk exhausting memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/** Missing flags (O_NOFOLLOW, O_NONBLOCK, O_NOCTTY on Windows) are simply not asked for. */
export function flag(name: 'O_NOFOLLOW' | 'O_NONBLOCK' | 'O_NOCTTY'): number {
  return (fs.constants as Record<string, number | undefined>)[name] ?? 0;
}

export interface FileStamp {
  /**
   * The path itself when it was a symlink at read time: it may be followed
   * again, a new one never is. The target too, because a link replaced by
   * another often gets the freed inode number back.
   */
  link: { dev: bigint; ino: bigint; target: string } | null;
  /** The file that was read. */
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  sha256: Buffer;
}

export type ReadOutcome =
  | { ok: true; bytes: Buffer; stamp: FileStamp | null }
  /** A message code of ioReason: not a regular file, or too large. */
  | { ok: false; code: string };

export function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}

/**
 * Reads `fd` from its current position to the end, but never more than
 * `limit + 1` bytes: null means "more than limit". `sizeHint` (the size fstat
 * gave) only sizes the first buffer, because devices and /proc files say 0
 * and a file may grow while it is read.
 */
export function readBounded(fd: number, sizeHint: number, limit: number): Buffer | null {
  let buf = Buffer.allocUnsafe(Math.min(Math.max(sizeHint + 1, 64 * 1024), limit + 1));
  let len = 0;
  for (;;) {
    if (len === buf.length) {
      if (len > limit) return null;
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
      buf.copy(bigger, 0, 0, len);
      buf = bigger;
    }
    const n = fs.readSync(fd, buf, len, buf.length - len, null);
    if (n === 0) break;
    len += n;
  }
  return len > limit ? null : buf.subarray(0, len);
}

/**
 * Opens `file` without blocking (a FIFO swapped in after the directory walk
 * must not hang the run), checks on the opened descriptor that it is a regular
 * file, and reads it. System errors are thrown (their errno becomes the message).
 */
export function readRegular(file: string, withStamp: boolean, limit = MAX_FILE_BYTES): ReadOutcome {
  const lst = withStamp ? fs.lstatSync(file, { bigint: true }) : null;
  const fd = fs.openSync(file, fs.constants.O_RDONLY | flag('O_NONBLOCK') | flag('O_NOCTTY'));
  try {
    const st = fs.fstatSync(fd, { bigint: true });
    if (st.isDirectory()) return { ok: false, code: 'EISDIR' };
    if (!st.isFile()) return { ok: false, code: irregularKind(st) };
    if (st.size > BigInt(limit)) return { ok: false, code: 'too-large' };
    const bytes = readBounded(fd, Number(st.size), limit);
    if (bytes === null) return { ok: false, code: 'too-large' };
    if (!lst) return { ok: true, bytes, stamp: null };
    const link = lst.isSymbolicLink() ? { dev: lst.dev, ino: lst.ino, target: fs.readlinkSync(file) } : null;
    // The size read, with the mtime from before reading: a file that grew meanwhile then counts as changed.
    return { ok: true, bytes, stamp: { link, dev: st.dev, ino: st.ino, size: BigInt(bytes.length), mtimeNs: st.mtimeNs, sha256: sha256(bytes) } };
  } finally {
    fs.closeSync(fd);
  }
}
