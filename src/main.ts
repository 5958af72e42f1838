// Mounts the app on the page, seeded from the page URL. The mount runs in a task of its own, after
// the script has been evaluated: one long start-up task becomes two shorter ones, and the page can
// answer input between them.
import { mount } from 'svelte';
import App from './App.svelte';
import { exactOrigin } from './lib/dom/embed-protocol.ts';
import { readUrlView } from './lib/state/url-state.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app" to mount Sourceline in.');
const { view, ignored } = readUrlView(location.search);
// A site may pin the page that embeds it in index.html (<div id="app" data-parent-origin="https://…">):
// then no link can name another.
const pinnedParent = exactOrigin(target.dataset.parentOrigin);
setTimeout(() => mount(App, { target, props: { initial: pinnedParent ? { ...view, parentOrigin: pinnedParent } : view, ignored } }), 0);
