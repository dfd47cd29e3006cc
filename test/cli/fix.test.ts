// --fix on temporary copies. The expected bytes are computed with the core's
// own fixAll and re-encoded by hand, so these tests hold whatever rules exist:
// the CLI must write exactly "the same bytes, except the fixes" — in UTF-8
// with and without BOM, CRLF, GB18030 and UTF-16 — and nothing when nothing changes.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { fixableDraft, hasRule, parseJson, runCli, seedText, withDir } from './helpers';

const draft = fixableDraft;

const encoders: Record<string, (s: string) => Buffer> = {
  'utf-8': (s) => Buffer.from(s, 'utf8'),
  'utf-8-bom': (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
  gb18030: (s) => iconv.encode(s, 'gb18030'),
  'utf-16le-bom': (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
  'utf-16be-bom': (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]),
};

for (const [name, enc] of Object.entries(encoders)) {
  for (const eol of ['\n', '\r\n']) {
    test(`--fix writes ${name} ${eol === '\n' ? 'LF' : 'CRLF'} back byte-for-byte except the fixes`, () => {
      withDir('fix', (dir) => {
        const text = draft().replace(/\r?\n/g, eol);
        const file = path.join(dir, 'draft.txt');
        fs.writeFileSync(file, enc(text));
        const expected = fixAll(text);
        const r = runCli(['--fix', '--format', 'json', 'draft.txt'], dir);
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        const after = fs.readFileSync(file);
        assert.ok(after.equals(enc(expected.text)), `bytes differ from the expected ${name} encoding of fixAll's result`);
        if (eol === '\r\n') assert.doesNotMatch(expected.text, /(^|[^\r])\n/, 'CRLF kept');
        // A second --fix has nothing left to do.
        const again = runCli(['--fix', 'draft.txt'], dir);
        assert.ok(again.status === 0 || again.status === 1, again.stderr);
        assert.ok(fs.readFileSync(file).equals(after), 'second --fix changed the file');
        // Decoding worked: the findings match those of the same text in plain UTF-8.
        fs.writeFileSync(path.join(dir, 'plain.txt'), expected.text);
        const a = parseJson(runCli(['--format', 'json', 'draft.txt'], dir).stdout)[0];
        const b = parseJson(runCli(['--format', 'json', 'plain.txt'], dir).stdout)[0];
        // Related cells name their file: the same cells, in a file of another name.
        const unnamed = (ds: typeof a.diagnostics) =>
          ds.map((d) => {
            const { related, ...rest } = d as typeof d & { related?: { file: string }[] };
            return related ? { ...rest, related: related.map(({ file, ...r }) => (assert.ok(file === 'draft.txt' || file === 'plain.txt'), r)) } : rest;
          });
        assert.deepEqual(unnamed(a.diagnostics), unnamed(b.diagnostics));
      });
    });
  }
}

test('--fix changes the seed draft when a safe fix applies, and reports what remains', (t) => {
  if (!hasRule('number-fullwidth-digit')) {
    t.skip('number-fullwidth-digit is not registered yet');
    return;
  }
  withDir('fix1', (dir) => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, draft());
    const r = runCli(['--fix', '--rule', 'number-fullwidth-digit=error', '--format', 'json', 'draft.txt'], dir);
    const text = fs.readFileSync(file, 'utf8');
    assert.notEqual(text, draft());
    assert.doesNotMatch(text, /[０-９]/);
    const [result] = parseJson(r.stdout);
    assert.ok(!result.diagnostics.some((d) => d.rule === 'number-fullwidth-digit'));
    assert.equal(r.status, result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
  });
});

test('--fix leaves an unchanged file alone (same inode, same mode)', () => {
  withDir('fix2', (dir) => {
    const file = path.join(dir, 'clean.txt');
    const text = '今天天气很好。\n';
    fs.writeFileSync(file, text);
    fs.chmodSync(file, 0o640);
    const before = fs.statSync(file);
    runCli(['--fix', 'clean.txt'], dir);
    const after = fs.statSync(file);
    if (!fixAll(text).changed) assert.equal(after.ino, before.ino);
    assert.equal(after.mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['clean.txt'], 'no temporary file left behind');
  });
});

test('--fix keeps permission bits and leaves no temporary file when it rewrites', () => {
  withDir('fix3', (dir) => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, draft());
    fs.chmodSync(file, 0o600);
    runCli(['--fix', 'draft.txt'], dir);
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    assert.deepEqual(fs.readdirSync(dir), ['draft.txt']);
  });
});

test('--fix refuses to rewrite a GBK file that would not round-trip', () => {
  withDir('fix4', (dir) => {
    // 0x80 is a GBK-only euro sign; GB18030 re-encodes it differently.
    const text = draft();
    const bytes = Buffer.concat([iconv.encode(text, 'gb18030'), Buffer.from([0x80, 0x0a])]);
    const file = path.join(dir, 'old.txt');
    fs.writeFileSync(file, bytes);
    const r = runCli(['--fix', 'old.txt'], dir);
    assert.ok(fs.readFileSync(file).equals(bytes), 'file must not change');
    if (fixAll(iconv.decode(bytes, 'gb18030')).changed) {
      assert.equal(r.status, 2);
      assert.match(r.stderr, /old\.txt/);
    } else {
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
    }
  });
});

test('--fix keeps CR-only line endings, also in the lines a fix writes', () => {
  withDir('fix-cr', (dir) => {
    // Seed 004 has whole empty table rows: their fix rewrites the row's tail, line breaks included.
    const lf = seedText('004').replace(/\r\n?/g, '\n');
    const text = lf.replace(/\n/g, '\r');
    const file = path.join(dir, 'mac.txt');
    fs.writeFileSync(file, text);
    const r = runCli(['--fix', '--format', 'json', 'mac.txt'], dir);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const after = fs.readFileSync(file, 'utf8');
    assert.notEqual(after, text, 'the draft had safe fixes to apply');
    assert.ok(!after.includes('\n'), 'no LF brought into a CR-only draft');
    // The same fixes as on the LF copy, each line ending still a lone CR.
    assert.equal(after, fixAll(lf).text.replace(/\n/g, '\r'));
  });
});
