// The CLI run: arguments → files (and their config and suppressions) → lint
// (in-process or in workers) → output → exit status. Output and stderr
// messages come out in argument order, after every file is done, so a run
// prints the same thing however it was scheduled.

import * as path from 'node:path';
import { allRules } from '../core/rules';
import { version } from '../../../package.json';
import { parseCliArgs, type CliOptions } from './args';
import { decode } from './encoding';
import { escapeControls } from './escape';
import { collectFiles, type FileEntry } from './files';
import { formatGithub } from './format-github';
import { writeJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatStylish } from './format-stylish';
import { crashed, failed, ignoredResult, lintText, type FileResult, type TaskOptions } from './lint-file';
import { helpText, ioReason, t } from './messages';
import { earlyWorkers, planTasks } from './plan';
import { prestart } from './pool';
import { printConfig } from './print-config';
import { ProjectFiles, type ProjectMessage } from './project';
import { gatherPrevious, previousFor } from './previous';

export interface Io {
  out(s: string | Uint8Array): void;
  err(s: string): void;
  color: boolean;
  /** Standard input, whole (--stdin); null when it is larger than the CLI reads. */
  stdin?: () => Promise<Buffer | null>;
  /** The working directory: relative paths and SARIF URIs are relative to it. */
  cwd?: string;
}

function taskOptions(o: CliOptions, cwd: string): TaskOptions {
  return {
    related: o.format === 'json' || o.format === 'sarif',
    cwd,
    fix: o.fix,
    locale: o.locale,
    lint: { template: o.template ?? 'auto', rules: o.rules },
    renderJson: o.format === 'json',
    quiet: o.quiet,
    suppressAll: o.suppressAll,
  };
}

async function lintAll(entries: FileEntry[], options: CliOptions, script: string, cwd: string): Promise<FileResult[]> {
  const task = taskOptions(options, cwd);
  // Threads start while this one reads and splits the big file.
  const spares = prestart(script, task, earlyWorkers(entries, task, options.jobs));
  return planTasks(entries, task, options.jobs).run(script, spares);
}

async function lintStdin(options: CliOptions, project: ProjectFiles, io: Io, cwd: string): Promise<FileResult> {
  const shown = options.stdinFilename ?? '<stdin>';
  // Without a name, the config and suppressions are those of the working directory.
  const draftPath = path.resolve(cwd, options.stdinFilename ?? '<stdin>');
  if (options.stdinFilename !== null && project.ignored(draftPath, false)) return ignoredResult(shown);
  try {
    const bytes = io.stdin ? await io.stdin() : Buffer.alloc(0);
    if (bytes === null) return failed(shown, ioReason(options.locale, 'too-large'));
    const decoded = decode(bytes);
    if (!decoded.ok) return failed(shown, ioReason(options.locale, decoded.reason));
    const result = lintText(shown, decoded.text, taskOptions(options, cwd), project.settingsFor(draftPath, shown));
    project.record(draftPath, result);
    return result;
  } catch (err) {
    return crashed(shown, err, options.locale);
  }
}

async function lintPaths(options: CliOptions, project: ProjectFiles, script: string): Promise<FileResult[]> {
  const { items } = collectFiles(options.paths, (target, isDir) => project.ignored(target, isDir));
  const entries = items.flatMap((i) => (i.kind === 'file' ? [{ ...i.entry, settings: project.settingsFor(i.entry.path, i.entry.file) }] : []));
  const linted = await acrossYears(entries, await lintAll(entries, options, script, project.cwd), options, project, script);
  entries.forEach((e, k) => project.record(e.path, linted[k]));
  let k = 0;
  return items.map((i) => {
    if (i.kind === 'file') return linted[k++];
    if (i.kind === 'ignored') return ignoredResult(i.file);
    return failed(i.error.file, ioReason(options.locale, i.error.code, i.error.detail));
  });
}

