// `npm run schema`: writes public/schema/v1.json from the zod schema, so editors can check and complete
// data files, and the field tables of docs/format.md from the schema's descriptions.
// src/lib/model/json-schema.test.ts and field-table.test.ts fail when either is out of date.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { withFieldTables } from '../src/lib/model/field-table.ts';
import { jsonSchemaText } from '../src/lib/model/schema.ts';

const target = fileURLToPath(new URL('../public/schema/v1.json', import.meta.url));
await mkdir(fileURLToPath(new URL('../public/schema/', import.meta.url)), { recursive: true });
await writeFile(target, jsonSchemaText());
console.log(`wrote ${target}`);

const guide = fileURLToPath(new URL('../docs/format.md', import.meta.url));
await writeFile(guide, withFieldTables(await readFile(guide, 'utf8')));
console.log(`wrote the field tables in ${guide}`);
