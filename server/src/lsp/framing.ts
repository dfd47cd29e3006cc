// Reads JSON-RPC messages from a byte stream (stdio), and survives a client
// that frames one wrongly. vscode-jsonrpc's StreamMessageReader trusts every
// Content-Length: one too large swallows the messages after it while it waits
// for bytes, one too small turns the rest of the body into a "header" that eats
// the next real one, and a malformed header stops reading until more data
// comes. Its errors go to an event the language server library never
// listens to, so the server goes deaf without a word.
//
// Recovery rests on two facts. A raw CRLF never occurs inside a JSON string,
// and a header's words never occur outside one, so `Content-Length: <n>` on a
// line of its own followed by an empty line can only be the start of the next
// message. And where a JSON object ends can be found by counting braces
// outside strings. Hence:
// - Content-Length too large: the body ends where the next header starts (or,
//   when all its bytes are in, where its object closes; the rest is put back);
//   the message is delivered and reading goes on.
// - Content-Length too small: the body is not JSON; reading goes on until its
//   object closes, and the message is delivered.
// - Malformed header, or none with a Content-Length: the body after it is read
//   as far as its object goes, and delivered.
// - No header at all: a JSON object is the message; other bytes are skipped
//   up to the next header.
// - Content-Length too large with nothing after it: nothing can tell where the
//   message ends; after a quiet while the wait is logged, and the next message
//   the client sends ends it.
// Every one of these is logged; bytes that are no message are dropped.

import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, type DataCallback, type Message, type MessageReader } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** A header block (at most one Content-Type before Content-Length) ending where the text ends. */
const HEADER_BLOCK = /(?:content-type:[^\r\n]*\r\n)?content-length:[ \t]*\d+[ \t]*(?:\r\n[!#$%&'*+.^_`|~0-9a-z-]+:[^\r\n]*)*$/i;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
/** Longest header block looked at; real ones are under 100 bytes. */
const MAX_HEADER = 1024;
/** A message of unknown length is given up on (and its bytes dropped) beyond this. */
const MAX_UNFRAMED = 64 * 1024 * 1024;

/**
 * Reading a body of unknown length: `prefix` holds what was read of it
 * already, `scan` finds where its JSON object closes, `fed` counts the bytes
 * after `start` given to it.
 */
interface Unframed {
  kind: 'unframed';
  prefix: Buffer;
  why: string;
  scan: JsonEnd;
  fed: number;
}

type State = { kind: 'header' } | { kind: 'body'; length: number } | Unframed;

function unframed(view: Buffer, why: string): Unframed {
  // Kept across reads, while the reader's buffer is reused: a copy.
  const prefix = Buffer.from(view);
  const scan = new JsonEnd();
  scan.feed(prefix, 0, prefix.length);
  return { kind: 'unframed', prefix, why, scan, fed: 0 };
}

/**
 * Finds where the JSON object a byte stream starts with closes, fed a piece
 * at a time. Bytes of multi-byte UTF-8 characters are all ≥ 0x80, so looking
 * at single bytes for braces, quotes and backslashes is exact.
 */
class JsonEnd {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The stream does not start with an object: it never closes. */
  private failed = false;

  /** Index just past the object's closing brace, if it lies in [from, to); else -1. */
  feed(buf: Buffer, from: number, to: number): number {
    for (let i = from; i < to && !this.failed; i++) {
      const b = buf[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === 0x5c) this.escaped = true;
        else if (b === 0x22) this.inString = false;
      } else if (this.depth === 0) {
        if (b === 0x7b) this.depth = 1;
        else if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) this.failed = true;
      } else if (b === 0x22) {
        this.inString = true;
      } else if (b === 0x7b || b === 0x5b) {
        this.depth++;
      } else if ((b === 0x7d || b === 0x5d) && --this.depth === 0) {
        return i + 1;
      }
    }
    return -1;
  }
}

export interface FramingOptions {
  log(message: string): void;
  /** Log a message that stays incomplete this long without new bytes (0: never). */
  partialMessageMs: number;
}

export class ResyncingMessageReader extends AbstractMessageReader implements MessageReader {
  private buf = Buffer.allocUnsafe(64 * 1024);
  private start = 0;
  private end = 0;
  private state: State = { kind: 'header' };
  /** Bytes after `start` already searched for a header that did not contain one. */
  private searched = 0;
  private callback: DataCallback | null = null;
  private partialTimer: NodeJS.Timeout | undefined;

