// Only regular files are read: a FIFO named on the command line would block
// the run forever, /dev/zero would fill memory (its size says 0). Named, they
// are errors (exit 2) and the other files are still linted; met while walking
// a folder, they are skipped silently like any other non-draft. The read is
// bounded by bytes actually read, not by the size the file claims.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readBounded } from '../../server/src/cli/read-file';
import { assertNoStack, parseJson, runCli, withDir } from './helpers';

/** Each of these runs must end at once; a hang fails the test instead of stalling the suite. */
const QUICK = { timeout: 20_000 };
const CLEAN = '今天天气很好。\n';
const canFifo = process.platform !== 'win32';

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

test('a FIFO named on the command line is an error, not a hang; other files are still linted', (t) => {
  if (!canFifo) {
    t.skip('no FIFOs on this platform');
    return;
  }
  withDir('fifo', (dir) => {
    mkfifo(path.join(dir, 'p.txt'));
    fs.writeFileSync(path.join(dir, 'good.txt'), CLEAN);
    const r = runCli(['--format', 'json', 'p.txt', 'good.txt'], dir, QUICK);
    assert.equal(r.status, 2, `status ${r.status} (null = timed out)`);
    assertNoStack(r.stderr);
    const files = parseJson(r.stdout);
    assert.deepEqual(
      files.map((f) => f.file),
      ['p.txt', 'good.txt'],
    );
    assert.equal(files[1].error, undefined);
    assert.equal(r.stderr, 'gov-report-lint: p.txt: 不是普通文件（命名管道），未读取\n');
    assert.match(runCli(['--locale', 'en', 'p.txt'], dir, QUICK).stderr, /not a regular file \(FIFO\)/);
  });
});

test('/dev/zero named on the command line is refused at once', (t) => {
  if (!fs.existsSync('/dev/zero')) {
    t.skip('no /dev/zero');
    return;
  }
  withDir('devzero', (dir) => {
    fs.writeFileSync(path.join(dir, 'good.txt'), CLEAN);
    const r = runCli(['--locale', 'en', '/dev/zero', 'good.txt'], dir, QUICK);
    assert.equal(r.status, 2, `status ${r.status} (null = timed out)`);
    assert.equal(r.stderr, 'gov-report-lint: /dev/zero: not a regular file (device); not read\n');
  });
});

test('a folder walk skips FIFOs silently', (t) => {
  if (!canFifo) {
    t.skip('no FIFOs on this platform');
    return;
  }
  withDir('fifo-walk', (dir) => {
    fs.mkdirSync(path.join(dir, 'drafts'));
    mkfifo(path.join(dir, 'drafts', 'p.txt'));
    fs.writeFileSync(path.join(dir, 'drafts', 'good.txt'), CLEAN);
    const r = runCli(['--format', 'json', '--fix', 'drafts'], dir, QUICK);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      parseJson(r.stdout).map((f) => path.basename(f.file)),
      ['good.txt'],
    );
  });
});

test('a FIFO swapped in after the walk is refused by the read itself, without blocking', (t) => {
  if (!canFifo) {
    t.skip('no FIFOs on this platform');
    return;
  }
  withDir('fifo-read', (dir) => {
    const fifo = path.join(dir, 'p.txt');
    mkfifo(fifo);
    // In a child process: a blocking open would hang this one for good.
    const lintFileJs = require.resolve('../../server/src/cli/lint-file');
    const script = `const { readText } = require(${JSON.stringify(lintFileJs)});
      const r = readText({ file: 'p.txt', path: ${JSON.stringify(fifo)}, size: 0 }, 'en', true);
      process.stdout.write(JSON.stringify(r));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 0, `status ${r.status} (null = timed out) ${r.stderr}`);
    assert.match(JSON.parse(r.stdout).error, /not a regular file \(FIFO\)/);
  });
});

test('the read stops one byte past the limit, whatever size the file claims', (t) => {
  withDir('bounded', (dir) => {
    const file = path.join(dir, 'f.txt');
    fs.writeFileSync(file, Buffer.alloc(100, 0x61));
    const read = (claimed: number, limit: number) => {
      const fd = fs.openSync(file, 'r');
      try {
        return readBounded(fd, claimed, limit);
      } finally {
        fs.closeSync(fd);
      }
    };
    assert.equal(read(100, 100)?.length, 100);
    assert.equal(read(0, 100)?.length, 100, 'a size of 0 (as /proc files say) still reads everything');
    assert.equal(read(0, 99), null);
    assert.equal(read(5, 10), null, 'a file bigger than it claims is still cut off');
  });
  if (!fs.existsSync('/dev/zero')) {
    t.skip('no /dev/zero');
    return;
  }
  // Endless, with a size of 0: the limit is all that stops it.
  const fd = fs.openSync('/dev/zero', 'r');
  try {
    assert.equal(readBounded(fd, 0, 1024 * 1024), null);
  } finally {
    fs.closeSync(fd);
  }
});
