// The editor's store of year facts, driven directly: looking for last year's
// report goes through the workspace once, not on every keystroke; files are
// read once until the watcher says they changed.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { YearFactsStore } from '../../server/src/lsp/yearFacts';
import { DiskFacts } from '../../server/src/lsp/yearFactsDisk';
import { factsOfText } from '../../server/src/cli/previous';
import { fileUri, tempProject } from './helpers';
import { build, setT2 } from '../unit/rules/_helpers';

const lastYear = (valid: number) => build({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', valid)).text;

function setup(t: { after: (fn: () => void) => void }, files: Record<string, string>) {
  const dir = tempProject(t, files);
  const all = () =>
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .map((f) => path.join(dir, f))
      .filter((f) => fs.statSync(f).isFile())
      .sort();
  let walks = 0;
  const changed: string[] = [];
  const disk = new DiskFacts(() => true);
  const store = new YearFactsStore((uri) => changed.push(uri), { configured: () => [], workspaceDrafts: () => (walks++, all()), isOpen: () => true }, disk);
  const draft = path.join(dir, 'drafts', '2021.txt');
  const text = build({}).text;
  const facts = factsOfText(text, draft, {}).map((f) => ({ ...f, uri: fileUri(draft) }));
  return { dir, store, disk, changed, uri: fileUri(draft), facts, walks: () => walks };
}

test('keystrokes in a draft whose last year is nowhere: the workspace is walked and its files read once', (t) => {
  const s = setup(t, { 'notes/a.txt': '2020 年 购物清单', 'other/b.txt': build({ year: 2019 }).text, 'other/c.txt': '没有年份' });
  s.store.update(s.uri, s.facts, {});
  const reads = s.disk.reads;
  assert.equal(s.walks(), 1);
  assert.equal(reads, 3, 'a.txt, b.txt and c.txt looked at; none has a title naming the body and 2020, so none is parsed');
  for (let i = 0; i < 20; i++) s.store.update(s.uri, s.facts, {});
  assert.equal(s.walks(), 1, 'not walked again');
  assert.equal(s.disk.reads, reads, 'nothing read again');
  assert.deepEqual(s.store.previousFor(s.uri), []);
  // A draft created on disk: looked for again, and only the new file is read.
  const added = path.join(s.dir, 'other', 'd.txt');
  fs.writeFileSync(added, lastYear(20));
  s.store.fileChanged(added, false);
  assert.equal(s.walks(), 2);
  assert.deepEqual(
    s.store.previousFor(s.uri).map((f) => f.uri),
    [fileUri(added)],
  );
  assert.ok(s.changed.includes(s.uri), 'the draft is validated again');
  assert.equal(s.disk.reads, reads + 2, 'd.txt looked at and parsed');
});

test('last year found: later keystrokes neither walk nor read', (t) => {
  const s = setup(t, { 'archive/2020.txt': lastYear(20), 'notes/a.txt': '2020 年 购物清单' });
  s.store.update(s.uri, s.facts, {});
  const reads = s.disk.reads;
  assert.equal(s.store.previousFor(s.uri).length, 1);
  for (let i = 0; i < 20; i++) s.store.update(s.uri, s.facts, {});
  assert.equal(s.walks(), 1);
  assert.equal(s.disk.reads, reads);
});
