// For tests in happy-dom: runs public/start-early.js as the page's head does, from a <script> tag with
// these attributes, with the page's globals it uses (fetch, Worker) stood in for while it runs and
// until its early fetch has settled (a parse worker is started then).
import { readFileSync } from 'node:fs';

type Globals = Partial<Pick<typeof globalThis, 'fetch' | 'Worker'>>;

export async function runStartEarly(attributes: Record<string, string>, globals: Globals): Promise<void> {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  const saved = Object.fromEntries(Object.keys(globals).map((name) => [name, globalThis[name as keyof Globals]]));
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  Object.assign(globalThis, globals);
  try {
    new Function(readFileSync('public/start-early.js', 'utf8'))();
    await (globalThis as { __sourcelineEarly?: { response: Promise<unknown> } }).__sourcelineEarly?.response;
  } finally {
    delete (document as { currentScript?: unknown }).currentScript;
    Object.assign(globalThis, saved);
  }
}
