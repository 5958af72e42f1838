import { describe, expect, it } from 'vitest';
import { KEEP_LIMIT_BYTES, keepLocalFile, keptLocalFile, lostFileProblem } from './session-file.ts';

class MemoryStorage {
  #items = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.#items.size;
  }
  clear = () => this.#items.clear();
  getItem = (key: string) => this.#items.get(key) ?? null;
  key = (i: number) => [...this.#items.keys()][i] ?? null;
  removeItem = (key: string) => void this.#items.delete(key);
  setItem = (key: string, value: string) => {
    if (value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.#items.set(key, value);
  };
}

describe('a local file kept for a reload', () => {
  it('comes back with its name, type and every character', async () => {
    const store = new MemoryStorage();
    const text = '{"version":1,"title":"Mine – “quoted” 🙂","events":[]}';
    expect(await keepLocalFile(new File([text], 'mine.json', { type: 'application/json' }), store)).toBe(true);
    const kept = keptLocalFile('mine.json', store)!;
    expect(kept.name).toBe('mine.json');
    expect(kept.type).toBe('application/json');
    expect(await kept.text()).toBe(text);
  });
  it('is not given for another name, nor when nothing was kept', async () => {
    const store = new MemoryStorage();
    expect(keptLocalFile('mine.json', store)).toBeNull();
    await keepLocalFile(new File(['a,b'], 'one.csv'), store);
    expect(keptLocalFile('two.csv', store)).toBeNull();
  });
  it('is not kept past the limit, nor when not text, and an older one is forgotten then', async () => {
    const store = new MemoryStorage();
    await keepLocalFile(new File(['{}'], 'small.json'), store);
    expect(await keepLocalFile(new File([new Uint8Array(KEEP_LIMIT_BYTES + 1)], 'big.json'), store)).toBe(false);
    expect(keptLocalFile('small.json', store)).toBeNull();
    expect(await keepLocalFile(new File([new Uint8Array(10)], 'rows.parquet'), store)).toBe(false);
  });
  it('says false, never throws, when storage is refused or full', async () => {
    const full = new MemoryStorage();
    full.quota = 10;
    expect(await keepLocalFile(new File(['{"a":"long enough"}'], 'mine.json'), full)).toBe(false);
    expect(await keepLocalFile(new File(['{}'], 'mine.json'), null)).toBe(false);
    expect(keptLocalFile('mine.json', null)).toBeNull();
  });
  it('a file not kept is said so, with what to do', () => {
    const problem = lostFileProblem('mine.json');
    expect(problem.message).toContain('mine.json was opened from this computer');
    expect(problem.fix).toContain('Open file');
  });
});
