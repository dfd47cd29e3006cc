// Suppressions in the editor: inline directives and the suppressions file hide
// exactly what they hide in the CLI, stale entries are reported on the
// suppressions file, and the "Suppress this finding" quick fix writes a
// directive (Markdown) or an entry (plain text, or a Markdown table row) after
// which the finding is gone, and stays gone after unrelated edits.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../cli/helpers';
import type { LspClient } from './client';
import { applyTextEdits, clientPool, editsOf, fileUri, insertLine, lastSeq, publishedAfter, seed, tempProject, watched } from './helpers';

const start = clientPool();
const SEED = seed('002').text;
const SUPPRESSIONS = 'gov-report-lint-suppressions.json';
const codes = (ds: any[], code: string) => ds.filter((d) => d.code === code);
const where = (ds: any[]) => ds.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();

function actionsAt(c: LspClient, uri: string, d: any) {
  return c.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
}

const suppressOf = (actions: any[], code: string) =>
  actions.find((a) => a.diagnostics?.some((x: any) => x.code === code) && (a.command?.command === 'govReport.suppress' || /disable-next-line/.test(a.title)));

test('directives and the suppressions file hide in the editor exactly what they hide in the CLI; a stale entry is reported on the file', async (t) => {
  let md = insertLine(SEED, 43, '<!-- gov-report-lint-disable-next-line table-balance -- 原表如此 -->');
  md = insertLine(md, 1, '<!-- gov-report-lint-disable-file punctuation-halfwidth tabel-x -->');
  const dir = tempProject(t, { 'a.md': md, 'a.txt': md, 'b.txt': SEED });
  // The entries --suppress-all writes for b.txt's table-balance findings, and one that matches nothing.
  assert.equal(runCli(['--suppress-all', 'b.txt'], dir).status, 0);
  const file = path.join(dir, SUPPRESSIONS);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  saved.suppressions = [
    ...saved.suppressions.filter((e: any) => e.rule === 'table-balance'),
    { rule: 'table-cell-empty', file: 'b.txt', anchor: '这段文字不在草稿中', occurrence: 1 },
  ];
  fs.writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  const cli = runCli(['--format', 'json', 'a.md', 'a.txt', 'b.txt'], dir);
  assert.match(cli.stderr, /gov-report-lint-suppressions\.json:\d+:\d+: 警告：屏蔽记录已不再匹配任何问题/);
  const byFile = new Map<string, string[]>(
    JSON.parse(cli.stdout).map((f: any) => [f.file, f.diagnostics.map((d: any) => `${d.rule}@${d.line}:${d.column}`).sort()]),
  );

  const c = await start({ workspaceFolders: [fileUri(dir)] });
  for (const [name, lang] of [
    ['a.md', 'markdown'],
    ['a.txt', 'plaintext'],
    ['b.txt', 'plaintext'],
  ]) {
    const uri = fileUri(path.join(dir, name));
    c.open(uri, fs.readFileSync(path.join(dir, name), 'utf8'), lang);
    assert.deepEqual(where(await c.diagnostics(uri, 1)), byFile.get(name), name);
  }
  assert.equal(byFile.get('b.txt')!.filter((x) => x.startsWith('table-balance@')).length, 0, 'the entries hide b.txt’s table-balance');
  assert.ok(
    byFile.get('a.md')!.some((x) => x.startsWith('suppression-unused@1:')),
    'the unknown id is reported',
  );
  assert.equal(byFile.get('a.txt')!.filter((x) => x.startsWith('table-balance@')).length, 2, 'a .txt is not read for directives');

  const onFile = await publishedAfter(c, fileUri(file), -1, (ds) => ds.length > 0, 'the stale entry');
  assert.equal(onFile.length, 1);
  assert.equal(onFile[0].code, 'suppression-unused');
  assert.equal(onFile[0].severity, 2);
  const text = fs.readFileSync(file, 'utf8');
  assert.equal(onFile[0].range.start.line, text.split('\n').findIndex((l) => l.includes('"rule": "table-cell-empty"')) - 1, 'at the stale entry');
  assert.match(onFile[0].message, /这段文字不在草稿中/);
});

