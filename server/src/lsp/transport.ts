// The connection to the client. Over stdio (editors other than VS Code) the
// messages are read by our own ResyncingMessageReader, which logs framing
// errors and recovers from them; VS Code talks over node IPC, where there is
// no framing to get wrong, and gets the library's default.

import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { ResyncingMessageReader } from './framing';

/** GOV_REPORT_LINT_PARTIAL_MESSAGE_MS: how long an incomplete message may sit before it is logged. */
const PARTIAL_MESSAGE_MS = 10_000;

/** `exitCode` says how to exit when the client closes stdin: 0 after a shutdown request, 1 otherwise (as the library does). */
export function createServerConnection(exitCode: () => number): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  let connection: Connection | undefined;
  const log = (m: string) => {
    // stderr as well: the client that framed its output wrongly may not read our log messages either.
    process.stderr.write(`[gov-report-lint] ${m}\n`);
    connection?.console.error(m);
  };
  const partial = Number(process.env.GOV_REPORT_LINT_PARTIAL_MESSAGE_MS);
  const reader = new ResyncingMessageReader(process.stdin, {
    log,
    partialMessageMs: Number.isFinite(partial) && partial >= 0 ? partial : PARTIAL_MESSAGE_MS,
  });
  connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
  // What createConnection does for --stdio itself, and skips when handed a reader:
  // exit with the client, and keep console output off stdout, which carries the protocol.
  const exit = () => process.exit(exitCode());
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  const c = connection;
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = (...args: unknown[]) => c.console.log(text(args));
  console.info = (...args: unknown[]) => c.console.info(text(args));
  console.warn = (...args: unknown[]) => c.console.warn(text(args));
  console.error = (...args: unknown[]) => c.console.error(text(args));
  console.debug = (...args: unknown[]) => c.console.log(text(args));
  return connection;
}
