'use strict';
/**
 * Shared harness for the end-to-end tests: the packaged .vsix installed into a real VS Code
 * (code-server 4.100, VS Code 1.100) in headless Chromium, driven like a person would.
 *
 * The harness itself (serve.js, driver.js, setup.sh) lives beside this repository in
 * ../shared/tools/vscode-web (override with VSCODE_WEB_TOOL). `bash scripts/setup-e2e.sh`
 * installs code-server, Chromium and playwright-core once per machine.
 *
 * Environment:
 *   E2E_VSIX         the .vsix to test (default: gov-report-lint-<version>.vsix at the repo root)
 *   E2E_KEEP=1       keep the temp workspace and code-server's logs/profile after the run
 *   HARNESS_DEBUG=1  timestamped trace of the driver's steps on stderr
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const SHOTS = path.join(__dirname, 'screenshots');
const TOOL = process.env.VSCODE_WEB_TOOL || path.resolve(ROOT, '..', 'shared', 'tools', 'vscode-web');
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${PKG.publisher}.${PKG.name}`;
const VSIX = path.resolve(process.env.E2E_VSIX || path.join(ROOT, `${PKG.name}-${PKG.version}.vsix`));

const SEED = {
  '000': '000_0131eef5f6c80757.txt',
  '001': '001_1091e914623cb50c.txt',
  '002': '002_fd806472b05b3a75.txt',
  '003': '003_e5194636313e52a0.txt',
  '004': '004_27ba3d77fbcff05a.txt',
};

/** An ordinary note in Chinese: not a report, though prose rules would flag it if it were linted. */
const NOTES_TXT = [
  '周末采购清单:土豆,西红柿,鸡蛋,牛奶。',
  '下周一上午9:30开会,讨论部门年度计划,记得带电脑。',
  '读书笔记:这本书的累计阅读量129.3次,万22.1万人次看过简介(随手记的,不准确)。',
  '',
].join('\n');

function loadHarness() {
  for (const f of ['serve.js', 'driver.js']) {
    if (!fs.existsSync(path.join(TOOL, f))) {
      throw new Error(
        `the vscode-web harness is missing: ${path.join(TOOL, f)} not found. ` +
          'Check out the shared folder beside this repository (../shared/tools/vscode-web) or set VSCODE_WEB_TOOL.',
      );
    }
  }
  return { ...require(path.join(TOOL, 'serve.js')), ...require(path.join(TOOL, 'driver.js')) };
}

/**
 * A temp workspace folder with the given files: { 'seed-000.txt': { seed: '000' }, 'notes.txt': 'text' }.
 */
function makeWorkspace(files) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'grl-e2e-'));
  const ws = path.join(base, 'drafts');
  fs.mkdirSync(ws);
  for (const [name, src] of Object.entries(files)) {
    const text = typeof src === 'string' ? src : fs.readFileSync(path.join(SEEDS, SEED[src.seed]), 'utf8');
    fs.mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    fs.writeFileSync(path.join(ws, name), text);
  }
  return { base, ws };
}

/** Line `n` (1-based) of a seed, and the 1-based column of `needle` in it (throws if absent). */
function seedLine(seed, n) {
  return fs.readFileSync(path.join(SEEDS, SEED[seed]), 'utf8').split(/\r?\n/)[n - 1];
}
function columnOf(seed, line, needle) {
  const i = seedLine(seed, line).indexOf(needle);
  if (i < 0) throw new Error(`seed ${seed} line ${line} does not contain ${needle}`);
  return i + 1;
}

const lineOf = (text, n) => text.split(/\r?\n/)[n - 1];
const summarize = (ps) => ps.map((p) => `${p.line}:${p.column} ${p.severity} [${p.code}] ${p.message}`).join('\n');
/** Problems' `code` column reads e.g. "table-balance" (or "gov-report-lint(table-balance)" in older builds). */
const hasCode = (p, code) => p.code === code || (p.code || '').includes(`(${code})`) || (p.code || '').startsWith(`${code}`);