test('Markdown: the quick fix inserts a directive above the line (keeping CRLF); the finding is gone, also after an unrelated edit', async (t) => {
  const text = seed('000').text.replace(/\r?\n/g, '\r\n');
  const dir = tempProject(t, { 'a.md': text });
  const uri = fileUri(path.join(dir, 'a.md'));
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  c.open(uri, text, 'markdown');
  const before = await c.diagnostics(uri, 1);
  const d = codes(before, 'number-stray-unit').find((x) => x.range.start.line === 16);
  assert.ok(d, 'seed 000 line 17: 万22.1万人次');
  const action = suppressOf(await actionsAt(c, uri, d), 'number-stray-unit');
  assert.ok(action, 'a suppress action');
  assert.equal(action.command, undefined, 'a plain edit, no command');
  assert.match(text.split('\r\n')[16], /^ {2}\S/, 'the line is indented by two spaces, and so is the directive');
  const { edits, version } = editsOf(action.edit, uri);
  assert.equal(version, 1);
  assert.deepEqual(edits, [
    {
      range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } },
      newText: '  <!-- gov-report-lint-disable-next-line number-stray-unit -->\r\n',
    },
  ]);
  const v2 = applyTextEdits(text, edits);
  c.change(uri, 2, [{ text: v2 }]);
  const after = await c.diagnostics(uri, 2);
  assert.equal(codes(after, 'number-stray-unit').length, codes(before, 'number-stray-unit').length - 1);
  assert.equal(codes(after, 'suppression-unused').length, 0, 'the directive is used');
  assert.equal(after.length, before.length - 1, 'nothing else changed');

  // Another rule on the same line: added to the directive already there.
  const punct = codes(after, 'punctuation-halfwidth').filter((x) => x.range.start.line === 17);
  assert.equal(punct.length, 10);
  const more = suppressOf(await actionsAt(c, uri, punct[0]), 'punctuation-halfwidth');
  const added = editsOf(more.edit, uri).edits;
  const at = { line: 16, character: '  <!-- gov-report-lint-disable-next-line number-stray-unit'.length };
  assert.deepEqual(added, [{ range: { start: at, end: at }, newText: ' punctuation-halfwidth' }]);
  const v3 = applyTextEdits(v2, added);
  c.change(uri, 3, [{ text: v3 }]);
  const both = await c.diagnostics(uri, 3);
  assert.equal(both.length, before.length - 11);

  const v4 = insertLine(v3, 5, '（征求意见稿）\r');
  c.change(uri, 4, [{ text: v4 }]);
  const later = await c.diagnostics(uri, 4);
  assert.equal(later.length, before.length - 11, 'still suppressed after an unrelated edit');
  assert.equal(codes(later, 'number-stray-unit').length, codes(before, 'number-stray-unit').length - 1);
});

test('Markdown: a finding in a table row (or on the first line) goes to the suppressions file instead of splitting the table', async (t) => {
  const dir = tempProject(t, { 'a.md': SEED });
  const uri = fileUri(path.join(dir, 'a.md'));
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  c.open(uri, SEED, 'markdown');
  const ds = await c.diagnostics(uri, 1);
  const balance = codes(ds, 'table-balance')[0];
  assert.equal(balance.range.start.line, 42, 'seed 002 line 43 is a table row');
  const action = suppressOf(await actionsAt(c, uri, balance), 'table-balance');
  assert.equal(action.command.command, 'govReport.suppress');
  assert.equal(action.command.arguments[0].entry.file, 'a.md');
  assert.equal(action.edit, undefined);

  // A line above the title would move the title: seed 001 lacks one, reported on its first line.
  const other = seed('001').text;
  const b = fileUri(path.join(dir, 'b.md'));
  c.open(b, other, 'markdown');
  const title = codes(await c.diagnostics(b, 1), 'title-missing')[0];
  assert.equal(title.range.start.line, 0);
  assert.equal(suppressOf(await actionsAt(c, b, title), 'title-missing').command.command, 'govReport.suppress');
});

