import { describe, expect, it } from 'vitest';
import { readUrlState, withParam } from './url-state.ts';

const PAGE = 'https://example.org/sourceline/';

describe('readUrlState', () => {
  it.each([
    // search, src, event
    ['', null, null],
    ['?', null, null],
    ['?src=data/story.json', 'data/story.json', null],
    ['?event=bucharest-summit', null, 'bucharest-summit'],
    ['?src=data%2Fstory.json&event=bucharest-summit', 'data/story.json', 'bucharest-summit'],
    ['?event=putin+speech', null, 'putin speech'],
    ['?event=putin%20speech', null, 'putin speech'],
    ['?event=%D0%BA%D0%B8%D1%97%D0%B2', null, 'київ'],
    ['?event=київ', null, 'київ'],
    ['?event=a%26b%3Dc%23d', null, 'a&b=c#d'],
    ['?event=', null, ''],
    ['?event=first&event=second', null, 'first'],
    ['?other=1&src=https%3A%2F%2Fexample.com%2Fx.json', 'https://example.com/x.json', null],
    ['src=no-question-mark', 'no-question-mark', null],
  ] as const)('%j', (search, src, event) => {
    expect(readUrlState(search)).toEqual({ src, event });
  });
});

describe('withParam', () => {
  it.each([
    // what, href, key, value, result
    ['adds', PAGE, 'event', 'bucharest-summit', `${PAGE}?event=bucharest-summit`],
    ['adds after the others', `${PAGE}?src=x.json`, 'event', 'summit', `${PAGE}?src=x.json&event=summit`],
    ['replaces in place', `${PAGE}?event=old&src=x.json`, 'event', 'new', `${PAGE}?event=new&src=x.json`],
    ['replaces a repeated key with one', `${PAGE}?event=a&src=x.json&event=b`, 'event', 'c', `${PAGE}?event=c&src=x.json`],
    ['removes', `${PAGE}?src=x.json&event=old`, 'event', null, `${PAGE}?src=x.json`],
    ['removes the last, leaving no "?"', `${PAGE}?event=old`, 'event', null, PAGE],
    ['removing what is not there changes nothing', `${PAGE}?src=x.json`, 'event', null, `${PAGE}?src=x.json`],
    ['keeps the hash', `${PAGE}?src=x.json#details`, 'event', 'summit', `${PAGE}?src=x.json&event=summit#details`],
    ['keeps the hash when removing', `${PAGE}?event=old#details`, 'event', null, `${PAGE}#details`],
    ['keeps parameters it does not own', `${PAGE}?lang=uk&utm_source=mail`, 'src', 'x.json', `${PAGE}?lang=uk&utm_source=mail&src=x.json`],
    ['encodes spaces', PAGE, 'event', 'putin speech', `${PAGE}?event=putin+speech`],
    ['encodes unicode as UTF-8', PAGE, 'event', 'київ', `${PAGE}?event=%D0%BA%D0%B8%D1%97%D0%B2`],
    ['encodes what would break the query', PAGE, 'event', 'a&b=c#d+e', `${PAGE}?event=a%26b%3Dc%23d%2Be`],
    ['sets src on a page with a port and a path', 'http://localhost:5173/app/index.html', 'src', 'data/story.json', 'http://localhost:5173/app/index.html?src=data%2Fstory.json'],
  ] as const)('%s', (_what, href, key, value, result) => {
    expect(withParam(href, key, value)).toBe(result);
  });

  it.each([
    ['bucharest-summit'],
    ['putin speech'],
    ['київ-2014'],
    ['東京'],
    ['🇺🇦 flag'],
    ['a&b=c#d+e%20f'],
    ['  spaces around  '],
  ])('round-trips %j through the URL', (id) => {
    const href = withParam(`${PAGE}?src=data/story.json#x`, 'event', id);
    const url = new URL(href);
    expect(readUrlState(url.search)).toEqual({ src: 'data/story.json', event: id });
    expect(url.hash).toBe('#x');
    expect(url.pathname).toBe('/sourceline/');
  });
});
