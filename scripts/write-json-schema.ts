// `npm run schema`: writes public/schema/v1.json from the zod schema, so editors can check and complete
// data files. src/lib/model/json-schema.test.ts fails when the written file is out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/lib/model/schema.ts';

const target = fileURLToPath(new URL('../public/schema/v1.json', import.meta.url));
await mkdir(fileURLToPath(new URL('../public/schema/', import.meta.url)), { recursive: true });
await writeFile(target, jsonSchemaText());
console.log(`wrote ${target}`);
