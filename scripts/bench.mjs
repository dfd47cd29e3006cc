// Benchmark (npm run bench = build, then this). Builds inputs under .bench/,
// then measures: in-process parse+lint per seed and on big inputs; the whole
// CLI process (time and peak memory) on 1 MB and 10 MB; the language server's
// didChange → diagnostics latency on 100 KB and 1 MB; and the same inputs
// through markdownlint-cli2 and autocorrect's CLI, as ratios. Prints a table,
// then one JSON object per measurement (also saved to .bench/results.jsonl).
//
// Every slow step runs in a child process with a timeout, so a pathological
// build makes rows read "timeout" instead of hanging the run.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, '.bench');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const CLI = path.join(ROOT, 'server', 'out', 'cli.js');
const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
const CORE = path.join(BENCH, 'core.cjs');
const KB = 1024;
const MB = 1024 * 1024;

// ---- in-process mode: `node scripts/bench.mjs --inproc <file> <maxMs> <maxRuns>` ----
if (process.argv[2] === '--inproc') {
  const [file, maxMs, maxRuns] = [process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
  const { lint } = createRequire(import.meta.url)(CORE);
  const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const times = [];
  const first = performance.now();
  lint(text);
  const warm = performance.now() - first;
  // Warm-up runs let the JIT settle; a slow first run is not repeated for nothing.
  if (warm < 200) for (let i = 0; i < 20 && performance.now() - first < maxMs / 4; i++) lint(text);
  else times.push(warm);
  const start = performance.now();
  while (times.length < maxRuns && (times.length === 0 || performance.now() - start < maxMs)) {
    const t0 = performance.now();
    lint(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ runs: times.length, medianUs: times[times.length >> 1] * 1000, minUs: times[0] * 1000 }));
  process.exit(0);
}

// ---- inputs ----
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed with its numbers changed and its prose paragraphs shuffled (tables and headings stay). */
function perturb(text, rand) {
  const changed = text.replace(/\d+/g, (d) => String(Math.floor(rand() * 10 ** Math.min(d.length, 6))).padStart(1, '0'));
  const lines = changed.split('\n');
  const prose = lines.map((l, i) => (l.length >= 30 && !l.includes('|') ? i : -1)).filter((i) => i >= 0);
  const shuffled = prose.map((i) => lines[i]);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  prose.forEach((i, k) => (lines[i] = shuffled[k]));
  return lines.join('\n');
}

function makeBig(seeds, bytes, seed) {
  const rand = rng(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const chunk = perturb(seeds[Math.floor(rand() * seeds.length)].text, rand) + '\n';
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  const buf = Buffer.from(parts.join(''));
  const cut = buf.lastIndexOf(0x0a, bytes);
  return buf.subarray(0, cut > 0 ? cut + 1 : bytes);
}

function prepareInputs() {
  fs.mkdirSync(BENCH, { recursive: true });
  const seeds = fs
    .readdirSync(SEEDS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ name: n, text: fs.readFileSync(path.join(SEEDS, n), 'utf8') }));
  for (const s of seeds) fs.writeFileSync(path.join(BENCH, s.name), s.text);
  const big = {};
  for (const [label, bytes, seed] of [
    ['100KB', 100 * KB, 1],
    ['1MB', MB, 2],
    ['10MB', 10 * MB, 3],
  ]) {
    const file = path.join(BENCH, `draft-${label}.txt`);
    fs.writeFileSync(file, makeBig(seeds, bytes, seed));
    fs.copyFileSync(file, path.join(BENCH, `draft-${label}.md`));
    big[label] = file;
  }
  return { seeds: seeds.map((s) => path.join(BENCH, s.name)), big };
}

async function bundleCore() {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(ROOT, 'server', 'src', 'core', 'lint.ts')],
    outfile: CORE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'warning',
  });
}

// ---- child processes with a timeout ----
function run(cmd, args, { timeoutMs, cwd = BENCH, captureStdout = false } = {}) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code: null, stdout, stderr: String(err), timedOut: false, failed: true });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, code, stdout, stderr, timedOut, failed: false });
    });
  });
}

const HAVE_TIME = fs.existsSync('/usr/bin/time');
const RSS_WRAPPER = path.join(BENCH, 'rss-wrapper.cjs');

