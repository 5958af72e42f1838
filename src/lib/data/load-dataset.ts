// Loads a dataset from where it comes from to a checked, indexed graph: read → decode → parse → validate.
// Throws EventGraphError only (besides an abort), so the page can always show what went wrong.
import { parseEventGraph } from '../model/validate.ts';
import type { EventGraph } from '../model/graph.ts';
import type { Problem } from '../model/problems.ts';
import { describeSource, type DatasetSource } from './dataset-source.ts';
import { fetchText, readFileText, type ReadOptions } from './read-body.ts';

export interface LoadedDataset {
  readonly graph: EventGraph;
  readonly warnings: readonly Problem[];
  /** The text as read, so a user can always download what was loaded. */
  readonly text: string;
}

export async function loadDatasetText(source: DatasetSource, options: ReadOptions = {}): Promise<string> {
  return source.kind === 'file' ? readFileText(source.file, options) : fetchText(source.href, describeSource(source), options);
}

export async function loadDataset(source: DatasetSource, options: ReadOptions = {}): Promise<LoadedDataset> {
  const text = await loadDatasetText(source, options);
  const { graph, warnings } = parseEventGraph(text);
  return { graph, warnings, text };
}
