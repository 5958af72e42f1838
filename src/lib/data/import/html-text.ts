// Turns the HTML that TimelineJS allows in headlines, texts and credits into plain text: tags go,
// the contents of <script> and <style> go with them, character references are decoded, and
// paragraphs become line breaks. A small scanner, not a parser: no DOMParser (it runs in the worker),
// and nothing it returns is ever rendered as HTML, so it only has to read well, never to be safe.

/** Elements whose end (or start, for <br>) breaks a line. */
const BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul']);

/** Elements whose content is not text a reader should see. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);

/** The named references that occur in real timelines; others are left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°', times: '×', divide: '÷', minus: '−',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', dagger: '†', Dagger: '‡', prime: '′', Prime: '″',
  euro: '€', pound: '£', yen: '¥', cent: '¢', frac12: '½', frac14: '¼', frac34: '¾', plusmn: '±', micro: 'µ',
  iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º', sup1: '¹', sup2: '²', sup3: '³', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  zwj: '\u200d', zwnj: '\u200c', lrm: '\u200e', rlm: '\u200f',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë',
  Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë',
  igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', eth: 'ð', ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ', OElig: 'Œ', oelig: 'œ', Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ',
};

/** A numeric reference's character; the replacement character for what is not one (as browsers do). */
function codePoint(value: number): string {
  if (!Number.isFinite(value) || value <= 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(value);
}

/** Decodes `&amp;`, `&#39;` and `&#x2014;` (with or without the closing `;`, as browsers do for numbers). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#(\d{1,10});?|([A-Za-z][A-Za-z0-9]{1,31});)/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return codePoint(parseInt(hex, 16));
    if (dec !== undefined) return codePoint(parseInt(dec, 10));
    return Object.hasOwn(NAMED, name!) ? NAMED[name!]! : whole;
  });
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
