// --fix rewrites a draft's content and nothing else about it: owner, group,
// mode and hard links stay; a read-only draft is not written at all; and a
// failed write says "write", not "read". Run end to end on the bundled CLI.
// The suite runs as root, so permissions are set by mode bits and checked by
// running the CLI as nobody where it matters.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { fixableDraft, isRoot, parseJson, runCli, withDir } from './helpers';

const NOBODY = 65534;

/** mkdtemp makes 0700 folders: open them up for a run as nobody. */
function openForAll(dir: string): void {
  fs.chmodSync(dir, 0o755);
}

test('owner, group and mode survive --fix (a nobody:nogroup 0640 draft fixed by root)', (t) => {
  if (!isRoot) {
    t.skip('needs root to give the draft to another user');
    return;
  }
  withDir('fix-owner', (dir) => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, fixableDraft());
    fs.chownSync(file, NOBODY, NOBODY);
    fs.chmodSync(file, 0o640);
    const before = fs.statSync(file);
    const r = runCli(['--fix', 'draft.txt'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), fixAll(fixableDraft()).text);
    const after = fs.statSync(file);
    assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [NOBODY, NOBODY, 0o640]);
    assert.equal(after.ino, before.ino, 'same inode: xattrs and ACLs stay with it');
  });
});

test('hard links still share one file, and all of them see the fixes', () => {
  withDir('fix-hardlink', (dir) => {
    const file = path.join(dir, 'draft.txt');
    const twin = path.join(dir, 'twin.txt');
    fs.writeFileSync(file, fixableDraft());
    fs.linkSync(file, twin);
    const r = runCli(['--fix', 'draft.txt'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const a = fs.statSync(file);
    const b = fs.statSync(twin);
    assert.equal(a.ino, b.ino);
    assert.equal(a.nlink, 2);
    assert.equal(fs.readFileSync(twin, 'utf8'), fixAll(fixableDraft()).text);
  });
});

test('two hard links of one draft in a folder are linted and fixed once, not twice in parallel', () => {
  withDir('fix-hardlink-walk', (dir) => {
    fs.mkdirSync(path.join(dir, 'drafts'));
    const file = path.join(dir, 'drafts', 'a.txt');
    fs.writeFileSync(file, fixableDraft());
    fs.linkSync(file, path.join(dir, 'drafts', 'b.txt'));
    const r = runCli(['--fix', '--jobs', '2', '--format', 'json', 'drafts'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.deepEqual(
      parseJson(r.stdout).map((f) => path.basename(f.file)),
      ['a.txt'],
    );
    assert.equal(fs.readFileSync(file, 'utf8'), fixAll(fixableDraft()).text);
  });
});

test('a read-only (0444) draft is not written, even by root: exit 2 and a clear message', () => {
  withDir('fix-ro', (dir) => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, fixableDraft());
    fs.chmodSync(file, 0o444);
    const before = fs.statSync(file);
    const r = runCli(['--fix', 'draft.txt'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^gov-report-lint: draft\.txt: 文件只读，未写入修复$/m);
    assert.equal(fs.readFileSync(file, 'utf8'), fixableDraft());
    assert.equal(fs.statSync(file).mtimeMs, before.mtimeMs);
    assert.equal(fs.statSync(file).mode & 0o777, 0o444);
    assert.match(runCli(['--fix', '--locale', 'en', 'draft.txt'], dir).stderr, /read-only file; fixes not written/);
    // Without --fix a read-only draft is linted as usual.
    const lint = runCli(['draft.txt'], dir);
    assert.ok(lint.status === 0 || lint.status === 1, lint.stderr);
  });
});

test('in a read-only folder a writable draft is still fixed (no temporary file is needed)', (t) => {
  if (!isRoot) {
    t.skip('needs root to run the CLI as another user');
    return;
  }
  withDir('fix-ro-dir', (dir) => {
    const folder = path.join(dir, 'drafts');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'draft.txt');
    fs.writeFileSync(file, fixableDraft());
    fs.chownSync(file, NOBODY, NOBODY);
    openForAll(dir);
    fs.chmodSync(folder, 0o555);
    const r = runCli(['--fix', 'draft.txt'], folder, { uid: NOBODY, gid: NOBODY });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(fs.readFileSync(file, 'utf8'), fixAll(fixableDraft()).text);
  });
});

test('a draft the user may read but not write: the error says write, not read', (t) => {
  if (!isRoot) {
    t.skip('needs root to run the CLI as another user');
    return;
  }
  withDir('fix-no-write', (dir) => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, fixableDraft());
    fs.chmodSync(file, 0o644);
    openForAll(dir);
    const r = runCli(['--fix', 'draft.txt'], dir, { uid: NOBODY, gid: NOBODY });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /^gov-report-lint: draft\.txt: 没有写入权限，未写入修复$/m);
    assert.doesNotMatch(r.stderr, /读取/);
    const en = runCli(['--fix', '--locale', 'en', 'draft.txt'], dir, { uid: NOBODY, gid: NOBODY });
    assert.match(en.stderr, /permission denied writing the fixes/);
    assert.equal(fs.readFileSync(file, 'utf8'), fixableDraft());
    // Reading is what fails for a draft nobody may not read: that error still says so.
    fs.chmodSync(file, 0o600);
    assert.match(runCli(['draft.txt'], dir, { uid: NOBODY, gid: NOBODY }).stderr, /没有读取权限/);
  });
});
