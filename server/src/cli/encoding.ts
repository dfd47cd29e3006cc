// Drafts come from Word/WPS exports and web copies: UTF-8 (with or without a
// BOM), UTF-16 with a BOM, and GBK/GB18030. Decoding records exactly how the
// bytes were written so that --fix can write the file back the same way.

import * as iconv from 'iconv-lite';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface EncodingInfo {
  encoding: EncodingName;
  /** Whether the file starts with a byte-order mark (kept on write-back). */
  bom: boolean;
  /**
   * False when re-encoding the decoded text would not give back the original
   * bytes (a GBK oddity such as a lone 0x80); such a file is linted but never
   * rewritten, because a rewrite would change bytes no fix asked to change.
   */
  exact: boolean;
}

export type Decoded = { ok: true; text: string; info: EncodingInfo } | { ok: false; reason: 'binary' | 'undecodable' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(buf: Uint8Array, prefix: number[]): boolean {
  if (buf.length < prefix.length) return false;
  return prefix.every((b, i) => buf[i] === b);
}

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: the BOM is stripped by the caller, a second U+FEFF is content.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// C0 controls that never occur in a text draft. Tab, LF, VT (Word's manual
// line break), FF (page break) and CR do, so they are allowed.
const CONTROL = /[\x01-\x08\x0e-\x1f]/;

export function decode(buf: Uint8Array): Decoded {
  if (startsWith(buf, [0xff, 0xfe, 0x00, 0x00])) return { ok: false, reason: 'undecodable' }; // UTF-32LE
  if (startsWith(buf, [0xff, 0xfe]) || startsWith(buf, [0xfe, 0xff])) {
    const encoding: EncodingName = buf[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const body = buf.subarray(2);
    const text = body.length % 2 === 0 ? strict(encoding, body) : null;
    if (text === null) return { ok: false, reason: 'undecodable' };
    return { ok: true, text, info: { encoding, bom: true, exact: true } };
  }
  if (buf.includes(0)) return { ok: false, reason: 'binary' };
  const bom = startsWith(buf, UTF8_BOM);
  const body = bom ? buf.subarray(3) : buf;
  const utf8 = strict('utf-8', body);
  if (utf8 !== null) return { ok: true, text: utf8, info: { encoding: 'utf-8', bom, exact: true } };
  // A UTF-8 BOM followed by invalid UTF-8 is corrupt, not GB18030.
  if (bom) return { ok: false, reason: 'undecodable' };
  const gb = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030');
  if (gb.includes('\ufffd')) return { ok: false, reason: 'undecodable' };
  if (CONTROL.test(gb)) return { ok: false, reason: 'binary' };
  const exact = iconv.encode(gb, 'gb18030').equals(body);
  return { ok: true, text: gb, info: { encoding: 'gb18030', bom: false, exact } };
}

export function encode(text: string, info: EncodingInfo): Buffer {
  let body: Buffer;
  switch (info.encoding) {
    case 'utf-8':
      body = Buffer.from(text, 'utf8');
      break;
    case 'utf-16le':
      body = Buffer.from(text, 'utf16le');
      break;
    case 'utf-16be':
      body = Buffer.from(text, 'utf16le').swap16();
      break;
    case 'gb18030':
      body = iconv.encode(text, 'gb18030');
      break;
  }
  if (!info.bom) return body;
  const bom = info.encoding === 'utf-8' ? Buffer.from(UTF8_BOM) : info.encoding === 'utf-16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]);
  return Buffer.concat([bom, body]);
}
