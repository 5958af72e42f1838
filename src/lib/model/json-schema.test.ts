// public/schema/v1.json is generated from the zod schema; this fails when it is out of date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import smallGraph from './small-graph.fixture.json';
import { jsonSchemaText, toJsonSchema } from './schema.ts';

type Node = { [key: string]: unknown; properties?: Record<string, Node>; items?: Node; required?: string[] };

const schema = toJsonSchema() as Node;
const item = (name: string) => schema.properties![name]!.items!;

describe('public/schema/v1.json', () => {
  it('is up to date with the zod schema (if not, run `npm run schema` and commit the file)', () => {
    const written = readFileSync(new URL('../../../public/schema/v1.json', import.meta.url), 'utf8');
    expect(written, 'public/schema/v1.json is out of date: run `npm run schema`').toBe(jsonSchemaText());
  });
});

describe('toJsonSchema', () => {
  it('closes every object, so editors underline misspelt fields, but allows "$schema" at the top', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties).toHaveProperty('$schema');
    for (const name of ['actors', 'sources', 'events', 'quotes', 'links']) expect(item(name).additionalProperties).toBe(false);
  });

  it('says what is required', () => {
    expect(schema.required).toEqual(['version', 'title', 'events']);
    expect(item('events').required).toEqual(['id', 'title', 'start']);
    expect(item('quotes').required).toEqual(['id', 'text', 'event', 'source']);
    expect(item('links').required).toEqual(['from', 'to', 'type']);
    expect(schema.properties!.version).toMatchObject({ const: 1 });
  });

  it.each([
    [
      'date',
      item('events').properties!.start!,
      ['2008', '2008-04', '2008-04-03', '2008-04-03T10:30', '2008-04-03T10:30:15Z', '2008-04-03T10:30+02:00', '-0490', '+012025'],
      ['08', '2008-4-3', '2008-04-03 10:30', '03/04/2008', '2008-04-03T10'],
    ],
    ['id', item('events').properties!.id!, ['bucharest-summit', 'e12', 'ид-1', 'a.b_c:d'], ['', '-x', 'a b', 'a/b']],
    ['colour', item('actors').properties!.color!, ['#1f77b4', '#FFF'], ['red', '#12345']],
    ['link type', item('links').properties!.type!, ['causes', 'responds-to'], ['Causes', 'x y']],
  ])('the %s pattern accepts what the app accepts and refuses the obvious mistakes', (_, property, good, bad) => {
    const pattern = new RegExp(String(property.pattern), 'u');
    for (const text of good) expect(pattern.test(text), text).toBe(true);
    for (const text of bad) expect(pattern.test(text), text).toBe(false);
  });

  it('describes every field', () => {
    const undescribed: string[] = [];
    const visit = (node: Node, path: string) => {
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        if (typeof property.description !== 'string' || property.description === '') undescribed.push(`${path}.${name}`);
        if (property.items) visit(property.items, `${path}.${name}[]`);
      }
    };
    visit(schema, '');
    expect(undescribed).toEqual([]);
  });

  it('matches the sample: every field the sample uses is in the schema', () => {
    for (const key of Object.keys(smallGraph)) expect(schema.properties).toHaveProperty([key]);
    for (const event of smallGraph.events) for (const key of Object.keys(event)) expect(item('events').properties).toHaveProperty([key]);
  });
});
