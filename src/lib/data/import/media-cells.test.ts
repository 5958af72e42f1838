import { describe, expect, it } from 'vitest';
import { checkInput, readInput } from './read-input.ts';

const HEADER = 'id,title,start,source title,media,media type,media alt,media caption,media credit';
const read = (row: string) => readInput(`${HEADER}\n${row}\n`, 'media.csv');

describe('the Media column of the flat CSV', () => {
  it('reads pictures, video and documents paired with their type, alt, caption and credit', () => {
    const input = read('e1,Summit,2008-04-02,Report,/media/a.jpg; https://youtu.be/dQw4w9WgXcQ; https://example.org/page,; ; document,Leaders on the steps; ; ,Opening; The speech; Minutes,Photo: NATO; ; ');
    expect(input.warnings).toEqual([]);
    expect(checkInput(input).data.events[0]!.media).toEqual([
      { url: '/media/a.jpg', type: 'image', alt: 'Leaders on the steps', caption: 'Opening', credit: 'Photo: NATO' },
      { url: 'https://youtu.be/dQw4w9WgXcQ', type: 'video', caption: 'The speech' },
      { url: 'https://example.org/page', type: 'document', caption: 'Minutes' },
    ]);
  });

  it('leaves out, and says so at its cell, what may not be loaded or has no alt text', () => {
    const input = read('e1,Summit,2008-04-02,Report,javascript:alert(1); http://example.org/a.jpg; https://example.org/b.jpg; https://example.org/page,,,,');
    expect(input.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      'row 2, column media: media must be an https: address or a path on this site, not "javascript:"; "javascript:alert(1)" is left out',
      'row 2, column media: media must load over https:, not http: (an http: picture can be changed on the way, and browsers block it on https: pages); "http://example.org/a.jpg" is left out',
      'row 2, column media alt: the picture "https://example.org/b.jpg" has no alt text; it is left out',
      'row 2, column media: cannot tell what "https://example.org/page" holds; it is shown as a document (a link)',
    ]);
    expect(checkInput(input).data.events[0]!.media).toEqual([{ url: 'https://example.org/page', type: 'document' }]);
  });
});
