/** A problem with a file the user named, told in Danish. `usage` problems are the caller's mistake (exit 2). */
export class FileProblem extends Error {
  constructor(
    message: string,
    readonly kind: 'usage' | 'input' = 'input',
  ) {
    super(message);
  }
}
