// `npm run convert -- INPUT OUTPUT.json`: converts a TimelineJS file or a CSV into a Sourceline JSON
// file, printing what could not be carried over; exits 1 on errors (and writes nothing), 2 when misused.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertFile } from './convert-file.ts';

const schema = fileURLToPath(new URL('../public/schema/v1.json', import.meta.url));

process.exitCode = await convertFile(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  writeFile: (path, text) => writeFile(path, text),
  // Relative, so that the file and the repository can move together; editors resolve it from the file.
  schemaUrlFor: (output) =>
    relative(dirname(resolve(output)), schema)
      .split('\\')
      .join('/'),
  print: (line) => console.log(line),
  printUsage: (line) => console.error(line),
});
