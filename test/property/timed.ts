// Runs lint()/fixAll() on one big input in a worker thread that is killed when
// its time budget runs out. A pathological (quadratic) case then fails in
// bounded time with a clear message, instead of stalling the whole suite.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { lint, type LintSettings } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/fix/fixAll';
import { checkLintResult } from './helpers';

interface Job {
  marker: 'timed-core-job';
  kind: 'lint' | 'fixAll';
  text: string;
  options: LintSettings;
}

interface Outcome {
  ms: number;
  error: string | null;
  /** fixAll only: whether a second run changed the text again. */
  secondChanged?: boolean;
  keptBom?: boolean;
}

function runJob(job: Job): Outcome {
  const t0 = performance.now();
  try {
    if (job.kind === 'lint') {
      const r = lint(job.text, job.options);
      const ms = performance.now() - t0;
      checkLintResult(job.text, r);
      return { ms, error: null };
    }
    const first = fixAll(job.text, job.options);
    const ms = performance.now() - t0;
    const second = fixAll(first.text, job.options);
    return { ms, error: null, secondChanged: second.changed, keptBom: first.text.startsWith('\ufeff') === job.text.startsWith('\ufeff') };
  } catch (err) {
    return { ms: performance.now() - t0, error: err instanceof Error ? err.message : String(err) };
  }
}

if (!isMainThread && (workerData as Partial<Job> | null)?.marker === 'timed-core-job') {
  parentPort?.postMessage(runJob(workerData as Job));
}

/** Resolves with the outcome, or rejects when the job outlives `timeoutMs`. */
export function runTimed(kind: Job['kind'], text: string, options: LintSettings, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const job: Job = { marker: 'timed-core-job', kind, text, options };
    const worker = new Worker(__filename, { workerData: job });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${kind} did not finish within ${Math.round(timeoutMs)} ms on ${text.length} chars`));
    }, timeoutMs);
    worker.once('message', (o: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(o);
    });
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
