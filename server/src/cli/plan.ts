// What the run does, as tasks: each small file is one task; a big file (many
// drafts merged into one) is read here, split into its reports, and handed
// out as chunks of consecutive reports so both cores share it. Results come
// back in task order and are put together per file in argument order.

import type { Range } from '../core/types';
import { plainReportRanges } from '../core/lint';
import type { FileEntry } from './files';
import { assemble, crashed, readText, type ChunkResult, type FileResult, type FileSettings, type TaskOptions } from './lint-file';
import { cpuCount, release, runInWorkers, runTask, workerCount, type Spare, type Task, type TaskResult } from './pool';

/** A file this big is worth splitting across threads. */
const SPLIT_MIN_BYTES = 512 * 1024;
/** Chunks this size (UTF-16 units) keep the threads evenly loaded to the end. */
const CHUNK_CHARS = 192 * 1024;

type Slot = { kind: 'task'; index: number } | { kind: 'chunks'; file: string; first: number; count: number } | { kind: 'done'; result: FileResult };

export interface Plan {
  run(script: string, spares?: Spare[]): Promise<FileResult[]>;
}

/** Workers worth starting before the plan is made: a big file will be shared between threads. */
export function earlyWorkers(entries: FileEntry[], options: TaskOptions, jobs: number | null): number {
  const threads = jobs === null ? cpuCount() : jobs;
  if (threads < 2 || options.fix || !entries.some((e) => e.size >= SPLIT_MIN_BYTES)) return 0;
  return threads;
}

export function planTasks(entries: FileEntry[], options: TaskOptions, jobs: number | null): Plan {
  const tasks: Task[] = [];
  const slots: Slot[] = [];
  const parallel = jobs === null ? cpuCount() >= 2 : jobs >= 2;
  let bytes = 0;
  for (const entry of entries) {
    bytes += entry.size;
    // --fix rewrites the whole file with the fix engine, and suppressions count
    // occurrences over the whole file: one task, one thread.
    if (!parallel || options.fix || options.suppressAll || (entry.settings?.suppress?.entries.length ?? 0) > 0 || entry.size < SPLIT_MIN_BYTES) {
      slots.push({ kind: 'task', index: tasks.push({ kind: 'file', entry }) - 1 });
      continue;
    }
    const read = readText(entry, options.locale);
    if ('file' in read) {
      slots.push({ kind: 'done', result: read });
      continue;
    }
    const ranges = plainReportRanges(read.text);
    if (ranges === null || (entry.settings?.suppress?.inline && read.text.includes('gov-report-lint-'))) {
      // HTML: its reports share one source map, so the file is linted whole; so is a draft with directives.
      slots.push({ kind: 'task', index: tasks.push({ kind: 'file', entry }) - 1 });
      continue;
    }
    const chunks = chunksOf(read.text, ranges, entry.settings, entry.file);
    slots.push({ kind: 'chunks', file: entry.file, first: tasks.length, count: chunks.length });
    tasks.push(...chunks);
  }
  return {
    async run(script, spares = []) {
      const workers = workerCount(tasks.length, bytes, jobs);
      if (workers === 0) release(spares);
      const results =
        workers === 0
          ? tasks.map((t) => runLocal(t, options))
          : await runInWorkers(script, tasks, options, workers, (t, err) => lostTask(t, err, options), spares);
      return slots.map((s) => {
        if (s.kind === 'done') return s.result;
        if (s.kind === 'task') return results[s.index] as FileResult;
        return assemble(s.file, results.slice(s.first, s.first + s.count) as ChunkResult[]);
      });
    },
  };
}

function runLocal(task: Task, options: TaskOptions): TaskResult {
  try {
    return runTask(task, options);
  } catch (err) {
    return lostTask(task, err, options);
  }
}

function lostTask(task: Task, err: unknown, options: TaskOptions): TaskResult {
  const failure = crashed(task.kind === 'file' ? task.entry.file : '', err, options.locale);
  if (task.kind === 'file') return failure;
  return { diagnostics: [], parts: [], error: failure.error };
}

/** Consecutive reports grouped into chunks, each starting on a line of its own. */
function chunksOf(text: string, ranges: Range[], settings: FileSettings | undefined, file: string): Task[] {
  const out: Task[] = [];
  let lineBase = 0;
  let counted = 0;
  let i = 0;
  while (i < ranges.length) {
    const start = ranges[i].start;
    let j = i + 1;
    while (j < ranges.length && ranges[j].end - start <= CHUNK_CHARS) j++;
    const end = ranges[j - 1].end;
    lineBase += lineBreaks(text, counted, start);
    counted = start;
    out.push({ kind: 'chunk', text: text.slice(start, end), lineBase, settings: settings && { lint: settings.lint }, file });
    i = j;
  }
  return out;
}

/** Line breaks as the CLI counts them (\n, \r\n, lone \r) in [from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
