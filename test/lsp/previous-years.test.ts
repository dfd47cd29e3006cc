// Across years in the editor: a draft is checked against last year's report
// of the same body when the server knows it (another open document, or a
// draft on disk in the same folder); the finding points at last year's cell.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clientPool, fileUri, lastSeq, publishedAfter, tempProject, watched } from './helpers';
import { build, setT2 } from '../unit/rules/_helpers';

const start = clientPool();
const RULE = 'cross-year-valid-count';
const lastYear = (valid: number) => build({ year: 2020 }, (d) => setT2(d, 'b1.normative', 'valid', valid));
const cross = (ds: any[]) => ds.filter((d) => d.code === RULE);

test('two open documents: this year’s shows the cross-year finding, related to last year’s cell; fixing last year clears it', async (t) => {
  const dir = tempProject(t, {});
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const prev = lastYear(20);
  const prevUri = fileUri(path.join(dir, 'old', '2020.txt'));
  const curUri = fileUri(path.join(dir, 'new', '2021.txt'));
  const cur = build({});
  c.open(curUri, cur.text, 'gov-report');
  assert.deepEqual(cross(await c.diagnostics(curUri, 1)), [], 'nothing known of 2020 yet');
  const after = lastSeq(c);
  c.open(prevUri, prev.text, 'gov-report');
  const ds = await publishedAfter(c, curUri, after, (d) => cross(d).length === 1, 'the cross-year finding');
  const f = cross(ds)[0];
  assert.equal(f.range.start.line + 1, cur.line('t2.b1.normative.valid'));
  assert.match(f.message, /2020\.txt/);
  const rel = f.relatedInformation[0];
  assert.equal(rel.location.uri, prevUri);
  assert.equal(rel.location.range.start.line + 1, prev.line('t2.b1.normative.valid'));
  // Last year's report corrected: 9 + 2 − 1 = 10.
  const again = lastSeq(c);
  c.change(prevUri, 2, [{ text: lastYear(9).text }]);
  await publishedAfter(c, curUri, again, (d) => cross(d).length === 0, 'the finding gone');
});

test('last year’s draft on disk in the same folder (not open) is found', async (t) => {
  const dir = tempProject(t, { '2020.txt': lastYear(20).text });
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, '2021.txt'));
  const after = lastSeq(c);
  c.open(uri, build({}).text, 'gov-report');
  const ds = await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the cross-year finding');
  assert.equal(cross(ds)[0].relatedInformation[0].location.uri, fileUri(path.join(dir, '2020.txt')));
});

test('last year’s report in another folder of the workspace (not open) is found', async (t) => {
  const dir = tempProject(t, { 'archive/2020/report.txt': lastYear(20).text, 'drafts/notes.txt': '购物清单 2020 年' });
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, 'drafts', '2021.txt'));
  const after = lastSeq(c);
  c.open(uri, build({}).text, 'gov-report');
  const ds = await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the cross-year finding');
  assert.equal(cross(ds)[0].relatedInformation[0].location.uri, fileUri(path.join(dir, 'archive', '2020', 'report.txt')));
  assert.match(cross(ds)[0].message, /report\.txt/);
});

test('the config file’s previousReports names last year’s report outside the workspace', async (t) => {
  const dir = tempProject(t, {
    'ws/.gov-report-lint.jsonc': JSON.stringify({ previousReports: ['../old/*.txt'] }),
    'old/2020.txt': lastYear(20).text,
  });
  const c = await start({ workspaceFolders: [fileUri(path.join(dir, 'ws'))] });
  const uri = fileUri(path.join(dir, 'ws', '2021.txt'));
  const after = lastSeq(c);
  c.open(uri, build({}).text, 'gov-report');
  const ds = await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the cross-year finding');
  assert.equal(cross(ds)[0].relatedInformation[0].location.uri, fileUri(path.join(dir, 'old', '2020.txt')));
});

test('last year’s closed report changed, deleted, created again on disk: the open draft follows', async (t) => {
  const dir = tempProject(t, { 'archive/2020.txt': lastYear(20).text });
  const prev = path.join(dir, 'archive', '2020.txt');
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, 'drafts', '2021.txt'));
  let after = lastSeq(c);
  c.open(uri, build({}).text, 'gov-report');
  await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the cross-year finding');
  // Corrected on disk (9 + 2 − 1 = 10): the watcher's event refreshes its facts.
  after = lastSeq(c);
  fs.writeFileSync(prev, lastYear(9).text);
  watched(c, [[prev, 2]]);
  await publishedAfter(c, uri, after, (d) => cross(d).length === 0, 'the finding gone after the fix on disk');
  // Wrong again, then deleted (its folder: one event): nothing to compare with.
  after = lastSeq(c);
  fs.writeFileSync(prev, lastYear(30).text);
  watched(c, [[prev, 2]]);
  await publishedAfter(c, uri, after, (d) => cross(d).length === 1 && /30/.test(cross(d)[0].message), 'the finding with 30');
  after = lastSeq(c);
  fs.rmSync(path.join(dir, 'archive'), { recursive: true });
  watched(c, [[path.join(dir, 'archive'), 3]]);
  await publishedAfter(c, uri, after, (d) => cross(d).length === 0, 'the finding gone with the file');
  // A new file elsewhere in the workspace: the draft that lacks its last year looks again.
  after = lastSeq(c);
  const again = path.join(dir, 'old', 'last.txt');
  fs.mkdirSync(path.dirname(again));
  fs.writeFileSync(again, lastYear(20).text);
  watched(c, [[again, 1]]);
  const ds = await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the finding from the new file');
  assert.equal(cross(ds)[0].relatedInformation[0].location.uri, fileUri(again));
});

test('an open last-year document closed: its file on disk counts again, not its unsaved text', async (t) => {
  const dir = tempProject(t, { '2020.txt': lastYear(9).text });
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const prevUri = fileUri(path.join(dir, '2020.txt'));
  const uri = fileUri(path.join(dir, '2021.txt'));
  let after = lastSeq(c);
  c.open(uri, build({}).text, 'gov-report');
  await publishedAfter(c, uri, after, (d) => cross(d).length === 0, 'consistent with the file');
  after = lastSeq(c);
  c.open(prevUri, lastYear(20).text, 'gov-report');
  await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the finding from the unsaved text');
  after = lastSeq(c);
  c.notify('textDocument/didClose', { textDocument: { uri: prevUri } });
  await publishedAfter(c, uri, after, (d) => cross(d).length === 0, 'consistent with the file again');
});

test('"Check All Drafts in Workspace": a closed draft gets its cross-year finding from last year’s closed report', async (t) => {
  const dir = tempProject(t, { 'a/2020.txt': lastYear(20).text, 'b/2021.txt': build({}).text });
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, 'b', '2021.txt'));
  const after = lastSeq(c);
  await c.request('workspace/executeCommand', { command: 'govReport.checkWorkspace', arguments: [] });
  const ds = await publishedAfter(c, uri, after, (d) => cross(d).length === 1, 'the cross-year finding of the closed draft');
  assert.equal(cross(ds)[0].relatedInformation[0].location.uri, fileUri(path.join(dir, 'a', '2020.txt')));
  assert.deepEqual(cross(c.published(fileUri(path.join(dir, 'a', '2020.txt'))).at(-1)?.params.diagnostics ?? []), []);
});
