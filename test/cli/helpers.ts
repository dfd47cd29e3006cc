// Shared by the CLI tests: run the bundled CLI as users do (node server/out/cli.js
// from the repository root), and make throw-away copies of drafts.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRules } from '../../server/src/core/rules';

/** Compiled to .build/test/cli, so the repository root is three levels up. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join('server', 'out', 'cli.js');
export const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** A run that should end at once gets a short timeout, so a hang fails the test instead of stalling it. */
  timeout?: number;
  /** Run as this user and group (the tests run as root; permission checks need someone else). */
  uid?: number;
  gid?: number;
}

export function runCli(args: string[], cwd: string = ROOT, opts: RunOptions = {}): RunResult {
  const cli = path.join(ROOT, CLI);
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    maxBuffer: 256 * 1024 * 1024,
    timeout: opts.timeout ?? 120_000,
    uid: opts.uid,
    gid: opts.gid,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function seedPath(prefix: string): string {
  const name = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix) && n.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return path.join(SEEDS, name);
}

export function seedText(prefix: string): string {
  return fs.readFileSync(seedPath(prefix), 'utf8');
}

/** Seed 002 with full-width digits added: a draft --fix always changes (safe fixes apply). */
export function fixableDraft(): string {
  return seedText('002')
    .replace('85条', `${toFullWidthDigits('85')}条`)
    .replace('40条', `${toFullWidthDigits('40')}条`);
}

/** Runs `body` in a fresh temporary directory, removed afterwards. */
export function withDir(tag: string, body: (dir: string) => void): void {
  const dir = tempDir(tag);
  try {
    body(dir);
  } finally {
    removeDir(dir);
  }
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function tempDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `grl-${tag}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** A stack trace on stderr means an exception escaped: the CLI promises one line. */
export function assertNoStack(stderr: string): void {
  if (/^\s+at\s/m.test(stderr) || /Error:.*\n\s+at /.test(stderr)) {
    throw new Error(`stack trace on stderr:\n${stderr}`);
  }
}

/** Tests that need a particular rule to fire skip (visibly) while it is not registered. */
export function hasRule(id: string): boolean {
  return allRules.some((r) => r.meta.id === id);
}

export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix: string | null;
}

export interface JsonFile {
  file: string;
  reportYear: number | null;
  template: string | null;
  skipped?: string;
  error?: string;
  diagnostics: JsonDiagnostic[];
}

export function parseJson(stdout: string): JsonFile[] {
  const v: unknown = JSON.parse(stdout);
  if (!Array.isArray(v)) throw new Error('JSON output is not an array');
  return v as JsonFile[];
}

export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
