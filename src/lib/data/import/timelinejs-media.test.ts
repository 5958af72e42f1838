// TimelineJS media carried as Sourceline media: pictures, video and documents with their caption,
// credit and thumbnail (alt from the slide, else said to stand in); a web page stays a source; an
// address that may not be loaded is said so and kept as a source if it can be one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInput, readInput } from './read-input.ts';

const fixture = readFileSync(new URL('./fixtures/timelinejs-media.json', import.meta.url), 'utf8');

describe('TimelineJS media', () => {
  const input = readInput(fixture, 'moon.json');
  const { data, warnings } = checkInput(input);
  const byId = (id: string) => data.events.find((e) => e.id === id)!;

  it('imports pictures with their caption, credit, thumbnail and alt text, and the file checks', () => {
    expect(byId('sputnik').media).toEqual([
      {
        url: 'https://upload.wikimedia.org/wikipedia/commons/b/be/Sputnik_asm.jpg',
        type: 'image',
        alt: 'A polished metal sphere with four long antennas',
        caption: 'A replica of Sputnik 1',
        credit: 'NASA / Wikimedia Commons',
        thumbnail: 'https://upload.wikimedia.org/wikipedia/commons/thumb/b/be/Sputnik_asm.jpg/120px-Sputnik_asm.jpg',
      },
    ]);
    const gagarin = data.events.find((e) => e.title === 'Gagarin orbits the Earth')!;
    expect(gagarin.media).toEqual([expect.objectContaining({ type: 'image', alt: 'Yuri Gagarin in 1961', credit: 'Arne List / CC BY-SA 3.0' })]);
  });

  it('a YouTube video and a PDF are media; a web page stays a source; http: is not shown', () => {
    const titled = (title: string) => data.events.find((e) => e.title === title)!;
    expect(titled('Kennedy at Rice University').media).toEqual([expect.objectContaining({ type: 'video', url: 'https://www.youtube.com/watch?v=WZyRbnpGyzQ', caption: 'We choose to go to the Moon' })]);
    expect(titled('Apollo 11 launches').media).toEqual([expect.objectContaining({ type: 'document', caption: 'Apollo 11 flight plan' })]);
    expect(titled('The landing').media).toBeUndefined();
    expect(titled('The landing').sources).toHaveLength(1);
    expect(titled('Apollo 17, the last landing').media).toBeUndefined();
    expect(titled('Apollo 17, the last landing').sources).toHaveLength(1);
  });

  it('says where alt text was missing and what could not be shown', () => {
    const said = warnings.map((w) => `${w.path}: ${w.message}`);
    expect(said).toContain('events[1].media.alt: the picture has no alt text; its caption stands in: "Yuri Gagarin in 1961"');
    expect(said).toContainEqual(expect.stringMatching(/^events\[5\]\.media\.url: the image "http:\/\/example\.org\/insecure\.jpg" cannot be shown/));
  });
});
