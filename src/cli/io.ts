export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
