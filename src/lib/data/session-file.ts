// A file opened from the reader's computer, kept in this tab's sessionStorage so that a reload opens
// it again (the page cannot read it from disk a second time). Text formats only, up to 1 MB: past
// that, or with storage refused, the reload says why the file is not shown. sessionStorage writes
// at once, on the page's thread: a megabyte is a few milliseconds, four were a 50 ms task.

const KEY = 'sourceline:local-file';
const TEXT_KEY = 'sourceline:local-file-text';
/** The largest file kept (its text is written in one go, on the page's thread). */
export const KEEP_LIMIT_BYTES = 1_000_000;
const TEXT_FILE = /\.(json|csv|tsv|txt)$/i;

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // A sandboxed frame throws on the property itself.
  }
}

/** Keeps the file for a reload of this tab; false when it could not be (too large, not text, storage refused). */
export async function keepLocalFile(file: File, store: Storage | null = storage()): Promise<boolean> {
  if (!store) return false;
  try {
    store.removeItem(KEY);
    store.removeItem(TEXT_KEY);
    if (file.size > KEEP_LIMIT_BYTES || !TEXT_FILE.test(file.name)) return false;
    store.setItem(TEXT_KEY, await file.text());
    store.setItem(KEY, JSON.stringify({ name: file.name, type: file.type }));
    return true;
  } catch {
    return false;
  }
}

/** The file kept under this name, or null. */
export function keptLocalFile(name: string, store: Storage | null = storage()): File | null {
  try {
    const kept: unknown = JSON.parse(store?.getItem(KEY) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return null;
    const { name: keptName, type } = kept as Record<string, unknown>;
    const text = store?.getItem(TEXT_KEY);
    if (keptName !== name || typeof text !== 'string') return null;
    return new File([text], name, { type: typeof type === 'string' ? type : '' });
  } catch {
    return null;
  }
}

/** What the page says when a link names a file from the reader's computer that this tab did not keep. */
export function lostFileProblem(name: string) {
  return {
    severity: 'error' as const,
    path: 'file',
    message: `${name} was opened from this computer, and the page cannot read it again (this tab keeps files of up to 1 MB of text, when its storage is allowed)`,
    fix: 'open it again with Open file, or drop it on the page. The default story is shown instead.',
  };
}
