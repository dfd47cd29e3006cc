// The CLI run: arguments → files → lint (in-process or in workers) → output →
// exit status. Output and stderr messages come out in argument order, after
// every file is done, so a run prints the same thing however it was scheduled.

import { allRules } from '../core/rules';
import { version } from '../../../package.json';
import { parseCliArgs, type CliOptions } from './args';
import { escapeControls } from './escape';
import { collectFiles, type FileEntry } from './files';
import { writeJson } from './format-json';
import { formatStylish } from './format-stylish';
import { failed, type FileResult, type TaskOptions } from './lint-file';
import { helpText, ioReason } from './messages';
import { earlyWorkers, planTasks } from './plan';
import { prestart } from './pool';

export interface Io {
  out(s: string | Uint8Array): void;
  err(s: string): void;
  color: boolean;
}

function taskOptions(o: CliOptions): TaskOptions {
  return { fix: o.fix, locale: o.locale, lint: { template: o.template, rules: o.rules }, renderJson: o.format === 'json' };
}

async function lintAll(entries: FileEntry[], options: CliOptions, script: string): Promise<FileResult[]> {
  const task = taskOptions(options);
  // Threads start while this one reads and splits the big file.
  const spares = prestart(script, task, earlyWorkers(entries, task, options.jobs));
  return planTasks(entries, task, options.jobs).run(script, spares);
}

export async function run(options: CliOptions, script: string, io: Io): Promise<number> {
  const { items } = collectFiles(options.paths);
  const entries = items.flatMap((i) => (i.kind === 'file' ? [i.entry] : []));
  const linted = await lintAll(entries, options, script);
  let k = 0;
  const results = items.map((i) => (i.kind === 'file' ? linted[k++] : failed(i.error.file, ioReason(options.locale, i.error.code, i.error.detail))));

  if (options.format === 'json') writeJson(results, io.out);
  else io.out(formatStylish(results, options.locale, io.color));
  let status = 0;
  for (const r of results) {
    if (r.error !== undefined) {
      io.err(`gov-report-lint: ${escapeControls(r.file)}: ${escapeControls(r.error)}\n`);
      status = 2;
    }
  }
  if (status === 0 && results.some((r) => (r.rendered?.errors ?? 0) > 0 || r.diagnostics.some((d) => d.severity === 'error'))) status = 1;
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
    case 'run':
      return run(parsed.options, script, io);
  }
}