/** Whole-process wall time (ms) and peak RSS (MB) of a node program. */
async function measureProcess(script, args, timeoutMs, runs = 3) {
  if (!HAVE_TIME) {
    fs.writeFileSync(
      RSS_WRAPPER,
      'const [s, ...a] = process.argv.slice(2); process.argv = [process.argv[0], s, ...a];\n' +
        "process.on('exit', () => require('fs').writeSync(2, `\\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`));\nrequire(s);\n",
    );
  }
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = HAVE_TIME
      ? await run('/usr/bin/time', ['-v', process.execPath, script, ...args], { timeoutMs })
      : await run(process.execPath, [RSS_WRAPPER, script, ...args], { timeoutMs });
    if (r.timedOut) return { status: 'timeout' };
    if (r.failed || (r.code !== 0 && r.code !== 1)) return { status: 'error', note: r.stderr.trim().split('\n').pop() };
    const kb = HAVE_TIME ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) : /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
    samples.push({ ms: r.ms, rssMb: kb ? Number(kb[1]) / 1024 : null });
    if (r.ms > 20000) break; // one very slow sample is enough to report
  }
  samples.sort((a, b) => a.ms - b.ms);
  const mid = samples[samples.length >> 1];
  return { status: 'ok', ms: mid.ms, rssMb: Math.max(...samples.map((s) => s.rssMb ?? 0)) || null };
}

async function inproc(file, maxMs, maxRuns, timeoutMs) {
  const r = await run(process.execPath, [fileURLToPath(import.meta.url), '--inproc', file, String(maxMs), String(maxRuns)], {
    timeoutMs,
    captureStdout: true,
  });
  if (r.timedOut) return { status: 'timeout' };
  try {
    return { status: 'ok', ...JSON.parse(r.stdout) };
  } catch {
    return { status: 'error', note: r.stderr.trim().split('\n').pop() };
  }
}

// ---- results ----
const results = [];
function record(r) {
  results.push(r);
  const v = r.status === 'ok' ? `${fmt(r.value)} ${r.unit}` : r.status;
  process.stderr.write(`  ${r.bench.padEnd(22)} ${String(r.input).padEnd(30)} ${v}\n`);
}
function fmt(n) {
  if (n === null || n === undefined) return 'n/a';
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
const bytesOf = (file) => fs.statSync(file).size;

// ---- language server: a minimal LSP client over stdio ----
class LspClient {
  constructor(capabilities, settings = {}) {
    this.settings = settings;
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.buf = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.capabilities = capabilities;
    this.proc.stdout.on('data', (d) => this.receive(d));
    this.proc.on('error', () => this.close());
    this.proc.stdin.on('error', () => {});
  }
  receive(chunk) {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length: *(\d+)/i.exec(this.buf.subarray(0, end).toString('ascii'));
      const len = m ? Number(m[1]) : 0;
      if (this.buf.length < end + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(end + 4, end + 4 + len).toString('utf8'));
      Object.defineProperty(msg, 'bytes', { value: len });
      this.buf = this.buf.subarray(end + 4 + len);
      this.dispatch(msg);
    }
  }
  dispatch(msg) {
    if (msg.id !== undefined && msg.method) {
      // Requests from the server: settings get defaults, everything else an empty answer.
      const result = msg.method === 'workspace/configuration' ? (msg.params?.items ?? []).map(() => this.settings) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result });
    } else if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      p?.(msg);
    } else {
      for (const l of this.listeners) l(msg);
    }
  }
  send(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }
  request(method, params, timeoutMs = 30_000) {
    const id = this.nextId++;
    return withTimeout(
      new Promise((resolve) => {
        this.pending.set(id, resolve);
        this.send({ jsonrpc: '2.0', id, method, params });
      }),
      timeoutMs,
    );
  }
  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }
  waitFor(pred, timeoutMs = 30_000) {
    let listener;
    return withTimeout(
      new Promise((resolve) => {
        listener = (m) => pred(m) && resolve(m);
        this.listeners.add(listener);
      }),
      timeoutMs,
    ).finally(() => this.listeners.delete(listener));
  }
  async start() {
    await this.request('initialize', { processId: process.pid, rootUri: null, capabilities: this.capabilities, locale: 'zh-cn' });
    this.notify('initialized', {});
  }
  close() {
    try {
      this.proc.kill();
    } catch {
      // already gone
    }
  }
}

function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 30 s')), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