/**
 * Start code-server with the packaged extension and a workspace, open the workbench in Chromium.
 * Returns a session { cs, wb, ws, file(name), guard(name, fn), stop() }.
 */
async function startSession({ files, settings = {}, viewport = { width: 1400, height: 900 } } = {}) {
  if (!fs.existsSync(VSIX)) {
    throw new Error(`${VSIX} not found: run \`npm run package\` first (npm run test:e2e does)`);
  }
  const { startCodeServer, Workbench } = loadHarness();
  const { base, ws } = makeWorkspace(files);
  const t0 = Date.now();
  const cs = await startCodeServer({
    folder: ws,
    vsix: VSIX,
    baseDir: path.join(base, 'cs'),
    keep: !!process.env.E2E_KEEP,
    settings: { 'workbench.editor.enablePreview': false, 'editor.fontSize': 14, ...settings },
    readyTimeoutMs: 90000,
  });
  let wb;
  try {
    wb = await Workbench.launch({ url: cs.workbenchUrl(ws), server: cs, viewport, timeout: 30000 });
  } catch (e) {
    await cs.stop();
    throw e;
  }
  log(`code-server ${cs.version || ''} up and workbench loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const session = {
    cs,
    wb,
    ws,
    base,
    file: (name) => path.join(ws, name),
    /** run fn; on failure save a screenshot (*.actual.png, ignored by git) and the logs, then rethrow */
    async guard(name, fn) {
      try {
        return await fn();
      } catch (e) {
        await session.diagnose(name).catch((d) => log(`(diagnose failed: ${d.message})`));
        throw e;
      }
    },
    async diagnose(name) {
      const shot = path.join(SHOTS, `${name}.actual.png`);
      await wb.screenshot(shot).catch(() => {});
      const notes = await wb.notifications().catch(() => []);
      const exthost = cs
        .readLogs(/remoteexthost\.log$/)
        .map((l) => l.text)
        .join('\n')
        .split('\n')
        .filter((l) => /gov-report|error|fail/i.test(l))
        .slice(-30)
        .join('\n');
      log(
        `failure in ${name}: screenshot ${path.relative(ROOT, shot)}\n` +
          `  notifications: ${JSON.stringify(notes)}\n  remoteexthost.log (filtered):\n${exthost}`,
      );
      const channels = await withTimeout(wb.outputChannels(), 10000).catch(() => []);
      for (const c of channels.filter((n) => /gov|报告|年报|report/i.test(n))) {
        const text = await withTimeout(wb.outputText(c), 10000).catch(() => '');
        log(`  Output "${c}" (last 3000 chars):\n${text.slice(-3000)}`);
      }
      if (wb.consoleErrors.length) log(`  browser console errors (last 10):\n${wb.consoleErrors.slice(-10).join('\n')}`);
    },
    async stop() {
      await wb.close().catch(() => {});
      const left = await cs.stop();
      if (left && left.length) log(`code-server: SIGKILLed ${left.join(',')}`);
      if (!process.env.E2E_KEEP) fs.rmSync(base, { recursive: true, force: true });
      else log(`kept ${base}`);
    },
  };
  return session;
}

/** Wait until the extension is activated (remoteexthost.log), after a report file was opened. */
async function waitForActivation(session, timeout = 60000) {
  await session.cs.waitForLog(/remoteexthost\.log$/, new RegExp(`_doActivateExtension ${EXTENSION_ID.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), timeout);
}

/**
 * Set the Problems panel's filter box (e.g. '**\/seed-000.txt' to show one file's entries).
 * No-op when it holds that text already.
 */
async function setProblemsFilter(wb, text) {
  const box = wb.page.locator('.part.panel input[aria-label="Filter Problems"]').first();
  if (!(await box.isVisible().catch(() => false))) await wb.openProblems();
  if ((await box.inputValue()) === text) return;
  await box.fill(text);
  await wb.page.waitForTimeout(400); // the panel applies the filter after a short debounce
}

