// The prospectus JSON Schema, checked by an independent validator (Ajv): the
// shipped sample is valid, and broken documents are not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

const root = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'docs', 'prospectus.schema.json'), 'utf8'));
const sample = JSON.parse(readFileSync(join(root, 'src-tauri', 'core', 'samples', 'prospectus-en.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('the prospectus JSON Schema', () => {
  it('accepts the shipped sample prospectus', () => {
    const ok = validate(sample);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(sample.courses).toHaveLength(25);
    expect(sample.support).toHaveLength(3);
    const german = JSON.parse(readFileSync(join(root, 'src-tauri', 'core', 'samples', 'prospectus-de.json'), 'utf8'));
    expect(validate(german), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses documents that are not a version 1 prospectus', () => {
    const broken = [
      { ...sample, format: 'something-else' },
      { ...sample, version: 2 },
      { format: 'waymark-prospectus', version: 1 },
      { ...sample, courses: [{ code: 'X' }] },
      { ...sample, courses: [{ title: 'A', delivery: 'by post' }] },
      { ...sample, courses: [{ title: 'A', sessions: 0 }] },
      { ...sample, courses: [{ title: 'A', start_date: '31/01/2027' }] },
      { ...sample, extra: true },
      { ...sample, support: [{ about: 'no name' }] },
      { ...sample, support: [{ name: 'Two\nlines' }] },
      { ...sample, support: [{ name: 'Office', phone: 123 }] },
      { ...sample, support: Array.from({ length: 31 }, () => ({ name: 'x' })) },
    ];
    for (const doc of broken) expect(validate(doc), JSON.stringify(doc).slice(0, 80)).toBe(false);
  });
});
