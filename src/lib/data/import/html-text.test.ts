import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeEntities, htmlToLine, htmlToText } from './html-text.ts';

describe('htmlToText', () => {
  it.each([
    // html, text
    ['<p>Hello &amp; <b>bye</b></p>', 'Hello & bye'],
    ['plain text', 'plain text'],
    ['a < b and c > d', 'a < b and c > d'],
    ['<3 and 2<3', '<3 and 2<3'],
    ['<p>One.</p><p>Two.</p>', 'One.\nTwo.'],
    ['line<br>break<br/>again', 'line\nbreak\nagain'],
    ['<a href="https://example.org/?a=1&b=2" title="x > y">link</a> text', 'link text'],
    ["<span class='tl-note'>note</span>", 'note'],
    ['<script>alert("<b>")</script>after', 'after'],
    ['<STYLE>p { color: red }</STYLE>shown', 'shown'],
    ['<script>never closed', ''],
    ['before<!-- a <b>comment</b> -->after', 'beforeafter'],
    ['<!doctype html><?xml version="1.0"?>text', 'text'],
    ['an unclosed <b tag', 'an unclosed'],
    ['&lt;b&gt; is the tag for bold', '<b> is the tag for bold'],
    ['Thirty Years&#8217; Peace &#x2014; &mdash; &hellip;', 'Thirty Years’ Peace — — …'],
    ['&eacute;t&eacute; &Uuml;ber &nbsp;x', 'été Über x'],
    ['&unknown; &amp', '&unknown; &amp'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['  spaces \t and\n\n\nlines  ', 'spaces and\nlines'],
    ['<<b>b', '< b'],
    ['<ul><li>one</li><li>two</li></ul>', 'one\ntwo'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('htmlToLine keeps paragraphs on one line', () => {
    expect(htmlToLine('<p>One.</p><p>Two.</p>')).toBe('One. Two.');
  });

  it('decodeEntities leaves text without references alone', () => {
    expect(decodeEntities('A & B; C')).toBe('A & B; C');
  });

  it.each([
    // text, decoded: numeric references as browsers read them, with or without their ";"
    ['Years&#8217 Peace', 'Years’ Peace'],
    ['&#8217s', '’s'],
    ['&#39abc', "'abc"],
    ['&#x2014 and &#x2014;', '— and —'],
    ['&#x41g', 'Ag'],
    ['&#x &# &#;', '&#x &# &#;'],
    ['&#128; &#x96', '€ –'],
    // every named reference of HTML that ends with ";"; without it, a name stays as written
    ['&rarr; &Alpha; &frac13;', '→ Α ⅓'],
    ['R&D &copy &notin', 'R&D &copy &notin'],
  ])('decodeEntities(%j) → %j', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});

const markup = fc.oneof(
  fc.string(),
  fc.constantFrom('<', '>', '</', '<!--', '-->', '"', "'", '&', ';', '<b>', '</b>', '<script>', '</script>', '<p class="x">', '<a href=\'y\'>', '<br/>', '<style>', '&amp;', '&#60;', '&lt;', '<<', '<!x>', '<?', 'é'),
);
const html = fc.array(markup, { maxLength: 30 }).map((parts) => parts.join(''));

describe('htmlToText, for any text', () => {
  it('never throws and returns text', () => {
    fc.assert(fc.property(html, (input) => typeof htmlToText(input) === 'string'));
  });

  it('never returns a tag when the input has no character references', () => {
    fc.assert(fc.property(html.filter((s) => !s.includes('&')), (input) => !/<[A-Za-z/!?]/.test(htmlToText(input))));
  });

  it('gives back escaped text as it was, but for spacing', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const tidy = (s: string) => s.split('\n').map((l) => l.replace(/[ \t\f\r\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
    fc.assert(fc.property(fc.string(), (text) => htmlToText(escape(text)) === tidy(text)));
  });
});
