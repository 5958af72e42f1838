// TimelineJS's JSON format ({ title, events, eras, scale }, as documented by Knight Lab) read into
// slides placed by their JSON path, for timelinejs.ts to convert. Pure; reads own properties only.
import { formatPath, type PathSegment, type Problem } from '../../model/problems.ts';
import { titleFromName, warning, type ConvertedInput } from './converted.ts';
import { LATITUDE_NAMES, LONGITUDE_NAMES } from './coordinate-cells.ts';
import { convertTimelineJs, type SlideInput } from './timelinejs.ts';

import { isObject, own } from './json-input.ts';

export { isTimelineJsJson } from './json-input.ts';

const TOP_FIELDS = ['title', 'events', 'eras', 'scale'];
// `location` as StoryMapJS writes it, and latitude/longitude under their common names: read as the place.
const SLIDE_FIELDS = ['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'autolink', 'unique_id', 'location', ...LATITUDE_NAMES, ...LONGITUDE_NAMES];



function slideAt(base: PathSegment[]): SlideInput['at'] {
  // A spreadsheet's Time column has no counterpart in JSON: its problems are placed at the hour.
  return (field) => formatPath([...base, ...(field === '' ? [] : field.replace(/\.time$/, '.hour').split('.'))]);
}

function unknownFields(value: unknown, known: readonly string[], base: PathSegment[], what: string): Problem[] {
  if (!isObject(value)) return [];
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => warning(formatPath([...base, key]), `${JSON.stringify(key)} is not a field of ${what} in TimelineJS's format; it is left out`, `${what} has the fields ${known.join(', ')}`));
}

/** Converts a parsed TimelineJS file (isTimelineJsJson). */
export function convertTimelineJsJson(value: unknown, where: string): ConvertedInput {
  const warnings = unknownFields(value, TOP_FIELDS, [], 'a timeline');
  const events = own(value, 'events');
  const eras = own(value, 'eras');
  if (eras !== undefined && !Array.isArray(eras)) warnings.push(warning('eras', '"eras" is not a list; it is left out', 'write eras as a list: [{ "start_date": …, "end_date": …, "text": { "headline": … } }]'));
  const slides = (Array.isArray(events) ? events : []).map((slide, i): SlideInput => {
    warnings.push(...unknownFields(slide, SLIDE_FIELDS, ['events', i], 'a slide'));
    return { slide, at: slideAt(['events', i]) };
  });
  const title = own(value, 'title');
  return convertTimelineJs({
    format: 'timelinejs-json',
    title: isObject(title) ? { slide: title, at: slideAt(['title']) } : null,
    events: slides,
    eras: (Array.isArray(eras) ? eras : []).map((slide, i) => ({ slide, at: slideAt(['eras', i]) })),
    fallbackTitle: titleFromName(where),
    warnings,
  });
}