/**
 * Entries of the Problems panel for `file` (filtered to that file in the panel itself: a seed
 * has 100+ findings, and the driver reads the virtualized tree row by row), or all of them.
 * The driver reads the tree by wheel-scrolling down from where it is, and VS Code scrolls it by
 * ~2 rows per wheel event, so a tree left scrolled down would hide its first rows: Home in the
 * focused tree brings it to the top first.
 */
async function readProblems(wb, file) {
  await setProblemsFilter(wb, file ? `**/${file}` : '');
  await problemsToTop(wb);
  return wb.problems({ file, open: false });
}

/** Drag the edge of a workbench part (the sash there) by dx/dy pixels, e.g. to make the panel taller. */
async function dragPartEdge(wb, part, edge, { dx = 0, dy = 0 } = {}) {
  const at = await wb.page.evaluate(
    ([sel, e]) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return e === 'top' ? { x: r.left + r.width / 2, y: r.top } : { x: r.right, y: r.top + r.height / 2 };
    },
    [part, edge],
  );
  await wb.page.mouse.move(at.x, at.y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(at.x + dx, at.y + dy, { steps: 8 });
  await wb.page.mouse.up();
  await wb.page.waitForTimeout(200);
}

/** Focus the Problems tree and scroll it to its first row. */
async function problemsToTop(wb) {
  const focusIn = (sel) => wb.page.evaluate((q) => !!(document.activeElement && document.activeElement.closest(q)), sel);
  if (!(await focusIn('.markers-panel [role="tree"]'))) await wb.openProblems();
  if (await focusIn('.markers-panel [role="tree"]')) {
    await wb.press('Home');
    await wb.page.waitForTimeout(100);
  }
}

/**
 * Problems entries of `file`, once `check(entries)` holds (polls the Problems panel).
 * Returns the entries; on timeout the error lists what was shown.
 */
async function waitForFileProblems(wb, file, check, { timeout = 60000, what = 'problems' } = {}) {
  await wb.openProblems();
  let last = [];
  try {
    return await wb.waitFor(
      async () => {
        last = await readProblems(wb, file);
        return check(last) ? last : null;
      },
      { timeout, interval: 500, what: `${what} in ${file}` },
    );
  } catch (e) {
    const all = await readProblems(wb).catch(() => []); // every file, unfiltered
    const perFile = {};
    for (const p of all) perFile[p.file] = (perFile[p.file] || 0) + 1;
    e.message += `\nProblems shown for ${file}:\n${summarize(last) || '(none)'}\nentries per file: ${JSON.stringify(perFile)}`;
    throw e;
  }
}

/**
 * Open a workspace file: its tab if it is open already, else Quick Open (Ctrl+P), tried twice
 * (Quick Open re-sorts its rows while results arrive, e.g. "recently opened" ones).
 */
async function openFile(wb, name) {
  const tab = wb.page.locator(`.part.editor .tabs-container [role="tab"][aria-label^="${name}"]`).first();
  if (await tab.count()) {
    await tab.click();
    await wb.waitForActiveTab(name);
    return;
  }
  try {
    await wb.openFile(name);
  } catch (e) {
    log(`openFile(${name}) failed once (${e.message.split('\n')[0]}); retrying`);
    await wb.press('Escape');
    await wb.openFile(name);
  }
}

/** Open the Quick Fix menu at line:col, then apply the first item accepted by `pick(title)`. */
async function applyQuickFix(wb, line, column, pick, { screenshot } = {}) {
  let titles;
  for (let attempt = 1; ; attempt++) {
    await parkMouse(wb); // a mouse left over the text may show a hover that takes the keys
    try {
      // the menu shows once the extension host answered; "No code actions available" otherwise
      titles = await wb.codeActionsAt(line, column, { timeout: 10000 });
      if (titles.some(pick) || attempt === 3) break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
    log(`quick fix menu at ${line}:${column}, attempt ${attempt}: ${JSON.stringify(titles || null)}; trying again`);
    await wb.press('Escape');
    await wb.page.waitForTimeout(500);
  }
  if (screenshot) await wb.screenshot(screenshot);
  const title = titles.find(pick);
  await wb.press('Escape');
  if (!title) throw new Error(`no suitable quick fix at ${line}:${column}; offered: ${JSON.stringify(titles)}`);
  await wb.page
    .locator('.action-widget')
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => {});
  return wb.quickFix(line, column, title);
}

