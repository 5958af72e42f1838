// Opening a local file (picked or dropped): refused at once when it plainly is not a dataset (an
// image, too big), saying why and keeping the dataset shown; else opened.
import { refuseFile } from '../data/read-body.ts';
import type { LoadState } from '../state/load-state.svelte.ts';

export function openLocalFile(load: LoadState, file: File) {
  const refusal = refuseFile(file);
  if (refusal) load.refuse(refusal.problems[0]!);
  else load.open({ kind: 'file', file });
}
