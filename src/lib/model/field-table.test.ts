// docs/format.md lists every field from the schema's own descriptions; this fails when it is stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS_END, FIELDS_START, fieldTablesMarkdown, withFieldTables } from './field-table.ts';
import { KNOWN_FIELDS } from './schema.ts';

const guide = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8');

describe('the field tables in docs/format.md', () => {
  it('are up to date with the schema (if not, run `npm run schema`)', () => {
    expect(guide, 'docs/format.md is out of date: run `npm run schema`').toBe(withFieldTables(guide));
  });

  it('list every field of every kind of item', () => {
    const tables = fieldTablesMarkdown();
    for (const fields of Object.values(KNOWN_FIELDS)) for (const field of fields) expect(tables).toContain(`| \`${field}\` |`);
  });

  it('say which fields are required and what kind of value each takes', () => {
    const tables = fieldTablesMarkdown();
    expect(tables).toContain('| `start` | yes | date | When it happened or began. |');
    expect(tables).toContain('| `via` |  | reference |');
    expect(tables).toContain('| `zoom` |  | one of `event`, `context`, `all` |');
    expect(tables).toContain('| `color` |  | colour |');
  });

  it('refuse a guide without the markers, saying where they go', () => {
    expect(() => withFieldTables('# A guide')).toThrow(FIELDS_START);
    expect(withFieldTables(`a\n${FIELDS_START}\nold\n${FIELDS_END}\nb`)).toBe(`a\n${fieldTablesMarkdown()}\nb`);
  });
});