/** The second pass: files whose reports have a previous year somewhere are linted again with its facts. */
async function acrossYears(entries: FileEntry[], linted: FileResult[], options: CliOptions, project: ProjectFiles, script: string): Promise<FileResult[]> {
  const task = taskOptions(options, project.cwd);
  const lintOf = (e: FileEntry) => e.settings?.lint ?? task.lint;
  const cwd = project.cwd;
  const known = gatherPrevious(
    entries,
    linted,
    { flags: options.previous.map((p) => path.resolve(cwd, p)), configFor: (abs) => project.previousReportsFor(abs) },
    lintOf,
  );
  const previous = previousFor(entries, known, linted);
  const again: FileEntry[] = [];
  const at: number[] = [];
  entries.forEach((e, k) => {
    const prev = previous[k];
    if (!prev || linted[k].error !== undefined) return;
    again.push({ ...e, settings: { ...e.settings, lint: { ...lintOf(e), previousYears: prev } } });
    at.push(k);
  });
  if (again.length === 0) return linted;
  // --fix already wrote the files in the first pass: this one only reads them.
  const redone = await planTasks(again, { ...task, fix: false }, options.jobs).run(script);
  const out = [...linted];
  redone.forEach((r, i) => {
    const first = linted[at[i]];
    out[at[i]] = first.fixed === undefined ? r : { ...r, fixed: first.fixed };
  });
  return out;
}

function messageLine(m: ProjectMessage): string {
  const at = m.line !== undefined ? `:${m.line}:${m.column ?? 1}` : '';
  return `gov-report-lint: ${escapeControls(m.file)}${at}: ${escapeControls(m.text)}\n`;
}

export async function run(options: CliOptions, script: string, io: Io): Promise<number> {
  const cwd = io.cwd ?? process.cwd();
  const project = new ProjectFiles(options, cwd);
  const results = options.stdin ? [await lintStdin(options, project, io, cwd)] : await lintPaths(options, project, script);
  const messages = project.finish(options.locale);

  const failures = results.filter((r) => r.error !== undefined);
  let status = failures.length > 0 || messages.some((m) => m.error) ? 2 : 0;
  switch (options.format) {
    case 'json':
      writeJson(results, io.out);
      break;
    case 'sarif': {
      const notices = [
        ...messages.filter((m) => m.error).map((m) => ({ file: m.file, message: m.text, line: m.line, column: m.column })),
        ...failures.map((r) => ({ file: r.file, message: r.error as string })),
      ];
      io.out(formatSarif(results, { locale: options.locale, cwd, notices, successful: status !== 2 }));
      break;
    }
    case 'github':
      io.out(formatGithub(results));
      break;
    default:
      io.out(formatStylish(results, options.locale, io.color));
  }
  for (const m of messages) io.err(messageLine(m));
  for (const r of failures) io.err(`gov-report-lint: ${escapeControls(r.file)}: ${escapeControls(r.error as string)}\n`);

  const errors = results.reduce((n, r) => n + (r.tally?.errors ?? r.rendered?.errors ?? r.diagnostics.filter((d) => d.severity === 'error').length), 0);
  const warnings = results.reduce((n, r) => n + (r.tally?.warnings ?? r.diagnostics.filter((d) => d.severity === 'warning').length), 0);
  if (status === 0 && errors > 0) status = 1;
  if (options.maxWarnings !== null && warnings > options.maxWarnings) {
    io.err(
      `gov-report-lint: ${t(options.locale, `警告过多：${warnings} 个，上限为 ${options.maxWarnings}（--max-warnings）`, `too many warnings: ${warnings}, the maximum is ${options.maxWarnings} (--max-warnings)`)}\n`,
    );
    if (status === 0) status = 1;
  }
  return status;
}

export async function main(argv: string[], script: string, io: Io): Promise<number> {
  const parsed = parseCliArgs(argv, new Set(allRules.map((r) => r.meta.id)));
  switch (parsed.kind) {
    case 'help':
      io.out(helpText(parsed.locale));
      return 0;
    case 'version':
      io.out(`${version}\n`);
      return 0;
    case 'error':
      io.err(`gov-report-lint: ${escapeControls(parsed.message)}\n`);
      return 2;
    case 'print-config': {
      const cwd = io.cwd ?? process.cwd();
      const project = new ProjectFiles(parsed.options, cwd);
      io.out(printConfig(parsed.file, parsed.options, project, cwd));
      const messages = project.finish(parsed.options.locale);
      for (const m of messages) io.err(messageLine(m));
      return messages.some((m) => m.error) ? 2 : 0;
    }
    case 'run':
      return run(parsed.options, script, io);
  }
}
