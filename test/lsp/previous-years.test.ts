// Across years in the editor: a draft is checked against last year's report
// of the same body when the server knows it (another open document, or a
// draft on disk in the same folder); the finding points at last year's cell.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { clientPool, fileUri, lastSeq, publishedAfter, tempProject } from './helpers';
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