  constructor(
    private readable: Readable,
    private options: FramingOptions,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (d: Buffer) => this.onData(d);
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('close', onClose);
      clearTimeout(this.partialTimer);
    });
  }

  private onData(data: Buffer): void {
    this.append(data);
    try {
      this.parse();
    } catch (err) {
      // A bug here must not lose the stream: start over at the next header.
      this.options.log(`framing: reader failed (${err instanceof Error ? err.message : String(err)}); resynchronising`);
      this.state = unframed(Buffer.alloc(0), 'reader error');
    }
    this.armPartialTimer();
  }

  /** Runs the state machine until a step neither consumes bytes nor changes state (it needs more data). */
  private parse(): void {
    for (;;) {
      const { start, state } = this;
      if (state.kind === 'header') this.readHeader();
      else if (state.kind === 'body') this.readBody(state.length);
      else this.readUnframed(state);
      if (this.start === start && this.state === state) return;
    }
  }

  private readHeader(): void {
    // Blank lines between messages are harmless.
    while (this.start < this.end && (this.buf[this.start] === 13 || this.buf[this.start] === 10)) this.start++;
    if (this.start === this.end) return;
    // Not even the start of a header (raw JSON, junk before a header): read it as a body of unknown length.
    if (!couldStartHeader(this.buf.toString('latin1', this.start, Math.min(this.end, this.start + MAX_HEADER)))) {
      return this.skipGarbage('bytes that are not a message header');
    }
    const e = this.data().indexOf(HEADER_END, this.start);
    if (e < 0) {
      if (this.end - this.start > MAX_HEADER) this.skipGarbage('a header longer than any real one');
      return;
    }
    const block = this.buf.toString('latin1', this.start, e);
    const length = headerLength(block);
    this.start = e + 4;
    this.searched = 0;
    if (typeof length === 'number') {
      this.state = { kind: 'body', length };
      return;
    }
    this.options.log(`framing: ${length}; reading the message after it as far as its JSON object goes`);
    this.state = unframed(Buffer.alloc(0), length);
  }

  private readBody(length: number): void {
    const have = this.end - this.start;
    // Content-Length too large: the next message's header turns up inside the body.
    const next = this.findHeader(Math.min(have, length));
    if (next >= 0 && next - this.start < length) {
      const body = this.take(next - this.start);
      const why = `Content-Length ${length} is larger than the message (the next header follows after ${body.length} bytes)`;
      this.state = { kind: 'header' };
      this.deliverRecovered(body, why);
      return;
    }
    if (have < length) return;
    const body = this.take(length);
    this.state = { kind: 'header' };
    const message = parseMessage(body);
    if (message) return this.callback?.(message);
    const scan = new JsonEnd();
    const close = scan.feed(body, 0, body.length);
    if (close >= 0) {
      // A whole message and more: the rest belongs to what follows (a header not yet complete when the body was).
      this.start -= length - close;
      this.deliverRecovered(body.subarray(0, close), `Content-Length ${length} is larger than the message (${length - close} bytes more)`);
      return;
    }
    // Content-Length too small (or a broken body): read on until its object closes, or a header comes.
    const why = `the ${length} bytes announced by Content-Length are not a JSON message`;
    this.options.log(`framing: ${why}; reading on to the end of its JSON object or the next header`);
    this.state = unframed(body, why);
  }

  /** A body of unknown length: the first complete JSON object, or (when a header comes first) nothing. */
  private readUnframed(state: Unframed): void {
    const next = this.findHeader(this.end - this.start);
    const limit = next >= 0 ? next : this.end;
    const close = state.scan.feed(this.buf, this.start + state.fed, limit);
    state.fed = limit - this.start;
    if (close >= 0) {
      const body = Buffer.concat([state.prefix, this.take(close - this.start)]);
      this.state = { kind: 'header' };
      this.deliverRecovered(body, state.why);
      return;
    }
    if (next >= 0) {
      const dropped = state.prefix.length + this.take(next - this.start).length;
      this.state = { kind: 'header' };
      if (dropped > 0) this.options.log(`framing: ${state.why}; dropped ${dropped} bytes that are not a JSON message`);
      return;
    }
    if (state.prefix.length + this.end - this.start > MAX_UNFRAMED) {
      // Keep the tail: a header may be arriving across the cut.
      const keep = Math.min(MAX_HEADER, this.end - this.start);
      const dropped = state.prefix.length + this.take(this.end - this.start - keep).length;
      this.options.log(`framing: dropped ${dropped} bytes without a message header (${state.why})`);
      this.state = unframed(Buffer.alloc(0), state.why);
    }
  }

  private deliverRecovered(body: Buffer, why: string): void {
    const message = parseMessage(body);
    if (message) {
      this.options.log(`framing: ${why}; recovered the message (${body.length} bytes)`);
      this.callback?.(message);
    } else {
      this.options.log(`framing: ${why}; dropped ${body.length} bytes that are not a JSON message: ${preview(body.toString('utf8', 0, 200))}`);
    }
  }

  /**
   * Start of the next complete header block that starts less than `limit`
   * bytes after `start`, or -1. Bytes already searched are not searched again.
   */
  private findHeader(limit: number): number {
    let from = this.start + Math.max(0, this.searched - 3);
    const stop = Math.min(this.end, this.start + limit);
    const data = this.data();
    for (;;) {
      const e = data.indexOf(HEADER_END, from);
      if (e < 0) break;
      const lo = Math.max(this.start, e - MAX_HEADER);
      const m = HEADER_BLOCK.exec(this.buf.toString('latin1', lo, e));
      if (m && lo + m.index < stop) return lo + m.index;
      if (e >= stop) break;
      from = e + 1;
    }
    this.searched = Math.max(0, Math.min(stop, this.end) - this.start);
    return -1;
  }

  private skipGarbage(why: string): void {
    this.searched = 0;
    this.state = unframed(Buffer.alloc(0), why);
    this.options.log(
      `framing: ${why} (${preview(this.buf.toString('utf8', this.start, Math.min(this.end, this.start + 80)))}); resynchronising on the next Content-Length header`,
    );
  }

  /** The buffered bytes, from index 0 (only those from `start` on are unread). */
  private data(): Buffer {
    return this.buf.subarray(0, this.end);
  }

  /** Removes and returns the next n bytes: a view, valid until more data is appended. */
  private take(n: number): Buffer {
    const out = this.buf.subarray(this.start, this.start + n);
    this.start += n;
    this.searched = 0;
    return out;
  }

  private append(data: Buffer): void {
    if (this.start === this.end) {
      this.start = this.end = 0;
      // After a huge message, do not keep its buffer for ever.
      if (this.buf.length > 1024 * 1024 && data.length < 64 * 1024) this.buf = Buffer.allocUnsafe(64 * 1024);
    }
    if (this.end + data.length > this.buf.length) {
      const used = this.end - this.start;
      const size = Math.max(this.buf.length, 64 * 1024);
      const next = used + data.length > size / 2 ? Buffer.allocUnsafe(Math.max(size * 2, used + data.length)) : this.buf;
      this.buf.copy(next, 0, this.start, this.end);
      this.buf = next;
      this.start = 0;
      this.end = used;
    }
    data.copy(this.buf, this.end);
    this.end += data.length;
  }

  /** Says so when a message stays incomplete: usually a Content-Length larger than what was sent. */
  private armPartialTimer(): void {
    clearTimeout(this.partialTimer);
    const ms = this.options.partialMessageMs;
    if (ms <= 0 || this.state.kind !== 'body') return;
    const { length } = this.state;
    this.partialTimer = setTimeout(() => {
      if (this.state.kind !== 'body') return;
      this.options.log(
        `framing: waited ${ms} ms for the rest of a message: got ${this.end - this.start} of the ${length} bytes its Content-Length announced; ` +
          'if it is too large, the message is recovered when the next one arrives',
      );
    }, ms);
    this.partialTimer.unref();
  }
}

/** The Content-Length of a well-formed header block, or why it is not one. */
function headerLength(block: string): number | string {
  let length: number | null = null;
  for (const line of block.split('\r\n')) {
    const m = HEADER_LINE.exec(line);
    if (!m) return `malformed header line ${preview(line)}`;
    if (m[1].toLowerCase() !== 'content-length') continue;
    if (!/^\d+$/.test(m[2]) || !Number.isSafeInteger(Number(m[2]))) return `Content-Length ${preview(m[2])} is not a byte count`;
    length = Number(m[2]);
  }
  return length ?? `header without Content-Length: ${preview(block)}`;
}

/** Could these bytes be the beginning of a header: does the first line (so far) read `Name: value`? */
function couldStartHeader(text: string): boolean {
  const firstLine = text.split('\r\n')[0];
  return /^[!#$%&'*+.^_`|~0-9A-Za-z-]*(?::[^\r\n]*)?\r?$/.test(firstLine);
}

function parseMessage(body: Buffer): Message | null {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Message) : null;
  } catch {
    return null;
  }
}

function preview(s: string): string {
  const flat = JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
  return flat;
}
