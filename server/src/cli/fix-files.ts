// --fix: the editor's fix-all engine, then the file written back in the bytes
// it came in (same encoding, same BOM; the engine keeps the line endings).
// A crash mid-write must never leave a half-written draft, so the new bytes go
// to a temporary file beside the original, which is then renamed over it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fixAll } from '../core/fix/fixAll';
import type { LintSettings } from '../core/lint';
import { encode, type EncodingInfo } from './encoding';

export interface FixOutcome {
  text: string;
  applied: number;
  written: boolean;
  /** Fixes were needed but the file cannot be re-encoded byte-exactly. */
  refused: boolean;
}

/** Replaces the file's content atomically, keeping its permission bits. */
export function writeAtomic(file: string, bytes: Uint8Array): void {
  // Through a symlink the target is rewritten, not the link replaced by a copy.
  let target = file;
  try {
    target = fs.realpathSync(file);
  } catch {
    // The file vanished since it was read: writing creates it again.
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(tmp, bytes, { mode: mode ?? 0o644, flag: 'wx' });
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, target);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // Nothing was created, or it is already gone.
    }
    throw err;
  }
}

/**
 * Applies every safe fix to `text` (decoded from `file` with `info`) and, only
 * when the text changed, writes it back. Returns the fixed text for linting.
 */
export function fixFile(file: string, text: string, info: EncodingInfo, options: LintSettings): FixOutcome {
  const result = fixAll(text, options);
  if (!result.changed) return { text, applied: 0, written: false, refused: false };
  if (!info.exact) return { text, applied: 0, written: false, refused: true };
  writeAtomic(file, encode(result.text, info));
  return { text: result.text, applied: result.applied, written: true, refused: false };
}
