/**
 * Replacing a user's file safely: the new text goes to a temporary file beside the real one
 * (through a symlink, to its target), with the file's mode and owner, flushed to disk, then
 * renamed over it, but only if the file still holds what was read: a change made while the
 * import ran is never overwritten. A read-only file is refused. No temporary file is left
 * behind on a failure, nor on SIGINT, SIGTERM or SIGHUP (SIGKILL can end any process anywhere).
 */
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class WriteError extends Error {}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Writes `text` over `file`, which held `expected` when it was read. */
export function replaceFile(file: string, expected: Buffer, text: string): void {
  const real = realpathSync(file);
  const stat = statSync(real);
  // Owner, group and others without write permission: the user asked for it to stay as it is.
  if ((stat.mode & 0o222) === 0) throw new WriteError('is read-only; nothing was written');
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now()}.tmp`);
  // A signal while writing waits for the write to end (the handlers run after it), then exits.
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    signalled = signal;
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  let fd: number | undefined;
  let renamed = false;
  try {
    fd = openSync(temporary, 'wx', stat.mode & 0o7777);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fchmodSync(fd, stat.mode & 0o7777);
    if (fstatSync(fd).uid !== stat.uid || fstatSync(fd).gid !== stat.gid) {
      try {
        fchownSync(fd, stat.uid, stat.gid);
      } catch {
        throw new WriteError('cannot be written with its owner kept (run as its owner); nothing was written');
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (!readFileSync(real).equals(expected))
      throw new WriteError('was changed while the import ran; nothing was written (run it again)');
    renameSync(temporary, real);
    renamed = true;
  } catch (error) {
    if (error instanceof WriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteError(
      `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))}); it was left as it was`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (!renamed) {
      try {
        unlinkSync(temporary);
      } catch {
        // never created
      }
    }
    for (const signal of SIGNALS) process.off(signal, onSignal);
    if (signalled) process.kill(process.pid, signalled);
  }
}
