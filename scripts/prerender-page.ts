// Puts the app's server-rendered first drawing of a dataset into a built index.html: the body inside
// <div id="app" data-prerendered="…">, the story's title and description in the head, and early
// requests for what taking the page over needs (the data file and the parse code). Pure text work,
// tested without a build.

export interface PagePieces {
  /** Svelte's render() output. */
  readonly head: string;
  readonly body: string;
  readonly title: string;
  readonly description: string | undefined;
  /** The `?src=` the page shows by default ('' for the app's own default story). */
  readonly src: string;
  /** The parse worker's module, relative to the page (the page parses a small file with it), if the build has one. */
  readonly parserHref: string | null;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function prerenderedPage(shell: string, pieces: PagePieces): string {
  // The script in the head that hides the drawing from a link that asks for another view, and starts the data's fetch.
  const early = /<script src="(\.\/)?start-early\.js"><\/script>/.exec(shell);
  if (!early) throw new Error('the built index.html has no <script src="./start-early.js"> (it hides a drawing that a link does not ask for)');
  const html =
    shell.slice(0, early.index) +
    `<script src="./start-early.js" data-prerendered="${escapeAttribute(pieces.src)}"${pieces.parserHref ? ` data-parser="${escapeAttribute(pieces.parserHref)}"` : ''}></script>` +
    shell.slice(early.index + early[0].length);
  const app = /<div id="app"([^>]*)><\/div>/.exec(html);
  if (!app) throw new Error('the built index.html has no empty <div id="app"></div> to render into (was it prerendered already?)');
  const attributes = `${app[1]} data-prerendered="${escapeAttribute(pieces.src)}"`;
  let page = html.slice(0, app.index) + `<div id="app"${attributes}>${pieces.body}</div>` + html.slice(app.index + app[0].length);
  // What a search engine, a link preview and a tab show: the story's own title and description.
  // (Replaced by functions: a "$&" in a title is text, not a pattern.)
  page = page.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(pieces.title)} · Sourceline</title>`);
  const description = pieces.description;
  if (description)
    page = page.replace(
      /(<meta name="description" content=")[^"]*(")/,
      (_, open: string, close: string) => `${open}${escapeAttribute(description.slice(0, 300))}${close}`,
    );
  // The <noscript> note is for a page that cannot be read without scripts: this one can.
  page = page.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  // The parse code the page takes the drawing over with (start-early.js has asked for the data already).
  const requests = pieces.parserHref ? [`<link rel="modulepreload" href="${escapeAttribute(pieces.parserHref)}" />`] : [];
  // With scripts off, the chronology as text is shown and the controls that need a script are not (a file: the CSP allows no inline style).
  const noScript = '<noscript><link rel="stylesheet" href="no-script.css" /></noscript>';
  page = page.replace(/\n?\s*<\/head>/, () => `\n    ${[...requests, noScript, ...(pieces.head ? [pieces.head] : [])].join('\n    ')}\n  </head>`);
  return page;
}
