// --fix writes the file it read, or nothing. Each race is made deterministic
// by lintFile's beforeWrite hook, which runs after the draft was read and fixed
// and before it is written back: there the test swaps the draft for a
// symlink, edits it, deletes it or replaces it, as another user or an editor
// could while a long run is under way.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { lintFile, type FileResult, type TaskOptions } from '../../server/src/cli/lint-file';
import { overwrite, type WriteAt } from '../../server/src/cli/fix-files';
import { fixableDraft, withDir } from './helpers';

const EN: TaskOptions = { fix: true, locale: 'en', lint: {} };
const ZH: TaskOptions = { fix: true, locale: 'zh-cn', lint: {} };

function fixWithRace(file: string, race: () => void, options = EN): FileResult {
  return lintFile({ file: path.basename(file), path: file, size: fs.statSync(file).size }, options, { beforeWrite: race });
}

test('the draft is fixable (every race below needs a write to race with)', () => {
  assert.ok(fixAll(fixableDraft()).changed);
});

test('a draft swapped for a symlink before the write: the link target is not touched', () => {
  withDir('race-link', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    const secret = path.join(dir, 'secret');
    fs.writeFileSync(draft, fixableDraft());
    fs.writeFileSync(secret, 'root only\n', { mode: 0o600 });
    const before = fs.statSync(secret);
    const r = fixWithRace(draft, () => {
      fs.unlinkSync(draft);
      fs.symlinkSync(secret, draft);
    });
    assert.equal(fs.readFileSync(secret, 'utf8'), 'root only\n');
    const after = fs.statSync(secret);
    assert.equal(after.mtimeMs, before.mtimeMs);
    assert.equal(after.mode & 0o777, 0o600);
    assert.ok(fs.lstatSync(draft).isSymbolicLink(), 'the link itself is left as it is');
    assert.match(r.error ?? '', /symbolic link/);
    assert.equal(r.fixed, 0);
  });
});

test('a draft swapped for a symlink to a file of the same content is refused too', () => {
  withDir('race-link2', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    const copy = path.join(dir, 'copy.txt');
    fs.writeFileSync(draft, fixableDraft());
    fs.writeFileSync(copy, fixableDraft());
    const r = fixWithRace(draft, () => {
      fs.unlinkSync(draft);
      fs.symlinkSync(copy, draft);
    });
    assert.equal(fs.readFileSync(copy, 'utf8'), fixableDraft());
    assert.match(r.error ?? '', /symbolic link/);
  });
});

test('text appended while --fix runs is kept: the file is left alone and the run fails', () => {
  withDir('race-append', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, fixableDraft());
    const added = '\n（编辑中新增的一段。）\n';
    const r = fixWithRace(draft, () => fs.appendFileSync(draft, added));
    assert.equal(fs.readFileSync(draft, 'utf8'), fixableDraft() + added);
    assert.match(r.error ?? '', /changed while being fixed/);
    assert.equal(r.fixed, 0);
  });
});

test('an edit that keeps size and mtime is still seen (content hash)', () => {
  withDir('race-same-size', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    const text = fixableDraft();
    fs.writeFileSync(draft, text);
    fs.utimesSync(draft, 1_000_000, 1_000_000);
    const edited = text.replace('年', '月');
    assert.equal(Buffer.byteLength(edited), Buffer.byteLength(text));
    const r = fixWithRace(draft, () => {
      fs.writeFileSync(draft, edited);
      fs.utimesSync(draft, 1_000_000, 1_000_000);
    });
    assert.equal(fs.readFileSync(draft, 'utf8'), edited);
    assert.match(r.error ?? '', /changed while being fixed/);
  });
});

test('a draft deleted while --fix runs is not re-created', () => {
  withDir('race-delete', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, fixableDraft());
    const r = fixWithRace(draft, () => fs.unlinkSync(draft), ZH);
    assert.ok(!fs.existsSync(draft));
    assert.deepEqual(fs.readdirSync(dir), []);
    assert.match(r.error ?? '', /已被删除，未重新创建/);
  });
});

test('a draft replaced by another file (an editor saving by rename) is left alone', () => {
  withDir('race-rename', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    const saved = path.join(dir, 'draft.txt~');
    fs.writeFileSync(draft, fixableDraft());
    fs.writeFileSync(saved, fixableDraft());
    const r = fixWithRace(draft, () => fs.renameSync(saved, draft));
    assert.equal(fs.readFileSync(draft, 'utf8'), fixableDraft());
    assert.match(r.error ?? '', /replaced by another file/);
  });
});

