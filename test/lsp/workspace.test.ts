// The workspace check: nothing is linted until asked; govReport.checkWorkspace
// lints the closed drafts of the workspace folders (as the CLI walks a folder,
// with `ignore`) with "n / m" progress, publishes their diagnostics, keeps
// them current when files change on disk, clears deleted ones, and stops when
// cancelled.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LspClient } from './client';
import { clientPool, fileUri, lastSeq, publishedAfter, seed, tempProject, watched } from './helpers';

const start = clientPool();
const S000 = seed('000').text;
const S002 = seed('002').text;
const NOTES = '周末采购清单:土豆,西红柿,鸡蛋,牛奶。\n下周一上午9:30开会,讨论部门年度计划。\n';

function project(t: { after: (fn: () => void) => void }) {
  return tempProject(t, {
    '.gov-report-lint.jsonc': '{ "ignore": ["old"], "rules": { "punctuation-halfwidth": "off" } }',
    'a.txt': S000,
    'sub/b.md': S002,
    'notes.txt': NOTES,
    'old/c.txt': S000,
    'node_modules/d.txt': S000,
    '.cache/e.txt': S000,
  });
}

const progressOf = (c: LspClient, token: string) =>
  c.notifications.filter((n) => n.method === '$/progress' && n.params.token === token).map((n) => n.params.value);

test('nothing is linted until asked; the check lints every closed draft with "n / m" progress and publishes what it finds', async (t) => {
  const dir = project(t);
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  // A request answered means everything before it was handled: no diagnostics yet.
  await c.request('textDocument/hover', { textDocument: { uri: fileUri(path.join(dir, 'a.txt')) }, position: { line: 0, character: 0 } });
  assert.equal(c.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length, 0, 'opening a workspace lints nothing');

  const result = await c.request('workspace/executeCommand', { command: 'govReport.checkWorkspace', arguments: [], workDoneToken: 'check-1' });
  assert.deepEqual(
    result,
    { total: 3, checked: 3, withProblems: 2, cancelled: false },
    'a.txt, sub/b.md, notes.txt; old/ ignored, node_modules and hidden folders skipped',
  );
  const progress = progressOf(c, 'check-1');
  assert.equal(progress[0].kind, 'begin');
  assert.equal(progress[0].cancellable, true);
  assert.equal(progress[0].title, '检查工作区中的所有报告');
  assert.deepEqual(
    progress.filter((v) => v.kind === 'report').map((v) => v.message),
    ['0 / 3', '1 / 3', '2 / 3', '3 / 3'],
  );
  assert.equal(progress.at(-1).kind, 'end');

  const a = c.published(fileUri(path.join(dir, 'a.txt'))).at(-1)!.params.diagnostics;
  assert.ok(a.some((d: any) => d.code === 'number-stray-unit'));
  assert.ok(!a.some((d: any) => d.code === 'punctuation-halfwidth'), 'with the config of the folder');
  const b = c.published(fileUri(path.join(dir, 'sub/b.md'))).at(-1)!.params.diagnostics;
  assert.ok(b.some((d: any) => d.code === 'table-balance'));
  for (const name of ['notes.txt', 'old/c.txt', 'node_modules/d.txt', '.cache/e.txt']) {
    assert.ok(
      c.published(fileUri(path.join(dir, name))).every((n) => n.params.diagnostics.length === 0),
      `${name}: no diagnostics`,
    );
  }
  const shown = c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params.message);
  assert.ok(
    shown.some((m) => /已检查工作区中的 3 个文件，2 份报告有问题/.test(m)),
    shown.join('\n'),
  );
});