/** One digit near 1/8, 2/8, … of the text changed, so each round is a real edit. */
function edited(text, round) {
  const at = Math.floor((text.length * (round + 1)) / 8);
  const i = text.slice(at).search(/\d/);
  if (i < 0) return { text: text + '\n', offset: text.length, removed: 0, inserted: '\n' };
  const p = at + i;
  const digit = String((Number(text[p]) + 1) % 10);
  return { text: text.slice(0, p) + digit + text.slice(p + 1), offset: p, removed: 1, inserted: digit };
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * didChange → diagnostics, as VS Code drives it: incremental (range) changes,
 * the server's default settings unless `settings` says otherwise.
 */
async function lspRounds(text, mode, settings = {}) {
  const capabilities = {
    textDocument: {
      synchronization: { didSave: true },
      publishDiagnostics: { versionSupport: true, relatedInformation: true },
      ...(mode === 'pull' ? { diagnostic: { dynamicRegistration: false } } : {}),
    },
    workspace: { configuration: true },
  };
  const client = new LspClient(capabilities, settings);
  const uri = `file://${path.join(BENCH, `lsp-${mode}.txt`)}`;
  const isDiag = (v) => (m) =>
    m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (m.params.version === undefined || m.params.version === v);
  try {
    await client.start();
    let version = 1;
    let current = text;
    const opened = mode === 'push' ? client.waitFor(isDiag(1), 60_000) : null;
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'gov-report', version, text } });
    if (opened) await opened;
    else await client.request('textDocument/diagnostic', { textDocument: { uri } }, 60_000);
    const times = [];
    let count = 0;
    let bytes = 0;
    for (let round = 0; round < 5; round++) {
      const e = edited(current, round);
      const range = { start: positionAt(current, e.offset), end: positionAt(current, e.offset + e.removed) };
      current = e.text;
      version++;
      const done = mode === 'push' ? client.waitFor(isDiag(version)) : null;
      const t0 = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: e.inserted }] });
      const answer = done ? await done : await client.request('textDocument/diagnostic', { textDocument: { uri } });
      times.push(performance.now() - t0);
      count = (done ? answer.params.diagnostics : (answer.result?.items ?? [])).length;
      bytes = answer.bytes;
    }
    return { status: 'ok', ms: median(times), diagnostics: count, payloadKb: Math.round(bytes / 1024) };
  } catch (err) {
    return { status: 'n/a', note: err instanceof Error ? err.message : String(err) };
  } finally {
    client.close();
  }
}

async function benchLsp(text, settings) {
  if (!fs.existsSync(SERVER)) return { status: 'n/a', note: 'server/out/server.js not built' };
  return { push: await lspRounds(text, 'push', settings), pull: await lspRounds(text, 'pull', settings) };
}

