// Entry of the `gov-report-lint` command (bundled to server/out/cli.js). The
// same file is also the body of the worker threads, so it first asks which of
// the two it is. Nothing escapes as a stack trace: failures are one line, exit 2.

import { escapeControls } from './cli/escape';
import { main } from './cli/main';
import { isPoolWorker, runPoolWorker } from './cli/pool';
import { MAX_FILE_BYTES } from './cli/read-file';

function oneLine(err: unknown): string {
  return escapeControls((err instanceof Error ? err.message : String(err)).split('\n')[0]);
}

/** All of standard input, or null past the size a draft may have (reading stops there). */
function readStdin(): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stdin = process.stdin;
    stdin.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_FILE_BYTES) {
        stdin.destroy();
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    stdin.on('end', () => resolve(Buffer.concat(chunks)));
    stdin.on('error', reject);
  });
}

function colorWanted(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
}

if (isPoolWorker()) {
  runPoolWorker();
} else {
  // A reader that stops early (`| head`) is not an error worth a trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`gov-report-lint: ${oneLine(err)}\n`);
    process.exit(2);
  });
  const io = {
    out: (s: string | Uint8Array) => void process.stdout.write(s),
    err: (s: string) => void process.stderr.write(s),
    color: colorWanted(),
    stdin: readStdin,
  };
  main(process.argv.slice(2), __filename, io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`gov-report-lint: ${oneLine(err)}\n`);
      process.exitCode = 2;
    },
  );
}
