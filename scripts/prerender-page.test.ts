import { describe, expect, it } from 'vitest';
import { prerenderedPage, type PagePieces } from './prerender-page.ts';

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Sourceline: a zoomable timeline." />
    <title>Sourceline</title>
    <script src="./start-early.js"></script>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body>
    <div id="app"></div>
    <noscript>Sourceline needs JavaScript to draw the timeline.</noscript>
  </body>
</html>`;

const PIECES: PagePieces = {
  head: '',
  body: '<header><h1>A <story> & "more"</h1></header>',
  title: 'A <story> & "more" $& co',
  description: 'Said "here" & there',
  src: 'data/a "b".json',
  parserHref: 'assets/parse.worker-x1.js',
};

describe('prerenderedPage', () => {
  const page = prerenderedPage(SHELL, PIECES);

  it('puts the rendered body in #app, marked with the ?src= it was drawn for', () => {
    expect(page).toContain('<div id="app" data-prerendered="data/a &quot;b&quot;.json"><header><h1>A <story> & "more"</h1></header></div>');
  });

  it('gives the page the story’s title and description, escaped', () => {
    expect(page).toContain('<title>A &lt;story&gt; &amp; "more" $&amp; co · Sourceline</title>');
    expect(page).toContain('<meta name="description" content="Said &quot;here&quot; &amp; there" />');
  });

  it('tells the early script what is drawn and where the parser is, asks for the parser with the HTML, and for the no-script styles only without scripts', () => {
    expect(page).toContain('<script src="./start-early.js" data-prerendered="data/a &quot;b&quot;.json" data-parser="assets/parse.worker-x1.js"></script>');
    expect(prerenderedPage(SHELL, { ...PIECES, parserHref: null })).toContain(
      '<script src="./start-early.js" data-prerendered="data/a &quot;b&quot;.json"></script>',
    );
    expect(page).toContain('<link rel="modulepreload" href="assets/parse.worker-x1.js" />');
    expect(page).toContain('<noscript><link rel="stylesheet" href="no-script.css" /></noscript>\n  </head>');
    expect(page).not.toContain('needs JavaScript');
  });

  it('refuses a page that has no empty #app (already drawn)', () => {
    expect(() => prerenderedPage(page, PIECES)).toThrow(/the built index.html has no/);
  });
});