async function main() {
  if (!fs.existsSync(CLI)) {
    console.error(`bench: ${path.relative(ROOT, CLI)} is missing; run npm run build first`);
    process.exit(2);
  }
  process.stderr.write('bench: preparing inputs under .bench/ …\n');
  const inputs = prepareInputs();
  await bundleCore();

  // `npm run bench -- --only lsp` (or inproc, cli) runs one part, for quick checks while developing.
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  const wanted = (part) => only === null || only === part;

  if (wanted('inproc')) process.stderr.write('bench: in-process parse+lint …\n');
  for (const file of wanted('inproc') ? inputs.seeds : []) {
    const r = await inproc(file, 2000, 500, 60_000);
    const bytes = bytesOf(file);
    // The target is per 10 KB draft; a seed of another size is scaled to 10 KB.
    const target = (1000 * bytes) / (10 * KB);
    record({
      bench: 'lint-inprocess',
      input: path.basename(file),
      bytes,
      status: r.status,
      value: r.medianUs ?? null,
      unit: 'µs',
      runs: r.runs,
      target: `≤ 1 ms per 10 KB (≤ ${fmt(target)} µs here)`,
      ok: r.status === 'ok' ? r.medianUs <= target : false,
    });
  }
  for (const label of wanted('inproc') ? ['1MB', '10MB'] : []) {
    const file = inputs.big[label];
    const r = await inproc(file, label === '1MB' ? 5000 : 10000, label === '1MB' ? 10 : 3, 120_000);
    record({
      bench: 'lint-inprocess',
      input: path.basename(file),
      bytes: bytesOf(file),
      status: r.status,
      value: r.status === 'ok' ? r.medianUs / 1000 : null,
      unit: 'ms',
      runs: r.runs,
      target: null,
      ok: null,
    });
  }

  if (wanted('cli')) process.stderr.write('bench: whole CLI process and peers …\n');
  // autocorrect-node's lock entries name platform packages the registry does not serve,
  // which breaks `npm ci`; so the bench installs it beside the project on first use.
  function peer(pkg, file) {
    const dir = path.join(BENCH, 'peers');
    const target = path.join(dir, 'node_modules', pkg, file);
    if (!fs.existsSync(target)) {
      fs.mkdirSync(dir, { recursive: true });
      const r = spawnSync('npm', ['install', '--no-save', '--no-package-lock', '--prefix', dir, `${pkg}@2`], { stdio: 'inherit' });
      if (r.status !== 0) process.stderr.write(`bench: could not install ${pkg}; its rows will say n/a\n`);
    }
    return target;
  }
  const cliInputs = [
    ['seed 002', inputs.seeds.find((f) => path.basename(f).startsWith('002')) ?? inputs.seeds[0]],
    ['1MB', inputs.big['1MB']],
    ['10MB', inputs.big['10MB']],
  ];
  const autocorrect = wanted('cli') ? peer('autocorrect-node', 'cli.js') : null;
  const markdownlint = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  for (const [label, file] of wanted('cli') ? cliInputs : []) {
    const name = path.basename(file);
    const ours = await measureProcess(CLI, ['--format', 'json', name], 120_000);
    const bytes = bytesOf(file);
    const is10 = label === '10MB';
    record({
      bench: 'cli-process',
      input: name,
      bytes,
      status: ours.status,
      value: ours.ms ?? null,
      unit: 'ms',
      rssMb: ours.rssMb ?? null,
      target: is10 ? '≤ 1000 ms, ≤ 300 MB' : null,
      ok: is10 && ours.status === 'ok' ? ours.ms <= 1000 && (ours.rssMb ?? 0) <= 300 : null,
      note: ours.note,
    });
    const md = name.replace(/\.txt$/, '.md');
    if (!fs.existsSync(path.join(BENCH, md))) fs.copyFileSync(file, path.join(BENCH, md));
    const peers = [
      ['markdownlint-cli2', fs.existsSync(markdownlint) ? markdownlint : path.join(ROOT, 'node_modules', '.bin', 'markdownlint-cli2'), [md]],
      ['autocorrect --lint', autocorrect, ['--lint', name]],
    ];
    for (const [peer, script, args] of peers) {
      const theirs = await measureProcess(script, args, 60_000, label === 'seed 002' ? 3 : 1);
      record({
        bench: 'peer-process',
        peer,
        input: args[args.length - 1],
        bytes,
        status: theirs.status,
        value: theirs.ms ?? null,
        unit: 'ms',
        rssMb: theirs.rssMb ?? null,
        oursMs: ours.ms ?? null,
        ratio: theirs.status === 'ok' && ours.status === 'ok' ? ours.ms / theirs.ms : null,
        note: theirs.note,
      });
    }
  }

  if (wanted('lsp')) process.stderr.write('bench: language server didChange → diagnostics …\n');
  // Default settings (at most govReport.maxProblems = 1000 diagnostics published), then with no cap.
  const lspInputs = [
    ['100KB', {}, ''],
    ['1MB', {}, ''],
    ['1MB', { maxProblems: 0 }, ' (no cap)'],
  ];
  for (const [label, settings, tag] of wanted('lsp') ? lspInputs : []) {
    const file = inputs.big[label];
    const r = await benchLsp(fs.readFileSync(file, 'utf8'), settings);
    for (const mode of ['push', 'pull']) {
      const m = r[mode] ?? { status: r.status ?? 'n/a', note: r.note };
      const target = label === '1MB' && !tag;
      record({
        bench: `lsp-${mode}${tag}`,
        input: path.basename(file),
        bytes: bytesOf(file),
        status: m.status,
        value: m.ms ?? null,
        unit: 'ms',
        diagnostics: m.diagnostics,
        payloadKb: m.payloadKb,
        target: target ? '≤ 50 ms' : m.diagnostics !== undefined ? `${m.diagnostics} diagnostics, ${m.payloadKb} KB` : null,
        ok: target && m.status === 'ok' ? m.ms <= 50 : null,
        note: m.note,
      });
    }
  }
  printTable();
  const lines = results.map((r) => JSON.stringify(r)).join('\n') + '\n';
  fs.writeFileSync(path.join(BENCH, 'results.jsonl'), lines);
  process.stdout.write('\n' + lines);
}

function printTable() {
  const rows = [['measurement', 'input', 'size', 'result', 'peak RSS', 'target / peer', 'ok']];
  for (const r of results) {
    const size = r.bytes >= MB ? `${(r.bytes / MB).toFixed(1)} MB` : `${(r.bytes / KB).toFixed(1)} KB`;
    const value = r.status === 'ok' ? `${fmt(r.value)} ${r.unit}` : r.status;
    const rss = r.rssMb ? `${fmt(r.rssMb)} MB` : '';
    const target = r.bench === 'peer-process' ? `${r.peer}: ours/theirs = ${r.ratio === null ? 'n/a' : r.ratio.toFixed(2) + '×'}` : (r.target ?? '');
    const ok = r.ok === null || r.ok === undefined ? '' : r.ok ? 'yes' : 'NO';
    rows.push([r.bench, r.input, size, value + (r.note && r.status !== 'ok' ? ` (${r.note})` : ''), rss, target, ok]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => width(row[c]))));
  for (const [i, row] of rows.entries()) {
    console.log(
      row
        .map((cell, c) => cell + ' '.repeat(widths[c] - width(cell)))
        .join('  ')
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('\nLSP push = didChange (one range edit, as VS Code sends it) → publishDiagnostics, through the');
  console.log("server's throttle (a change after a pause is validated at once); LSP pull = the same edit →");
  console.log('textDocument/diagnostic response. Only the edited report is re-linted; the rest is cached.');
}

function width(s) {
  let w = 0;
  for (const ch of String(s)) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
