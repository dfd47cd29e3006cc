// Opening a file of hundreds of merged drafts must not freeze the server: its
// reports are linted a slice at a time, and requests about other documents are
// answered in between.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { positionAt, seed, clientPool } from './helpers';

const start = clientPool();

/**
 * `copies` rounds of the given seeds, each draft made unique (the server caches reports by
 * their text, so identical copies would be linted once and the file would not be big at all).
 */
function bigMerged(prefixes: string[], copies: number): string {
  const drafts: string[] = [];
  for (let i = 0; i < copies; i++) {
    for (const p of prefixes) drafts.push(`${seed(p).text.replace(/\s*$/, '')}\n（本稿编号 ${drafts.length + 1}）\n`);
  }
  return drafts.join('');
}

test('a huge merged file is linted in slices: another document is served meanwhile', async () => {
  const text = bigMerged(['000', '001', '002', '003', '004'], 60);
  const big = 'file:///merged/big.txt';
  const small = seed('000');
  const c = await start();
  const events: string[] = [];
  const bigDone = c.diagnostics(big, 1, 120_000).then((d) => {
    events.push('big diagnostics');
    return d;
  });
  c.open(big, text);
  c.open(small.uri, small.text);
  const cell = small.text.search(/[(（]七[)）]总计/);
  const hover = await c.request<any>('textDocument/hover', { textDocument: { uri: small.uri }, position: positionAt(small.text, cell + 8) });
  events.push('hover answered');
  const diagnostics = await bigDone;
  assert.deepEqual(events, ['hover answered', 'big diagnostics'], 'the hover did not wait for the big file');
  assert.ok(hover === null || typeof hover.contents?.value === 'string');
  assert.ok(diagnostics.length > 0);
});

test('an edit while a huge file is still being linted: only the newest version is published', async () => {
  const text = bigMerged(['002', '000', '001'], 40);
  const uri = 'file:///merged/edited.txt';
  const c = await start();
  c.open(uri, text);
  // Right away, before the first version can have been linted whole: delete the first report's title.
  const end = text.indexOf('\n');
  c.change(uri, 2, [{ range: { start: positionAt(text, 0), end: positionAt(text, end) }, text: '' }]);
  const d2 = await c.diagnostics(uri, 2, 120_000);
  assert.ok(
    d2.some((d: any) => d.code === 'title-missing' && d.range.start.line <= 1),
    'the newest text was linted',
  );
  const versions = c.published(uri).map((n: any) => n.params.version);
  assert.equal(versions[versions.length - 1], 2, `published versions in order: ${versions.join(', ')}`);
  assert.ok(
    versions.every((v: number, k: number) => k === 0 || v >= versions[k - 1]),
    'never an older version after a newer one',
  );
});
