// Linting many drafts (or a few big ones) in worker threads. The workers run
// the very script the CLI was started from (esbuild bundles everything into
// one file), recognise themselves by a marker in workerData, and lint one file
// per message so a big file does not hold up a queue of small ones. Results
// are put back in argument order, so output never depends on timing.

import * as os from 'node:os';
import { Worker, parentPort, workerData, isMainThread } from 'node:worker_threads';
import type { FileEntry } from './files';
import { failed, lintFile, type FileResult, type TaskOptions } from './lint-file';
import { t } from './messages';

const MARKER = 'govReportLintWorker';

interface WorkerInit {
  [MARKER]: true;
  options: TaskOptions;
}

interface TaskMessage {
  index: number;
  entry: FileEntry;
}

interface ResultMessage {
  index: number;
  result: FileResult;
}

/** Below these, starting threads (~50 ms each) costs more than it saves. */
const MIN_FILES = 8;
const MIN_TOTAL_BYTES = 4 * 1024 * 1024;

export function isPoolWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Partial<WorkerInit>)[MARKER] === true;
}

/** How many workers to use; 0 means lint in-process. */
export function workerCount(entries: FileEntry[], jobs: number | null): number {
  if (entries.length < 2) return 0;
  if (jobs !== null) return jobs <= 1 ? 0 : Math.min(jobs, entries.length);
  const cpus = Math.min(2, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
  if (cpus < 2) return 0;
  const total = entries.reduce((s, e) => s + e.size, 0);
  if (entries.length <= MIN_FILES && total < MIN_TOTAL_BYTES) return 0;
  return Math.min(cpus, entries.length);
}

/** The body of a worker thread: lint whatever file the main thread sends. */
export function runPoolWorker(): void {
  const { options } = workerData as WorkerInit;
  const port = parentPort;
  if (!port) return;
  port.on('message', (task: TaskMessage | null) => {
    if (task === null) {
      port.close();
      return;
    }
    const reply: ResultMessage = { index: task.index, result: lintFile(task.entry, options) };
    port.postMessage(reply);
  });
}

export function lintInWorkers(script: string, entries: FileEntry[], options: TaskOptions, count: number): Promise<FileResult[]> {
  return new Promise((resolve) => {
    const results: (FileResult | undefined)[] = new Array(entries.length);
    let next = 0;
    let done = 0;
    // Each lost worker is replaced, but a crash that repeats on every file
    // must not spawn threads forever.
    let respawns = entries.length;
    const finish = (index: number, result: FileResult) => {
      if (results[index] !== undefined) return;
      results[index] = result;
      done++;
      if (done === entries.length) resolve(results as FileResult[]);
    };
    const start = () => {
      const worker = new Worker(script, { workerData: { [MARKER]: true, options } satisfies WorkerInit });
      let current: number | null = null;
      const feed = () => {
        if (next < entries.length) {
          current = next++;
          worker.postMessage({ index: current, entry: entries[current] } satisfies TaskMessage);
        } else {
          current = null;
          worker.postMessage(null);
        }
      };
      let produced = false;
      worker.on('message', (m: ResultMessage) => {
        produced = true;
        finish(m.index, m.result);
        feed();
      });
      const lost = (err: unknown) => {
        const task = current;
        current = null;
        const code = (err as { code?: string } | null)?.code;
        if (task !== null && (produced || code === 'ERR_WORKER_OUT_OF_MEMORY')) {
          // The file itself broke a working thread (e.g. memory): report it, carry on.
          const m = (err instanceof Error ? err.message : String(err)).split('\n')[0];
          finish(task, failed(entries[task].file, t(options.locale, `内部错误：${m}`, `internal error: ${m}`)));
          if (next < entries.length && respawns-- > 0) {
            start();
            return;
          }
        }
        // The thread could not start at all (or keeps dying): lint the rest here.
        if (task !== null) finish(task, lintFile(entries[task], options));
        while (next < entries.length) {
          const i = next++;
          finish(i, lintFile(entries[i], options));
        }
      };
      worker.on('error', lost);
      worker.on('exit', (code) => {
        if (current !== null) lost(new Error(`worker exited with code ${code}`));
      });
      feed();
    };
    for (let i = 0; i < count && i < entries.length; i++) start();
  });
}
