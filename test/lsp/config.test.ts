// The language server reads the CLI's config file: a rule turned off there is
// gone, editor settings the user set win over it (defaults do not), mistakes
// in it are diagnostics on the config file itself, and a change on disk
// (workspace/didChangeWatchedFiles) re-lints the open drafts.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clientPool, fileUri, lastSeq, publishedAfter, seed, tempProject, watched } from './helpers';

const start = clientPool();
const SEED = seed('002').text;
const codes = (ds: any[], code: string) => ds.filter((d) => d.code === code);

test('a rule turned off in .gov-report-lint.jsonc is gone; a level set there applies', async (t) => {
  const dir = tempProject(t, {
    '.gov-report-lint.jsonc': '// team choices\n{ "rules": { "punctuation-halfwidth": "off", "table-cell-empty": "error", }, }\n',
    'drafts/a.txt': SEED,
  });
  const c = await start({ workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, 'drafts/a.txt'));
  c.open(uri, SEED, 'plaintext');
  const ds = await c.diagnostics(uri, 1);
  assert.equal(codes(ds, 'punctuation-halfwidth').length, 0);
  assert.ok(codes(ds, 'table-cell-empty').length > 0);
  assert.ok(
    codes(ds, 'table-cell-empty').every((d) => d.severity === 1),
    'error, as the config says',
  );
  assert.ok(codes(ds, 'table-balance').length > 0, 'other rules untouched');

  // Without the config, the same draft has them (the config is what made the difference).
  const plain = await start();
  const other = 'untitled:Untitled-1';
  plain.open(other, SEED, 'plaintext');
  const ps = await plain.diagnostics(other, 1);
  assert.ok(codes(ps, 'punctuation-halfwidth').length > 0);
  assert.ok(
    codes(ps, 'table-cell-empty').every((d) => d.severity === 2),
    'warning by default',
  );
});

test('editor settings the user set beat the config file; govReport.template "auto" and an empty govReport.rules do not', async (t) => {
  const dir = tempProject(t, {
    '.gov-report-lint.json': JSON.stringify({ rules: { 'punctuation-halfwidth': 'off', 'table-cell-empty': 'error' }, template: '2019' }),
    'a.txt': SEED,
  });
  const uri = fileUri(path.join(dir, 'a.txt'));
  // Defaults as VS Code sends them: they must not undo the config file.
  const defaults = await start({ workspaceFolders: [fileUri(dir)], configuration: () => ({ enable: true, rules: {}, template: 'auto', maxProblems: 500 }) });
  defaults.open(uri, SEED, 'plaintext');
  const ds = await defaults.diagnostics(uri, 1);
  assert.equal(codes(ds, 'punctuation-halfwidth').length, 0);
  assert.ok(codes(ds, 'table-cell-empty').every((d) => d.severity === 1));
  const status = await defaults.waitFor((n) => n.method === 'govReport/status' && n.params.uri === uri);
  assert.equal(status.params.template, '2019', 'the config forces the 2019 template');

  const set = await start({
    workspaceFolders: [fileUri(dir)],
    configuration: () => ({ rules: { 'punctuation-halfwidth': 'warning' }, template: '2021' }),
  });
  set.open(uri, SEED, 'plaintext');
  const ss = await set.diagnostics(uri, 1);
  assert.ok(codes(ss, 'punctuation-halfwidth').length > 0, 'the setting turns it back on');
  assert.ok(codes(ss, 'punctuation-halfwidth').every((d) => d.severity === 2));
  assert.ok(
    codes(ss, 'table-cell-empty').every((d) => d.severity === 1),
    'rules the setting does not name keep the config level',
  );
  const st = await set.waitFor((n) => n.method === 'govReport/status' && n.params.uri === uri);
  assert.equal(st.params.template, '2021', 'the template setting wins');
});

