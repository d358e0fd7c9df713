/**
 * Writes the catalogue of hostile and broken input (scripts/catalogue) to a directory, one folder
 * per case with its files, and catalogue.json listing each case's command line, the exit code the
 * README promises and the message it must give. The same cases run in test/catalogue.
 *
 *   npm run catalogue -- /tmp/katalog
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { CATALOGUE } from './catalogue';

async function main(target: string): Promise<void> {
  const index: unknown[] = [];
  for (const [i, c] of CATALOGUE.entries()) {
    const slug = `${String(i + 1).padStart(3, '0')}-${c.family}-${c.name
      .toLowerCase()
      .replace(/[^a-z0-9æøå]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50)}`;
    const dir = join(target, slug);
    mkdirSync(dir, { recursive: true });
    const e = await c.setup(dir);
    index.push({ case: slug, family: c.family, name: c.name, argv: ['anvisning', ...e.argv], code: e.code, message: e.message.source, writes: e.writes ?? [] });
  }
  writeFileSync(join(target, 'catalogue.json'), JSON.stringify(index, null, 2) + '\n');
  process.stdout.write(`${CATALOGUE.length} tilfælde skrevet til ${target}\n`);
}

const target = process.argv[2];
if (target === undefined) {
  process.stderr.write('Brug: npm run catalogue -- MAPPE\n');
  process.exitCode = 2;
} else {
  main(resolve(target)).catch((e) => {
    process.stderr.write(`${String(e)}\n`);
    process.exitCode = 1;
  });
}
