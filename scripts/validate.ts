// `npm run validate -- FILE…`: checks event-graph files from the command line (for CI and authors).
// Prints `FILE: ok (N events, M warnings)` or one line per problem; exits 1 if any file has an error.
import { readFile } from 'node:fs/promises';
import { validateFiles } from './validate-files.ts';

process.exitCode = await validateFiles(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  print: (line) => console.log(line),
  printUsage: (line) => console.error(line),
});
