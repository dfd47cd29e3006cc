// File names are data from whoever made the folder: in stylish output and on
// stderr their control characters are shown escaped, never sent to the terminal.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeControls } from '../../server/src/cli/escape';
import { fixableDraft, parseJson, runCli, withDir } from './helpers';

test('escapeControls spells control characters the JSON way and leaves text alone', () => {
  assert.equal(escapeControls('a\x1b[31mb\n.txt'), 'a\\x1b[31mb\\n.txt');
  assert.equal(escapeControls('\t\r\x00\x7f\x9b'), '\\t\\r\\x00\\x7f\\x9b');
  assert.equal(escapeControls('evil\u202etxt.exe'), 'evil\\u202etxt.exe');
  assert.equal(escapeControls('草稿/2023年报告 (1).txt'), '草稿/2023年报告 (1).txt');
});

test('a file name with an escape sequence is printed escaped in stylish output', () => {
  withDir('esc', (dir) => {
    const name = 'a\x1b[31mb.txt';
    fs.writeFileSync(path.join(dir, name), fixableDraft());
    const r = runCli([name], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.ok(!r.stdout.includes('\x1b'), 'no raw ESC reaches the terminal');
    assert.ok(r.stdout.includes('a\\x1b[31mb.txt'), r.stdout.slice(0, 200));
    // JSON keeps the real name (JSON escapes it by itself).
    assert.equal(parseJson(runCli(['--format', 'json', name], dir).stdout)[0].file, name);
  });
});

test('a file name with a newline gives one escaped line on stderr', () => {
  withDir('esc-nl', (dir) => {
    const name = 'missing\nfake-line\x1b[2J.txt';
    const r = runCli([name], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stderr.split('\n').length, 2, JSON.stringify(r.stderr));
    assert.ok(r.stderr.includes('missing\\nfake-line\\x1b[2J.txt'), JSON.stringify(r.stderr));
    assert.ok(!r.stderr.includes('\x1b'));
  });
});
