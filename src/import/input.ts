/**
 * Files as researchers have them, read safely: a size cap (so `/dev/zero` or a runaway file is
 * refused, not read forever), UTF-8 with or without a byte-order mark, UTF-16 with one, and
 * Latin-1 (Windows-1252) when the bytes are not UTF-8, said in a warning. And text for the
 * terminal: what a file holds is never printed with its control characters.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The largest file the importer reads: far beyond any bibliography or resume. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface Decoded {
  text: string;
  /** The byte-order mark the file had, to write it back. */
  bom: string;
  /** Set when the file was not UTF-8. */
  encoding?: string;
}

export class InputError extends Error {}

/** The file's bytes, up to the cap; never more than the cap + 1 is read. */
export function readBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    if (fstatSync(fd).isDirectory()) throw new InputError('is a directory');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_BYTES + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_INPUT_BYTES)
        throw new InputError(`is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB; not read`);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** A file of binary data: what it is, when its first bytes say. */
export class NotTextError extends InputError {
  constructor(readonly kind: string | undefined) {
    super(
      kind ? `is ${kind}, not a text file` : 'holds NUL bytes: not a text file (or UTF-16 without a byte-order mark)',
    );
  }
}

/** The kind of binary file the first bytes name, for the one line that refuses it. */
function binaryKind(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('PK\x03\x04')) return 'a zip archive';
  if (head.startsWith('%PDF-')) return 'a PDF';
  if (head.startsWith('\x1f\x8b')) return 'a gzip archive';
  return undefined;
}

export function decode(bytes: Buffer): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.subarray(3).toString('utf8'), bom: '\ufeff' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), bom: '', encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), bom: '', encoding: 'UTF-16' };
  if (bytes.includes(0)) throw new NotTextError(binaryKind(bytes));
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom: '' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), bom: '', encoding: 'Latin-1 (Windows-1252)' };
  }
}

/** Text safe to print on a terminal: control and bidi-control characters shown as escapes. */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
