// Checks JSON files against a JSON Schema with Ajv, an independent validator.
// Usage: node scripts/validate-json.mjs <schema.json> <file>...
// Prints each file's errors; exits 1 if any file is not valid.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemaPath, ...files] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// Formats (date-time) are documentation here; Waymark itself checks the dates.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
// The other schemas beside it, for its references (the move file's refers
// to the plan file's).
const folder = dirname(resolve(schemaPath));
for (const name of readdirSync(folder).filter((n) => n.endsWith('.schema.json'))) {
  const other = JSON.parse(readFileSync(join(folder, name), 'utf8'));
  if (other.$id && other.$id !== schema.$id) ajv.addSchema(other);
}
const validate = ajv.compile(schema);
let bad = 0;
for (const file of files) {
  const ok = validate(JSON.parse(readFileSync(file, 'utf8')));
  if (ok) {
    console.log(`valid: ${file}`);
  } else {
    bad += 1;
    console.log(`NOT valid: ${file}`);
    for (const e of validate.errors ?? []) console.log(`  ${e.instancePath || '/'} ${e.message}`);
  }
}
process.exit(bad ? 1 : 0);
