import { readProblem, writeProblem } from '../../src/file/systemError';
import { notDanish } from '../support/danish';

const CODES = ['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'EBUSY', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG', 'ELOOP', 'EMFILE', 'ENFILE', 'EEXIST', 'EXDEV', 'EIO', 'ETXTBSY', 'EINVAL'];

/** Errors as Node makes them: the code, and English text that must not reach the user. */
const nodeError = (code: string) => Object.assign(new Error(`${code}: illegal operation on a directory, read`), { code });

test.each(CODES)("%s is told in Danish, naming the file, without Node's English", (code) => {
  for (const problem of [readProblem('/data/ledige.csv', nodeError(code)), writeProblem('/data/ud.xlsx', nodeError(code))]) {
    expect(notDanish(problem.message)).toBeNull();
    expect(problem.message).toMatch(/^(Kan ikke læse filen \/data\/ledige\.csv|Kunne ikke skrive \/data\/ud\.xlsx): /);
    expect(problem.message).not.toContain(code);
  }
});

test('a code no one has seen is named after a Danish sentence; an error without a code is a plain unexpected error', () => {
  expect(readProblem('/x.csv', nodeError('EWEIRD')).message).toBe('Kan ikke læse filen /x.csv: en uventet fejl i filsystemet (EWEIRD).');
  expect(writeProblem('/x.csv', new Error('boom')).message).toBe('Kunne ikke skrive /x.csv: en uventet fejl. Intet fra kørslen er gemt.');
});