test('mistakes in the config file are diagnostics on it, the valid rest applies, and they clear once fixed', async (t) => {
  const bad = '{\n  "rules": {\n    "tabel-balance": "off",\n    "punctuation-halfwidth": "of",\n    "table-cell-empty": "off"\n  },\n  "colour": 1\n}\n';
  const dir = tempProject(t, { '.gov-report-lint.jsonc': bad, 'a.txt': SEED });
  const config = path.join(dir, '.gov-report-lint.jsonc');
  const c = await start({ locale: 'en', workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, 'a.txt'));
  c.open(uri, SEED, 'plaintext');
  const ds = await c.diagnostics(uri, 1);
  assert.equal(codes(ds, 'table-cell-empty').length, 0, 'the valid part of the config applies');
  assert.ok(codes(ds, 'punctuation-halfwidth').length > 0, 'a wrong level leaves the default');
  const problems = await publishedAfter(c, fileUri(config), -1, (list) => list.length > 0, 'config problems');
  const at = (needle: string) => {
    const offset = bad.indexOf(needle);
    const before = bad.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
  };
  const byLine = (needle: string) => problems.find((p) => p.range.start.line === at(needle).line);
  assert.equal(problems.length, 3, JSON.stringify(problems));
  assert.match(byLine('"tabel-balance"').message, /unknown rule: tabel-balance/);
  assert.deepEqual(byLine('"tabel-balance"').range.start, at('"tabel-balance"'));
  assert.match(byLine('"of"').message, /punctuation-halfwidth/);
  assert.deepEqual(byLine('"of"').range, { start: at('"of"'), end: { line: at('"of"').line, character: at('"of"').character + 4 } });
  assert.match(byLine('"colour"').message, /unknown key: colour/);
  assert.ok(problems.every((p) => p.severity === 1 && p.source === 'gov-report-lint'));

  const before = lastSeq(c);
  fs.writeFileSync(config, '{ "rules": { "punctuation-halfwidth": "off" } }\n');
  watched(c, [[config, 2]]);
  assert.deepEqual(await publishedAfter(c, fileUri(config), before, () => true, 'the cleared config problems'), []);
  const again = await publishedAfter(c, uri, before, (list) => codes(list, 'punctuation-halfwidth').length === 0, 'the draft linted with the fixed config');
  assert.ok(codes(again, 'table-cell-empty').length > 0, 'table-cell-empty is no longer off');
  assert.equal(c.exited, null);
});

test('a config file created, or one it extends changed, re-lints the open drafts (didChangeWatchedFiles); extended files are watched', async (t) => {
  const dir = tempProject(t, { 'shared/base.jsonc': '{ "rules": { "table-balance": "off" } }', 'drafts/a.txt': SEED });
  const c = await start({ workspaceFolders: [fileUri(dir)], watchers: true });
  const uri = fileUri(path.join(dir, 'drafts/a.txt'));
  c.open(uri, SEED, 'plaintext');
  assert.ok(codes(await c.diagnostics(uri, 1), 'table-balance').length > 0);

  let before = lastSeq(c);
  const config = path.join(dir, 'drafts/.gov-report-lint.jsonc');
  fs.writeFileSync(config, '{ "extends": "../shared/base.jsonc" }');
  watched(c, [[config, 1]]);
  await publishedAfter(c, uri, before, (ds) => codes(ds, 'table-balance').length === 0, 'table-balance off through extends');
  const base = path.join(dir, 'shared/base.jsonc');
  const watchers = (r: { params: any }) => r.params.registrations.flatMap((g: any) => g.registerOptions.watchers);
  await c.waitForServerRequest(
    (r) =>
      r.method === 'client/registerCapability' &&
      watchers(r).some((w: any) => w.globPattern.baseUri === fileUri(path.dirname(base)) && w.globPattern.pattern === 'base.jsonc'),
    20000,
    'a watcher for the extended file',
  );

  before = lastSeq(c);
  fs.writeFileSync(base, '{ "rules": { "table-balance": "error", "punctuation-halfwidth": "off" } }');
  watched(c, [[base, 2]]);
  const ds = await publishedAfter(c, uri, before, (list) => codes(list, 'punctuation-halfwidth').length === 0, 'the extended file applied again');
  assert.ok(codes(ds, 'table-balance').length > 0);
});

test('pull mode (as VS Code): a config or suppressions file changed on disk makes the client pull again, and the pull has the new result', async (t) => {
  const dir = tempProject(t, { 'a.txt': SEED });
  const c = await start({ pull: true, workspaceFolders: [fileUri(dir)] });
  const uri = fileUri(path.join(dir, 'a.txt'));
  c.open(uri, SEED, 'plaintext');
  const pull = () => c.request('textDocument/diagnostic', { textDocument: { uri } }).then((r: any) => r.items as any[]);
  const refreshes = () => c.serverRequests.filter((r) => r.method === 'workspace/diagnostic/refresh').length;
  assert.ok(codes(await pull(), 'punctuation-halfwidth').length > 0);

  let seen = refreshes();
  const config = path.join(dir, '.gov-report-lint.jsonc');
  fs.writeFileSync(config, '{ "rules": { "punctuation-halfwidth": "off" } }');
  watched(c, [[config, 1]]);
  await c.waitForServerRequest(() => refreshes() > seen, 20000, 'workspace/diagnostic/refresh');
  assert.equal(codes(await pull(), 'punctuation-halfwidth').length, 0);

  seen = refreshes();
  const file = path.join(dir, 'gov-report-lint-suppressions.json');
  fs.writeFileSync(
    file,
    JSON.stringify({ version: 1, suppressions: [{ rule: 'other-matters-fee-missing', file: 'a.txt', anchor: '六、其他需要报告的事项', occurrence: 1 }] }),
  );
  watched(c, [[file, 1]]);
  await c.waitForServerRequest(() => refreshes() > seen, 20000, 'workspace/diagnostic/refresh');
  const items = await pull();
  assert.equal(codes(items, 'other-matters-fee-missing').length, 0);
  assert.ok(codes(items, 'table-balance').length > 0);
});