test('after a check, a closed draft changed on disk is linted again, a new one is linted, a deleted one is cleared', async (t) => {
  const dir = project(t);
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  await c.request('workspace/executeCommand', { command: 'govReport.checkWorkspace', arguments: [] });
  const a = path.join(dir, 'a.txt');
  let seq = lastSeq(c);
  fs.writeFileSync(a, S000.replace('万22.1万人次', '22.1万人次'));
  watched(c, [[a, 2]]);
  const fixed = await publishedAfter(c, fileUri(a), seq);
  assert.ok(!fixed.some((d) => d.code === 'number-stray-unit' && d.range.start.line === 16), 'linted from the new text');

  seq = lastSeq(c);
  const fresh = path.join(dir, 'sub/new.txt');
  fs.writeFileSync(fresh, S002);
  watched(c, [[fresh, 1]]);
  assert.ok((await publishedAfter(c, fileUri(fresh), seq)).some((d) => d.code === 'table-balance'));

  seq = lastSeq(c);
  fs.rmSync(a);
  watched(c, [[a, 3]]);
  assert.deepEqual(await publishedAfter(c, fileUri(a), seq), [], 'a deleted draft is cleared');

  seq = lastSeq(c);
  fs.rmSync(path.join(dir, 'sub'), { recursive: true });
  // A folder deleted is one event for the folder.
  watched(c, [[path.join(dir, 'sub'), 3]]);
  assert.deepEqual(await publishedAfter(c, fileUri(path.join(dir, 'sub/b.md')), seq), []);
  assert.deepEqual(await publishedAfter(c, fileUri(fresh), seq), []);
});

test('an open draft keeps its live diagnostics; closed again, it shows its file’s', async (t) => {
  const dir = project(t);
  const a = path.join(dir, 'a.txt');
  const uri = fileUri(a);
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const edited = S000.replace('万22.1万人次', '22.1万人次');
  c.open(uri, edited, 'plaintext');
  const live = await c.diagnostics(uri, 1);
  await c.request('workspace/executeCommand', { command: 'govReport.checkWorkspace', arguments: [] });
  assert.deepEqual(c.published(uri).at(-1)!.params.diagnostics, live, 'the check leaves the open document alone');
  const seq = lastSeq(c);
  c.notify('textDocument/didClose', { textDocument: { uri } });
  const fromDisk = await publishedAfter(c, uri, seq, (ds) => ds.length > 0);
  assert.ok(
    fromDisk.some((d) => d.code === 'number-stray-unit' && d.range.start.line === 16),
    'the file on disk still has it',
  );
});

test('cancelling the request stops the check where it is', async (t) => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`d${String(i).padStart(2, '0')}.txt`] = S002;
  const dir = tempProject(t, files);
  let cancel: (() => void) | null = null;
  let asked = 0;
  const c = await start({
    workspaceFolders: [fileUri(dir)],
    // The folder's settings are asked for at start (checkWorkspaceOnOpen) and, once the change below has dropped them,
    // again by the check for its first draft: the cancellation is sent before that answer, so the server has it before
    // it goes on to the second draft.
    configuration: (item) => {
      if (item.scopeUri === fileUri(dir) && ++asked === 2) cancel?.();
      return {};
    },
  });
  c.notify('workspace/didChangeConfiguration', { settings: null });
  const { id, result } = c.requestWithId('workspace/executeCommand', { command: 'govReport.checkWorkspace', arguments: [], workDoneToken: 'check-2' });
  cancel = () => c.notify('$/cancelRequest', { id });
  const r = await result;
  assert.deepEqual(r, { total: 20, checked: 1, withProblems: 1, cancelled: true });
  assert.equal(progressOf(c, 'check-2').at(-1).kind, 'end');
  const shown = c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params.message);
  assert.ok(
    shown.some((m) => m.includes('已取消检查：完成 1 / 20')),
    shown.join('\n'),
  );
});

test('govReport.checkWorkspaceOnOpen: the folder is checked when the server starts, with progress the server creates', async (t) => {
  const dir = project(t);
  const c = await start({ workspaceFolders: [fileUri(dir)], workDoneProgress: true, configuration: () => ({ checkWorkspaceOnOpen: true }) });
  const a = await publishedAfter(c, fileUri(path.join(dir, 'a.txt')), -1, (ds) => ds.length > 0);
  assert.ok(a.some((d) => d.code === 'number-stray-unit'));
  const created = await c.waitForServerRequest((r) => r.method === 'window/workDoneProgress/create');
  const token = created.params.token;
  await c.waitFor((n) => n.method === '$/progress' && n.params.token === token && n.params.value.kind === 'end');
  assert.ok(progressOf(c, token).some((v) => v.kind === 'report' && v.message === '3 / 3'));
});

test('a check with no workspace folder says so', async () => {
  const c = await start();
  assert.equal(await c.request('workspace/executeCommand', { command: 'govReport.checkWorkspace', arguments: [] }), null);
  const shown = await c.waitFor((n) => n.method === 'window/showMessage');
  assert.match(shown.params.message, /没有打开工作区文件夹/);
});
