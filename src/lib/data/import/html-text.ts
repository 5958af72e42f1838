// Turns the HTML that TimelineJS allows in headlines, texts and credits into plain text: tags go,
// the contents of <script> and <style> go with them, character references are decoded, and
// paragraphs become line breaks. A small scanner, not a parser: no DOMParser (it runs in the worker),
// and nothing it returns is ever rendered as HTML, so it only has to read well, never to be safe.
import { decodeHTMLStrict } from 'entities';

/** Elements whose end (or start, for <br>) breaks a line. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul']);

/** Elements whose content is not text a reader should see. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** A numeric reference written without its `;` (`&#8217s`, `&#x2014 `), which browsers read as if it had one. */
const UNTERMINATED_NUMERIC = /&#(?:[xX][0-9a-fA-F]+(?![0-9a-fA-F;])|[0-9]+(?![0-9;]))/g;

/**
 * Decodes character references (with the `entities` package): numeric ones as browsers read them
 * (`&#39;`, `&#x2014`: with or without their `;`, 128–159 as Windows-1252, what is not a character as
 * U+FFFD), and every named one of HTML that ends with `;` (`&amp;`, `&rarr;`). A name without its `;`
 * (`&amp`) is left as written: text such as "R&D" or "&copy" in a URL stays as the author typed it.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text.replace(UNTERMINATED_NUMERIC, (reference) => `${reference};`));
}

/** Where the tag that opens at `at` (a `<`) ends: just after its `>`, past quoted attribute values; the text's end if it never closes. */
function tagEnd(html: string, at: number): number {
  let quote: string | null = null;
  for (let i = at + 1; i < html.length; i++) {
    const c = html[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

/** Plain words, one space between them, paragraphs on lines of their own. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The text a reader of the HTML would see, as plain text: `<p>Hello &amp; <b>bye</b></p>` → `Hello & bye`.
 * A `<` that does not start a tag ("a < b") is text. Never throws.
 */
export function htmlToText(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, open);
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (!/[A-Za-z/!?]/.test(next)) {
      out += '<';
      i = open + 1;
      continue;
    }
    const end = tagEnd(html, open);
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(open, Math.min(end, open + 40)))?.[1]?.toLowerCase() ?? '';
    const closing = next === '/';
    i = end;
    if (BLOCK.has(name)) out += '\n';
    if (!closing && HIDDEN.has(name) && !/\/\s*>$/.test(html.slice(open, end))) {
      // Skip to the matching end tag, or to the end of the text when there is none.
      const match = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(end));
      i = match ? end + match.index + match[0].length : html.length;
    }
  }
  // A stray "<" that removing a tag left before a letter ("<<b>b") must not read as a tag.
  const text = out.replace(/<(?=[A-Za-z/!?])/g, '< ');
  // Entities are decoded after the tags are gone: "&lt;b&gt;" is the text "<b>", not a tag.
  return tidy(decodeEntities(text));
}

/** Text as one line: for titles, names and labels. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\n/g, ' ');
}
