// The media of one row of the flat CSV: addresses in the "media" cell, with their type, alt text,
// caption and credit in the cells beside it, paired by position ("a.jpg; b.mp4" with "A bridge; ").
// The type, when left empty, is read from the address (.jpg, YouTube, .pdf…). An address that may not
// be loaded, or a picture without alt text, is reported at its cell and left out. Pure.
import { checkMediaUrl, guessMediaType, MEDIA_TYPES, type MediaType } from '../../model/media-url.ts';
import type { Problem } from '../../model/problems.ts';
import { warning } from './converted.ts';

export interface MediaCells {
  readonly urls: readonly string[];
  readonly types: readonly string[];
  readonly alts: readonly string[];
  readonly captions: readonly string[];
  readonly credits: readonly string[];
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function readMediaCells(cells: MediaCells, at: (column: 'media' | 'mediaType' | 'mediaAlt') => string, warnings: Problem[]): Record<string, string>[] {
  const media: Record<string, string>[] = [];
  cells.urls.forEach((url, k) => {
    if (url === '') return;
    const problem = checkMediaUrl(url);
    if (problem) return warnings.push(warning(at('media'), `${problem.problem}; ${JSON.stringify(clip(url))} is left out`, problem.fix));
    const written = (cells.types[k] ?? '').toLowerCase();
    let type: MediaType;
    if ((MEDIA_TYPES as readonly string[]).includes(written)) type = written as MediaType;
    else {
      if (written !== '') warnings.push(warning(at('mediaType'), `${JSON.stringify(clip(written))} is not a media type; it is read from the address`, `write one of ${MEDIA_TYPES.join(', ')}`));
      const guessed = guessMediaType(url);
      if (guessed === null)
        warnings.push(warning(at('media'), `cannot tell what ${JSON.stringify(clip(url))} holds; it is shown as a document (a link)`, `write its type in the "media type" column: one of ${MEDIA_TYPES.join(', ')}`));
      type = guessed ?? 'document';
    }
    const item: Record<string, string> = { url, type };
    if (cells.alts[k]) item.alt = cells.alts[k]!;
    else if (type === 'image')
      return warnings.push(warning(at('mediaAlt'), `the picture ${JSON.stringify(clip(url))} has no alt text; it is left out`, 'write in the "media alt" column what it shows, for readers who cannot see it'));
    if (cells.captions[k]) item.caption = cells.captions[k]!;
    if (cells.credits[k]) item.credit = cells.credits[k]!;
    media.push(item);
  });
  return media;
}