test('without a race the draft is fixed in place (same inode) and the hook ran once', () => {
  withDir('race-none', (dir) => {
    const draft = path.join(dir, 'draft.txt');
    fs.writeFileSync(draft, fixableDraft());
    const ino = fs.statSync(draft).ino;
    let calls = 0;
    const r = fixWithRace(draft, () => calls++);
    assert.equal(calls, 1);
    assert.equal(r.error, undefined);
    assert.ok((r.fixed ?? 0) > 0);
    assert.equal(fs.readFileSync(draft, 'utf8'), fixAll(fixableDraft()).text);
    assert.equal(fs.statSync(draft).ino, ino);
  });
});

test('a draft that was a symlink when read is fixed through it; re-pointing the link meanwhile is refused', () => {
  withDir('race-old-link', (dir) => {
    const real = path.join(dir, 'real.txt');
    const other = path.join(dir, 'other.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(real, fixableDraft());
    fs.writeFileSync(other, fixableDraft());
    fs.symlinkSync(real, link);
    const ok = fixWithRace(link, () => undefined);
    assert.equal(ok.error, undefined);
    assert.equal(fs.readFileSync(real, 'utf8'), fixAll(fixableDraft()).text);
    assert.ok(fs.lstatSync(link).isSymbolicLink());

    fs.writeFileSync(real, fixableDraft());
    const r = fixWithRace(link, () => {
      fs.unlinkSync(link);
      fs.symlinkSync(other, link);
    });
    assert.match(r.error ?? '', /symbolic link/);
    assert.equal(fs.readFileSync(other, 'utf8'), fixableDraft());
    assert.equal(fs.readFileSync(real, 'utf8'), fixableDraft());
  });
});

/** A writeAt that fails (with `code`) on call number `failOn` (1-based) and every one after `failAfterToo`. */
function failingWriter(failOn: number, code: string, failAfterToo = false): WriteAt {
  let calls = 0;
  return (fd, buf, offset, length, position) => {
    calls++;
    if (calls === failOn || (failAfterToo && calls > failOn)) throw Object.assign(new Error(`${code}: injected`), { code });
    // One byte at a time, so a failure can land in the middle of the content.
    return fs.writeSync(fd, buf, offset, Math.min(length, 1), position);
  };
}

function withOpen(file: string, body: (fd: number) => void): void {
  const fd = fs.openSync(file, 'r+');
  try {
    body(fd);
  } finally {
    fs.closeSync(fd);
  }
}

test('a full disk while the file grows leaves the old bytes whole', () => {
  withDir('write-grow', (dir) => {
    const file = path.join(dir, 'f.txt');
    const old = Buffer.from('第一行\n第二行\n');
    fs.writeFileSync(file, old);
    withOpen(file, (fd) => {
      assert.throws(() => overwrite(fd, old, Buffer.from('第一行 0\n第二行 0\n第三行\n'), failingWriter(3, 'ENOSPC')), { code: 'ENOSPC' });
    });
    assert.ok(fs.readFileSync(file).equals(old));
  });
});

test('a write failing mid-overwrite puts the old bytes back', () => {
  withDir('write-mid', (dir) => {
    const file = path.join(dir, 'f.txt');
    const old = Buffer.from('１２３４５６７８９\n');
    fs.writeFileSync(file, old);
    withOpen(file, (fd) => {
      assert.throws(() => overwrite(fd, old, Buffer.from('123456789\n'), failingWriter(4, 'EIO')), { code: 'EIO' });
    });
    assert.ok(fs.readFileSync(file).equals(old));
  });
});

test('when the old bytes cannot be put back either, the error says the file may be incomplete', () => {
  withDir('write-partial', (dir) => {
    const file = path.join(dir, 'f.txt');
    const old = Buffer.from('１２３４５６７８９\n');
    fs.writeFileSync(file, old);
    withOpen(file, (fd) => {
      assert.throws(() => overwrite(fd, old, Buffer.from('123456789\n'), failingWriter(4, 'EIO', true)), { code: 'EPARTIAL' });
    });
  });
});
