// @vitest-environment happy-dom
// Property test of the real components (DetailsPanel with its quotes, links and citations; ListView;
// a timeline mark's label): any string a data file puts in a title, summary, place, tag, quote,
// speaker, source or actor is shown as that same literal text, and creates no element or attribute
// (markup, `{@html}`, entities and bidi controls included); no link leads anywhere but http(s).
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/svelte';
import fc from 'fast-check';
import type { Component } from 'svelte';
import smallGraph from '../model/small-graph.fixture.json';
import type { EventGraph } from '../model/graph.ts';
import type { MarkView } from '../layout/timeline-layout.ts';
import { EventGraphError } from '../model/problems.ts';
import { validateEventGraph } from '../model/validate.ts';
import { createAppState } from '../state/app-state.svelte.ts';
import DetailsPanel from './DetailsPanel.svelte';
import ListView from './ListView.svelte';
import TimelineMark from './TimelineMark.svelte';
import WithAppState from './testing/WithAppState.svelte';

const PLACEHOLDER = 'Placeholder';

/** The small graph with `text` in every free-text field the details, the list and the citations show. */
function graphWith(text: string, url?: string): EventGraph | null {
  const data = structuredClone(smallGraph) as Record<string, unknown> & typeof smallGraph;
  const summit = data.events[0]! as Record<string, unknown>;
  Object.assign(summit, { title: text, summary: text, place: text, tags: [text, 'summit'] });
  (data.events[1]! as Record<string, unknown>).title = text;
  data.actors[0]!.name = text;
  Object.assign(data.sources[0]!, { title: text, publisher: text, author: text });
  Object.assign(data.sources[2]!, { publisher: text, ...(url === undefined ? {} : { url }) });
  Object.assign(data.quotes[0]!, { text, speaker: text, speakerRole: text });
  Object.assign(data.quotes[1]!, { speaker: text });
  Object.assign(data.links[0]!, { label: text });
  try {
    return validateEventGraph(data).graph;
  } catch (caught) {
    if (caught instanceof EventGraphError) return null;
    throw caught;
  }
}

const app = () => createAppState({ kind: 'url', href: 'http://localhost/data/story.json', param: 'data/story.json' });

/** What a render drew: every element's tag and attribute names, in document order, and its text. */
function shape(root: Element) {
  const elements = [...root.querySelectorAll('*')];
  return {
    elements: elements.map(
      (e) => `${e.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg:' : ''}${e.tagName.toLowerCase()}[${e.getAttributeNames().sort().join(' ')}]`,
    ),
    hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    exact: (text: string) => elements.filter((e) => e.textContent === text).length,
  };
}

type Scene = (graph: EventGraph, text: string) => Element;

const mount = <P extends Record<string, unknown>>(component: Component<P>, props: P) =>
  render(WithAppState, { props: { app: app(), component: component as Component<Record<string, unknown>>, props } }).container;

const SCENES: Record<string, Scene> = {
  'the details of the event with the text everywhere': (graph) => mount(DetailsPanel, { graph, event: graph.eventById.get('bucharest-summit')! }),
  'the details of an event the quote is about': (graph) => mount(DetailsPanel, { graph, event: graph.eventById.get('putin-speech')! }),
  'the list view': (graph) => mount(ListView, { graph }),
  'a timeline mark and its label': (graph, text) => {
    const event = graph.eventById.get('putin-speech')!;
    const mark: MarkView = {
      laneEvent: { event, isRange: false, row: 0, weight: 1 },
      laneId: 'lane',
      x0Px: 100,
      x1Px: 100,
      spanX0Px: 90,
      spanX1Px: 120,
      yPx: 40,
      label: { text, xPx: 110, yPx: 20, widthPx: 80, leaderXPx: 100 },
    };
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    render(TimelineMark, { target: svg, props: { mark, color: undefined, name: text, selected: false, dimmed: false, tabbable: true, onselect: () => {} } });
    return svg;
  },
};

/** Strings a data file might hold: any Unicode, markup, Svelte and template syntax, entities, bidi and zero-width controls. */
const hostile = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '{@html "<b>x</b>"}',
      '{x}',
      '${x}',
      '{{x}}',
      '&amp;',
      '&lt;b&gt;',
      '&#60;i&#62;',
      '<b>bold</b>',
      '</bdi></p><p>',
      '<!-- x -->',
      ']]>',
      '<svg onload=alert(1)>',
      '"><a href="javascript:alert(1)">x</a>',
      '\u202Eevil\u202C',
      '\u2067isolate\u2069',
      'a\u200Bb',
      '\u0000',
      'Ω≈ç√∫',
      '👩‍👩‍👧‍👦',
      'javascript:alert(1)',
    ),
    fc
      .tuple(fc.constantFrom('<', '</', '&', '{', '{@', '\u202E'), fc.string({ maxLength: 10 }), fc.constantFrom('>', ';', '}', ''))
      .map((parts) => parts.join('')),
  )
  .filter((text) => text.trim() !== '');

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('text from the data is shown literally and creates no elements', { timeout: 60_000 }, () => {
  const plain = graphWith(PLACEHOLDER)!;

  it.each(Object.entries(SCENES))('%s', (_, scene) => {
    const expected = shape(scene(plain, PLACEHOLDER));
    cleanup();
    document.body.replaceChildren();
    expect(expected.exact(PLACEHOLDER)).toBeGreaterThan(0);
    let checked = 0;
    fc.assert(
      fc.property(hostile, (text) => {
        const graph = graphWith(text);
        fc.pre(graph !== null);
        try {
          const root = scene(graph, text);
          const got = shape(root);
          expect(got.elements).toEqual(expected.elements);
          expect(root.textContent).toContain(text);
          // Each place the placeholder filled an element on its own, the string fills it exactly.
          expect(got.exact(text)).toBeGreaterThanOrEqual(expected.exact(PLACEHOLDER));
          expect(got.hrefs).toEqual(expected.hrefs);
          checked++;
        } finally {
          cleanup();
          document.body.replaceChildren();
        }
      }),
      { seed: 20260301, numRuns: 50 },
    );
    expect(checked).toBeGreaterThan(40);
  });
});

describe('a source URL from the data becomes a link only when it is http(s)', { timeout: 60_000 }, () => {
  const url = fc.oneof(
    fc.webUrl(),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'https://user:pw@evil.example/',
      'HTTPS://EXAMPLE.ORG/',
      'http://[::1]/',
      'https://example.org/<script>',
    ),
  );

  it('whatever the URL, every a[href] on the page is http: or https:', () => {
    let linked = 0;
    fc.assert(
      fc.property(url, (href) => {
        const graph = graphWith(PLACEHOLDER, href);
        fc.pre(graph !== null);
        try {
          const root = SCENES['the details of an event the quote is about']!(graph, PLACEHOLDER);
          for (const a of root.querySelectorAll('a')) {
            expect(new URL(a.getAttribute('href')!).protocol).toMatch(/^https?:$/);
            expect(a.getAttribute('rel')).toContain('noopener');
          }
          if (root.querySelector('[data-source-id="kommersant-2008-04-07"] a')) linked++;
        } finally {
          cleanup();
          document.body.replaceChildren();
        }
      }),
      { seed: 1, numRuns: 60 },
    );
    expect(linked).toBeGreaterThan(0);
  });
});
