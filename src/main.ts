// Starts the app on the page, seeded from the page URL. The dataset's fetch starts at once, before the
// app is mounted (a small file is parsed on the page: early-load.ts). A page whose HTML already holds
// the app's first drawing of this dataset (npm run build, npm run site: data-prerendered on #app) is
// taken over as it is (hydrate), once the data is in and what the chart's layout needs from it is
// worked out (take-over.ts), so nothing on it moves or loses focus (the chart, a root of its own, in a
// task after the rest's: separate-root.ts); any other
// page is mounted in a task of its own, after the script has been evaluated.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { exactOrigin } from './lib/dom/embed-protocol.ts';
import { readUrlView, type UrlView } from './lib/state/url-state.ts';
import { resolveSourceParam, type DatasetSource } from './lib/data/dataset-source.ts';
import { dropEarlyLoad, loadSmallFileNow } from './lib/data/early-load.ts';
import { setTakingOver } from './lib/dom/prerendered-page.ts';
import { replayEarlyPresses, takeEarlyPresses } from './lib/dom/early-presses.ts';
import { prepareTakeOver } from './lib/components/take-over.ts';
import { takeOverParts } from './lib/components/separate-root.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app" to mount Sourceline in.');
const { view, ignored } = readUrlView(location.search);
// A site may pin the page that embeds it in index.html (<div id="app" data-parent-origin="https://…">):
// then no link can name another.
const pinnedParent = exactOrigin(target.dataset.parentOrigin);
/** The `?src=` the page's HTML was drawn for ('' for the default story), or null when it holds no drawing. */
const prerendered = target.dataset.prerendered ?? null;
// A site written for one file (npm run site) shows that file when the link names none.
const src = view.src ?? (prerendered || null);
const initial: UrlView = { ...view, src, ...(pinnedParent ? { parentOrigin: pinnedParent } : {}) };

let source: DatasetSource | null = null;
try {
  source = resolveSourceParam(src, location.href);
} catch {
  // The app says why the address was refused.
}
// Not for a live story (its loads carry validators: the worker makes them) nor a file from this computer.
const early = source && !view.live && !(view.src === null && view.file) ? loadSmallFileNow(source, location.href) : null;
if (!early) dropEarlyLoad();

// A ?file= (from the reader's computer, kept in the tab) is not the drawn story either.
const canTakeOver = prerendered !== null && (src ?? '') === prerendered && !(view.src === null && view.file) && !view.embed && !view.present && !view.presenter;

async function start() {
  if (canTakeOver && early) {
    const preloaded = await early;
    if (preloaded) {
      // What the take-over's layout needs from the data, worked out first in tasks of its own (take-over.ts).
      // A fault here (a browser that cannot measure text) is met again by the chart, which says so.
      await prepareTakeOver(preloaded.graph).catch(() => undefined);
      let taken = false;
      setTakingOver(true);
      try {
        performance.mark('sourceline:hydrating');
        hydrate(App, { target: target!, props: { initial, ignored, preloaded } });
        taken = true;
      } catch (error) {
        // Never a page that looks drawn but does not answer: start afresh below.
        console.error('Sourceline could not take the drawn page over; drawing it again:', error);
      } finally {
        setTakingOver(false);
      }
      if (taken) {
        // The page answers now; presses on a part not yet taken over are kept till it is (start-early.js).
        document.documentElement.dataset.app = '';
        // The parts drawn as roots of their own (the chart, its marks), each in a task of its own.
        await takeOverParts();
        performance.mark('sourceline:hydrated');
        // What the reader pressed on the drawing before now, done now that the app answers.
        setTimeout(replayEarlyPresses, 0);
        return;
      }
    }
  }
  // Drawn for another view, or the data did not come: start afresh (the app shows what went wrong).
  if (prerendered !== null) {
    // Presses on the drawing are lost with it (what the reader sees now is drawn anew).
    takeEarlyPresses();
    target!.replaceChildren();
  }
  setTimeout(() => {
    // Set first: a drawing hidden for another view hides #app until then (app.css), and the app measures it as it mounts.
    document.documentElement.dataset.app = '';
    mount(App, { target: target!, props: { initial, ignored, early } });
  }, 0);
}
void start();
