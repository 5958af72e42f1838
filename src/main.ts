// Mounts the app on the page, seeded from the page URL.
import { mount } from 'svelte';
import App from './App.svelte';
import { readUrlView } from './lib/state/url-state.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no element with id "app" to mount Sourceline in.');
const { view, ignored } = readUrlView(location.search);
export default mount(App, { target, props: { initial: view, ignored } });
