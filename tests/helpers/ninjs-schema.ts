import fs from 'node:fs';
import path from 'node:path';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** IPTC's own files, vendored (tests/fixtures/schemas/README.md): no test touches the network. */
export const NINJS_DIR = path.join(__dirname, '..', 'fixtures', 'schemas', 'ninjs');

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(NINJS_DIR, file), 'utf8'));

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// The ninjs schema refers to GeoJSON's for `places[].geoJSON`.
ajv.addSchema(readJson('GeoJSON-schema.json'));
const validate = ajv.compile(readJson('ninjs-schema_3.1.json'));

/** The schema's complaints about `document`, empty when it is valid ninjs 3.1. */
export function ninjsSchemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

/** The vendored IPTC example documents, by file name. */
export function ninjsExample(name: string): Record<string, unknown> {
  return readJson(path.join('examples', name));
}

export const NINJS_EXAMPLES = fs.readdirSync(path.join(NINJS_DIR, 'examples')).sort();
