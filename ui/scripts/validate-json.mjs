// Checks JSON files against a JSON Schema with Ajv, an independent validator.
// Usage: node scripts/validate-json.mjs <schema.json> <file>...
// Prints each file's errors; exits 1 if any file is not valid.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemaPath, ...files] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
// Formats (date-time) are documentation here; Waymark itself checks the dates.
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false }).compile(schema);
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
