// The saved theme where storage works, and where it throws (a sandboxed <iframe> without allow-same-origin).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { savedTheme, saveTheme } from './color-scheme.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the saved theme', () => {
  it('is kept where storage works', () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => store.set(key, value),
      removeItem: (key: string) => store.delete(key),
    });
    saveTheme('dark');
    expect(savedTheme()).toBe('dark');
    saveTheme('system');
    expect(store.size).toBe(0);
    expect(savedTheme()).toBe('system');
  });

  it('falls back to the system’s when storage refuses, without throwing', () => {
    const refuse = () => {
      throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
    };
    // In such a frame even reading window.localStorage throws.
    Object.defineProperty(globalThis, 'localStorage', { get: refuse, configurable: true });
    try {
      expect(savedTheme()).toBe('system');
      expect(() => saveTheme('dark')).not.toThrow();
      expect(() => saveTheme('system')).not.toThrow();
    } finally {
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
