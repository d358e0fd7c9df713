import { fstatSync, writeSync } from 'fs';
import * as da from '../core/da';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

let installed: Io | null = null;

/**
 * stdout and stderr of the process. A reader that goes away (`anvisning … | head`) closes the pipe:
 * the next write fails with EPIPE, which Node throws as an unhandled error with a stack trace. The
 * run has nothing more to say to a closed pipe, so it ends quietly with the exit code it would have
 * had; its files were saved before anything was printed. Any other failure of the output (a full
 * disk behind `> fil`) is told in Danish on stderr, and the exit code becomes 1.
 */
export function processIo(): Io {
  if (installed !== null) return installed;
  const guard = (stream: NodeJS.WriteStream, name: 'stdout' | 'stderr') => {
    let closed = false;
    stream.on('error', (e: NodeJS.ErrnoException) => {
      closed = true;
      if (e.code === 'EPIPE') return;
      process.exitCode = Math.max(1, Number(process.exitCode ?? 0));
      if (name === 'stdout') process.stderr.write(`${da.cli.outputFailed(da.file.systemReason(e.code))}\n`);
    });
    return (text: string) => {
      if (!closed) stream.write(text);
    };
  };
  installed = { out: isPipe(1) ? pipeWriter() : guard(process.stdout, 'stdout'), err: guard(process.stderr, 'stderr') };
  return installed;
}

function isPipe(fd: number): boolean {
  try {
    const s = fstatSync(fd);
    return s.isFIFO() || s.isSocket();
  } catch {
    return false;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * stdout when it is a pipe (`anvisning … --format json | jq`). Node writes to a pipe as far as it
 * takes the bytes and queues the rest in memory: a full sheet's 200 MB of JSON, faster than the
 * reader reads, filled the heap and ended the run out of memory. Written here synchronously, as to
 * a file, waiting while the pipe is full; a closed pipe and a failure are told as processIo says.
 */
function pipeWriter(): (text: string) => void {
  let closed = false;
  return (text: string) => {
    if (closed) return;
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += writeSync(1, bytes, at, bytes.length - at);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 2);
          continue;
        }
        closed = true;
        if (code === 'EPIPE') return;
        process.exitCode = Math.max(1, Number(process.exitCode ?? 0));
        process.stderr.write(`${da.cli.outputFailed(da.file.systemReason(code))}\n`);
        return;
      }
    }
  };
}
