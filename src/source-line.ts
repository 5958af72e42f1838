// <source-line src="story.json" event="id" live>: the Sourceline timeline inside any page, in an open
// shadow root that the page's CSS does not reach and the app's CSS does not leave. Defined once,
// however many times the script is included; never touches the page's URL or history.
import { mount, unmount } from 'svelte';
import App from './App.svelte';
import appCss from './app.css?inline';
import { DEFAULT_DATASET } from './lib/data/dataset-source.ts';
import { FRAME_CLASS, shadowStyles } from './source-line-styles.ts';

export const TAG = 'source-line';

interface SourceLineProps {
  readonly src: string;
  readonly event: string | null;
  readonly embed: boolean;
  readonly pageUrl: string;
  /** The full app, published beside this script: where "Open in Sourceline" goes. */
  readonly appUrl: string;
  /** `live` or `live="30"`: the story's file is asked for again every 60 (or 30) seconds (live-param.ts). */
  readonly live: string | null;
}

// One stylesheet shared by every element on the page (component styles are added by Svelte, which
// appends each component's <style> to the shadow root it renders in: compiled with css: 'injected').
let sharedSheet: CSSStyleSheet | null = null;

function adoptAppStyles(shadow: ShadowRoot) {
  const css = shadowStyles(appCss);
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(css);
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sharedSheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

class SourceLineElement extends HTMLElement {
  static readonly observedAttributes = ['src', 'event', 'embed', 'live'];

  readonly #frame: HTMLDivElement;
  #app: ReturnType<typeof mount> | null = null;
  #mountedKey: string | null = null;
  #scheduled = false;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    adoptAppStyles(shadow);
    this.#frame = document.createElement('div');
    this.#frame.className = FRAME_CLASS;
    shadow.append(this.#frame);
  }

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null) {
    if (before !== after) this.#schedule();
  }

  /** The app's props from the attributes; relative `src` resolves against the host page. */
  #props(): SourceLineProps {
    const src = this.getAttribute('src')?.trim();
    const embed = this.getAttribute('embed');
    return {
      // Without `src`, the story published beside this script (not beside the host page).
      src: src ? src : new URL(DEFAULT_DATASET, import.meta.url).href,
      event: this.getAttribute('event')?.trim() || null,
      embed: embed === null || embed.trim().toLowerCase() !== 'false',
      pageUrl: document.baseURI,
      appUrl: new URL('./', import.meta.url).href,
      live: this.getAttribute('live'),
    };
  }

  /**
   * Brings the app in line with the attributes once the current task's changes are all made (setting
   * `src` and `event` together mounts once; moving the element in the page does not remount it).
   */
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#update();
    });
  }

  #update() {
    const props = this.isConnected ? this.#props() : null;
    const key = props && JSON.stringify(props);
    if (key === this.#mountedKey) return;
    if (this.#app) void unmount(this.#app);
    this.#app = null;
    this.#mountedKey = key;
    // The app reads its dataset and event once, as the page reads its URL: a change is a new app.
    if (props) this.#app = mount(App, { target: this.#frame, props: { ...props, syncUrl: false } });
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, SourceLineElement);
