// The logic of `npm run convert -- INPUT OUTPUT.json`: reads a TimelineJS JSON file, a TimelineJS
// spreadsheet or Sourceline CSV, or a Sourceline JSON file (told apart by content, as the app does),
// prints what could not be carried over, checks the result, and writes it as a Sourceline JSON file
// (pretty, "$schema" first). Takes its file access and output as arguments, so tests touch no disk.
import { decodeUtf8 } from '../src/lib/data/read-body.ts';
import { checkInput, readInput } from '../src/lib/data/import/read-input.ts';
import { FORMAT_NAMES } from '../src/lib/data/import/converted.ts';
import { eventGraphJson } from '../src/lib/model/export-data.ts';
import { formatOk, formatProblems, terminalSafe } from '../src/lib/model/format-problems.ts';
import { buildGraph } from '../src/lib/model/graph.ts';
import { EventGraphError, type Problem } from '../src/lib/model/problems.ts';
import { unreadable } from './validate-files.ts';

export interface ConvertIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** The "$schema" to name in the output: the schema's path relative to where the output is written. */
  readonly schemaUrlFor: (outputPath: string) => string;
  readonly print: (line: string) => void;
  readonly printUsage: (line: string) => void;
}

const USAGE = 'usage: npm run convert -- INPUT OUTPUT.json   (INPUT: TimelineJS JSON, TimelineJS or Sourceline CSV, or Sourceline JSON)';

/** Converts one file; returns the exit code: 0 when written (warnings or not), 1 on any error, 2 when used wrongly. */
export async function convertFile(args: readonly string[], io: ConvertIo): Promise<number> {
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    io.printUsage(USAGE);
    return 2;
  }
  const [input, output] = args as [string, string];
  // Every line escaped: the data (and the file's name) must not steer the terminal.
  const print = (line: string) => io.print(terminalSafe(line));
  const printAll = (problems: readonly Problem[]) => formatProblems(input, problems).forEach(print);
  let text: string;
  try {
    // As the app decodes: a UTF-8 byte-order mark (spreadsheets write one) is stripped; other bytes
    // that are not UTF-8 are refused with their line and column.
    text = decodeUtf8(await io.readFile(input), 'file');
  } catch (caught) {
    printAll(caught instanceof EventGraphError ? caught.problems : [unreadable(caught)]);
    return 1;
  }
  const name = input.split(/[\\/]/).pop() ?? input;
  try {
    const read = readInput(text, name);
    print(`${input}: read as ${FORMAT_NAMES[read.format]}`);
    const { data, warnings } = checkInput(read);
    printAll(warnings);
    const graph = buildGraph(data);
    await io.writeFile(output, eventGraphJson(graph, { schemaUrl: io.schemaUrlFor(output) }));
    print(`${formatOk(input, graph.events.length, warnings.length)} → ${output}`);
    return 0;
  } catch (caught) {
    if (!(caught instanceof EventGraphError)) throw caught;
    printAll(caught.problems);
    print(`${input}: not converted (${caught.message}); ${output} was not written`);
    return 1;
  }
}
