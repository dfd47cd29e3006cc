// Reading the small JSON files of a project (config, suppressions) safely: a
// regular file only (a FIFO named like a config must not hang the run or the
// language server), bounded, UTF-8 with or without a BOM.

import * as fs from 'node:fs';

/** Config and suppressions files above this are refused (a suppressions file of 10⁴ entries is about 2 MB). */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;

export type ReadJson = { ok: true; text: string } | { ok: false; code: string; detail: string };

const NONBLOCK = (fs.constants as Record<string, number | undefined>).O_NONBLOCK ?? 0;

export function readJsonText(file: string, limit = MAX_JSON_BYTES): ReadJson {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, code: e.code ?? 'EIO', detail: e.message };
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, code: st.isDirectory() ? 'EISDIR' : 'not-regular', detail: '' };
    if (st.size > limit) return { ok: false, code: 'too-large', detail: '' };
    const buf = Buffer.alloc(Math.min(st.size + 1, limit + 1));
    let len = 0;
    for (;;) {
      if (len === buf.length) return { ok: false, code: 'too-large', detail: '' };
      const n = fs.readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    const text = new TextDecoder('utf-8').decode(buf.subarray(0, len));
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, code: e.code ?? 'EIO', detail: e.message };
  } finally {
    fs.closeSync(fd);
  }
}
