// The parts of the view that live in the page URL (`?src=`, `?event=`): read and written here only,
// so reloading or sharing a link reproduces what the reader saw.

export interface UrlState {
  readonly src: string | null;
  readonly event: string | null;
}

export function readUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  return { src: params.get('src'), event: params.get('event') };
}

/** The URL with `key` set (or removed when null), other parameters kept in order. */
export function withParam(href: string, key: keyof UrlState, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  return url.href;
}
