// Linting in worker threads. The workers run the very script the CLI was
// started from (esbuild bundles everything into one file), recognise
// themselves by a marker in workerData, and take one task per message: a
// whole file, or a chunk of consecutive reports of one big file (drafts merged
// into one file). Small tasks keep both cores busy to the end; results are put
// back in task order, so output never depends on timing.

import * as os from 'node:os';
import { Worker, parentPort, workerData, isMainThread } from 'node:worker_threads';
import type { FileEntry } from './files';
import { lintChunk, lintFile, type ChunkResult, type FileResult, type FileSettings, type TaskOptions } from './lint-file';

const MARKER = 'govReportLintWorker';

interface WorkerInit {
  [MARKER]: true;
  options: TaskOptions;
}

export type Task =
  | { kind: 'file'; entry: FileEntry }
  /** `text` starts at a line start: line `lineBase + 1` of its file, whose settings are `settings`. */
  | { kind: 'chunk'; text: string; lineBase: number; settings?: FileSettings; file: string };

export type TaskResult = FileResult | ChunkResult;

interface TaskMessage {
  index: number;
  task: Task;
}

interface ResultMessage {
  index: number;
  result?: TaskResult;
  /** The task threw (a bug): the main thread runs it again to report properly. */
  error?: string;
}

/** Below these, starting threads (~50 ms each) costs more than it saves. */
const MIN_FILES = 8;
const MIN_TOTAL_BYTES = 4 * 1024 * 1024;

export function isPoolWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Partial<WorkerInit>)[MARKER] === true;
}

export function cpuCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** How many workers to use for `tasks` tasks of `bytes` in all; 0 means lint in-process. */
export function workerCount(tasks: number, bytes: number, jobs: number | null): number {
  if (tasks < 2) return 0;
  if (jobs !== null) return jobs <= 1 ? 0 : Math.min(jobs, tasks);
  const cpus = cpuCount();
  if (cpus < 2) return 0;
  if (tasks <= MIN_FILES && bytes < MIN_TOTAL_BYTES) return 0;
  return Math.min(cpus, tasks);
}

export function runTask(task: Task, options: TaskOptions): TaskResult {
  return task.kind === 'file' ? lintFile(task.entry, options) : lintChunk(task.text, task.lineBase, options, task.settings, task.file);
}

/** The body of a worker thread: run whatever task the main thread sends. */
export function runPoolWorker(): void {
  const { options } = workerData as WorkerInit;
  const port = parentPort;
  if (!port) return;
  port.on('message', (m: TaskMessage | null) => {
    if (m === null) {
      port.close();
      return;
    }
    let reply: ResultMessage;
    try {
      reply = { index: m.index, result: runTask(m.task, options) };
    } catch (err) {
      reply = { index: m.index, error: String(err) };
    }
    port.postMessage(reply);
  });
}

/** A worker started before its tasks are known (its startup overlaps reading and splitting a big file). */
export interface Spare {
  worker: Worker;
  failure: unknown;
}

export function prestart(script: string, options: TaskOptions, count: number): Spare[] {
  return Array.from({ length: count }, () => {
    const spare: Spare = { worker: spawn(script, options), failure: null };
    // Until a run takes it over, a failure is only remembered (an unheard 'error' would throw).
    spare.worker.on('error', (err) => (spare.failure ??= err));
    spare.worker.on('exit', (code) => (spare.failure ??= new Error(`worker exited with code ${code}`)));
    return spare;
  });
}

/** Spares a run did not need. */
export function release(spares: Spare[]): void {
  for (const s of spares.splice(0)) void s.worker.terminate();
}

function spawn(script: string, options: TaskOptions): Worker {
  return new Worker(script, { workerData: { [MARKER]: true, options } satisfies WorkerInit });
}

/**
 * Runs every task in `count` workers (taking `spares` first). A task whose worker dies is handed to
 * `lost` (which must not throw) so one bad file cannot sink the run; if threads
 * cannot start at all, the remaining tasks run in this thread.
 */
export function runInWorkers(
  script: string,
  tasks: Task[],
  options: TaskOptions,
  count: number,
  lost: (task: Task, err: unknown) => TaskResult,
  spares: Spare[] = [],
): Promise<TaskResult[]> {
  return new Promise((resolve) => {
    const results: (TaskResult | undefined)[] = new Array(tasks.length);
    let next = 0;
    let done = 0;
    // Each lost worker is replaced, but a crash that repeats on every task
    // must not spawn threads forever.
    let respawns = tasks.length;
    const finish = (index: number, result: TaskResult) => {
      if (results[index] !== undefined) return;
      results[index] = result;
      done++;
      if (done === tasks.length) resolve(results as TaskResult[]);
    };
    const local = (i: number) => {
      try {
        return runTask(tasks[i], options);
      } catch (err) {
        return lost(tasks[i], err);
      }
    };
    const start = () => {
      const spare = spares.pop();
      const worker = spare?.worker ?? spawn(script, options);
      let current: number | null = null;
      const feed = () => {
        if (next < tasks.length) {
          current = next++;
          worker.postMessage({ index: current, task: tasks[current] } satisfies TaskMessage);
        } else {
          current = null;
          worker.postMessage(null);
        }
      };
      let produced = false;
      worker.on('message', (m: ResultMessage) => {
        produced = true;
        finish(m.index, m.result ?? local(m.index));
        feed();
      });
      const died = (err: unknown) => {
        const task = current;
        current = null;
        const code = (err as { code?: string } | null)?.code;
        if (task !== null && (produced || code === 'ERR_WORKER_OUT_OF_MEMORY')) {
          // The task itself broke a working thread (e.g. memory): report it, carry on.
          finish(task, lost(tasks[task], err));
          if (next < tasks.length && respawns-- > 0) {
            start();
            return;
          }
        }
        // The thread could not start at all (or keeps dying): run the rest here.
        if (task !== null) finish(task, local(task));
        while (next < tasks.length) {
          const i = next++;
          finish(i, local(i));
        }
      };
      worker.on('error', died);
      worker.on('exit', (code) => {
        if (current !== null) died(new Error(`worker exited with code ${code}`));
      });
      if (spare && spare.failure !== null) return died(spare.failure);
      feed();
    };
    for (let i = 0; i < count && i < tasks.length; i++) start();
    release(spares);
  });
}
