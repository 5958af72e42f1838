import { describe, expect, it } from 'vitest';
import { capture, titleFromUrl, todayIso } from './quick-capture.ts';

describe('quick capture', () => {
  it('makes a source and keeps the passage verbatim', () => {
    const result = capture(
      ' https://euromaidanpress.com/2025/02/18/russia-demands-nato-revoke-ukraines-2008-membership-promise/ ',
      '\n“Otherwise, this problem will continue to poison the atmosphere on the European continent,” Zakharova said.\n',
      '2025-02-19',
    );
    expect(result).toEqual({
      ok: true,
      capture: {
        source: {
          title: 'Russia demands nato revoke ukraines 2008 membership promise',
          publisher: 'euromaidanpress.com',
          url: 'https://euromaidanpress.com/2025/02/18/russia-demands-nato-revoke-ukraines-2008-membership-promise/',
          accessed: '2025-02-19',
        },
        text: '“Otherwise, this problem will continue to poison the atmosphere on the European continent,” Zakharova said.',
      },
    });
  });

  it('refuses an address the loader refuses, with its message', () => {
    const result = capture('javascript:alert(1)', 'x', '2025-01-01');
    expect(result).toMatchObject({ ok: false, problem: 'links must be http: or https:, not javascript:' });
  });

  it.each([
    ['https://www.reuters.com/world/europe/story-id-2025-02-18/', 'Story id 2025 02 18'],
    ['https://example.org/', 'example.org'],
    ['https://example.org/news/a%C3%A7%C3%A3o.html', 'Ação'],
  ])('titles %s as %s', (url, title) => expect(titleFromUrl(new URL(url))).toBe(title));

  it('says today in UTC', () => expect(todayIso(Date.UTC(2025, 1, 18, 23, 30))).toBe('2025-02-18'));
});
