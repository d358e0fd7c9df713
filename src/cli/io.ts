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
  installed = { out: guard(process.stdout, 'stdout'), err: guard(process.stderr, 'stderr') };
  return installed;
}