/** Titles that are not the quick fix proper (fix-all, disable/ignore a rule, open docs). */
const NOT_A_FIX = /fix all|修复所有|全部修复|disable|禁用|ignore|忽略|suppress|屏蔽|learn more|documentation|文档|说明/i;

/** Show the hover at line:col, wait until it contains `want`, optionally screenshot; returns its text. */
async function hoverText(wb, line, column, { want = /./, screenshot, timeout = 20000 } = {}) {
  await parkMouse(wb); // a tab's tooltip would cover the hover in the picture
  await wb.gotoLine(line, column);
  await wb.focusEditor();
  await wb.press('Control+K', 'Control+I');
  const hover = wb.page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible', timeout });
  let text = '';
  try {
    await wb.waitFor(
      async () => {
        text = (await hover.innerText()).trim();
        return want.test(text);
      },
      { timeout, interval: 200, what: `hover at ${line}:${column} matching ${want}` },
    );
  } catch (e) {
    e.message += `\nhover text: ${JSON.stringify(text)}`;
    throw e;
  }
  if (screenshot) {
    // the hover fades in: wait until it is fully opaque before taking the picture
    await wb
      .waitFor(
        () =>
          hover.evaluate((el) => {
            for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return false;
            return true;
          }),
        { timeout: 3000, interval: 100, what: 'the hover to finish fading in' },
      )
      .catch(() => {});
    await wb.page.waitForTimeout(150);
    await wb.screenshot(screenshot);
  }
  await wb.press('Escape');
  return text;
}

/** Move the mouse to the empty end of the editor tab bar, where it shows no tooltip. */
async function parkMouse(wb) {
  const r = await wb.page.evaluate(() => {
    const bar = document.querySelector('.part.editor .tabs-and-actions-container') || document.querySelector('.part.editor');
    const b = bar.getBoundingClientRect();
    return { x: b.left + b.width * 0.7, y: b.top + Math.min(b.height, 35) / 2 };
  });
  await wb.page.mouse.move(r.x, r.y);
}

/** For a picture of the Outline: file list folded away, a wider side bar, the Outline from its top. */
async function showOutlineLarge(wb) {
  await problemsToTop(wb); // the panel below starts with the file's warnings, not its last infos
  const files = wb.page.locator('.part.sidebar .pane-header[aria-label^="Explorer Section"]').first();
  if ((await files.getAttribute('aria-expanded').catch(() => null)) === 'true') await files.click();
  await dragPartEdge(wb, '.part.sidebar', 'right', { dx: 260 });
  await wb.runCommand('Explorer: Focus on Outline View');
  await wb.press('Home');
  await wb.page.waitForTimeout(300);
}

/** Flatten an outline tree into [{label, kind, depth, node}]. */
function flattenOutline(nodes, depth = 0, out = []) {
  for (const n of nodes) {
    out.push({ label: n.label, kind: n.kind, depth, node: n });
    flattenOutline(n.children, depth + 1, out);
  }
  return out;
}

function withTimeout(p, ms) {
  let t;
  return Promise.race([
    p,
    new Promise((_, rej) => {
      t = setTimeout(() => rej(new Error(`timeout ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(t));
}

function log(msg) {
  process.stderr.write(`[e2e] ${msg}\n`);
}

module.exports = {
  ROOT,
  SEEDS,
  SHOTS,
  TOOL,
  VSIX,
  EXTENSION_ID,
  SEED,
  NOTES_TXT,
  NOT_A_FIX,
  loadHarness,
  makeWorkspace,
  seedLine,
  columnOf,
  lineOf,
  summarize,
  hasCode,
  startSession,
  openFile,
  waitForActivation,
  readProblems,
  setProblemsFilter,
  problemsToTop,
  dragPartEdge,
  waitForFileProblems,
  applyQuickFix,
  hoverText,
  parkMouse,
  flattenOutline,
  showOutlineLarge,
  log,
};