test('plain text: the quick fix adds an entry to the suppressions file (written by the server); the finding is gone, also after an unrelated edit', async (t) => {
  const dir = tempProject(t, { 'drafts/a.txt': SEED });
  const uri = fileUri(path.join(dir, 'drafts/a.txt'));
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  c.open(uri, SEED, 'plaintext');
  const before = await c.diagnostics(uri, 1);
  const balance = codes(before, 'table-balance');
  assert.equal(balance.length, 2);
  const action = suppressOf(await actionsAt(c, uri, balance[1]), 'table-balance');
  assert.equal(action.command.command, 'govReport.suppress');
  const seq = lastSeq(c);
  const result = await c.request('workspace/executeCommand', action.command);
  assert.deepEqual(result, { applied: true, file: fileUri(path.join(dir, 'drafts', SUPPRESSIONS)), via: 'write' });
  const saved = JSON.parse(fs.readFileSync(path.join(dir, 'drafts', SUPPRESSIONS), 'utf8'));
  assert.equal(saved.suppressions.length, 1);
  assert.equal(saved.suppressions[0].rule, 'table-balance');
  assert.equal(saved.suppressions[0].file, 'a.txt');
  const after = await publishedAfter(c, uri, seq, (ds) => codes(ds, 'table-balance').length === 1, 'one table-balance left');
  assert.deepEqual(codes(after, 'table-balance')[0].range, balance[0].range, 'the other one stays');
  assert.equal(after.length, before.length - 1);

  c.change(uri, 2, [{ text: insertLine(insertLine(SEED, 1, '（征求意见稿）'), 20, '新增一段说明。') }]);
  const edited = await c.diagnostics(uri, 2);
  assert.equal(codes(edited, 'table-balance').length, 1, 'still suppressed after unrelated edits');
});

/** Applies a WorkspaceEdit's documentChanges to the disk, as VS Code does once the client saves the file. */
function applyToDisk(edit: any): void {
  for (const change of edit.documentChanges) {
    const p = new URL(change.kind === 'create' ? change.uri : change.textDocument.uri);
    if (change.kind === 'create') {
      if (!fs.existsSync(p)) fs.writeFileSync(p, '');
      continue;
    }
    fs.writeFileSync(p, applyTextEdits(fs.readFileSync(p, 'utf8'), change.edits));
  }
}

test('plain text, a client that can create files: the entry comes as an undoable WorkspaceEdit (create + edit); once saved, the finding is gone', async (t) => {
  const dir = tempProject(t, { 'a.txt': SEED });
  const uri = fileUri(path.join(dir, 'a.txt'));
  const file = path.join(dir, SUPPRESSIONS);
  const edits: any[] = [];
  const c = await start({
    workspaceFolders: [fileUri(dir)],
    resourceOperations: true,
    applyEdit: (params) => {
      edits.push(params.edit);
      applyToDisk(params.edit);
      return { applied: true };
    },
  });
  c.open(uri, SEED, 'plaintext');
  const before = await c.diagnostics(uri, 1);
  for (const [i, code] of (['table-cell-empty', 'other-matters-fee-missing'] as const).entries()) {
    const d = codes(before, code)[0];
    const action = suppressOf(await actionsAt(c, uri, d), code);
    const seq = lastSeq(c);
    const result = await c.request('workspace/executeCommand', action.command);
    assert.equal(result.via, 'edit');
    assert.deepEqual(
      edits[i].documentChanges.map((x: any) => x.kind ?? 'edit'),
      i === 0 ? ['create', 'edit'] : ['edit'],
      'the file is created once, then edited',
    );
    assert.equal(edits[i].documentChanges.at(-1).textDocument.uri, fileUri(file));
    // The client saved the file: its watcher reports the change.
    watched(c, [[file, i === 0 ? 1 : 2]]);
    await publishedAfter(c, uri, seq, (ds) => !ds.some((x) => x.code === code && x.range.start.line === d.range.start.line), `${code} gone`);
  }
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(
    saved.suppressions.map((e: any) => e.rule),
    ['table-cell-empty', 'other-matters-fee-missing'],
  );
});

test('Markdown: a range over several findings of one rule on a line offers one directive, not one per finding', async (t) => {
  const text = seed('000').text;
  const dir = tempProject(t, { 'a.md': text });
  const uri = fileUri(path.join(dir, 'a.md'));
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  c.open(uri, text, 'markdown');
  const line = codes(await c.diagnostics(uri, 1), 'punctuation-halfwidth').filter((d) => d.range.start.line === 16);
  assert.equal(line.length, 10);
  const range = { start: line[0].range.start, end: line.at(-1).range.end };
  const actions = await c.request<any[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: line } });
  const directives = actions.filter((a) => /disable-next-line punctuation-halfwidth/.test(a.title));
  assert.equal(directives.length, 1, actions.map((a) => a.title).join('\n'));
});
