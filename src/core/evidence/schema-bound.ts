/**
 * A bound, example or enum value of a schema field that holds a status: OpenAPI `minimum: 400`,
 * `maximum: 599`, `example: 422`, `enum: [200, 404]` under a `status` or `code` property (on the same line
 * in flow style, or under the nearest parent key).
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

const SCHEMA_KEY = /(?:^|[\s{,"'])(?:minimum|maximum|exclusiveMinimum|exclusiveMaximum|example|examples|default|const|enum|x-example)["']?\s*:\s*\[?\s*(?:["']?\d{3}["']?\s*,\s*)*["']?$/;
const STATUS_PROPERTY = /(?:^|[\s{,"'])(?:status|statusCode|status_code|httpStatus|http_status|code|httpCode)["']?\s*:/;
const INDENT = /^\s*/;

function boundAt(c: Candidate): Finding | undefined {
  if (!/^(?:yaml|json|jsonc|toml)$/.test(c.lang) || !SCHEMA_KEY.test(c.left)) return undefined;
  // Flow style: status: { type: integer, minimum: 400, ... }
  const open = c.left.lastIndexOf('{');
  if (open >= 0 && STATUS_PROPERTY.test(c.left.slice(0, open))) return {};
  // Block style: the nearest parent key with less indentation (two levels at most: `schema:` may sit between).
  let indent = INDENT.exec(c.left)![0].length;
  for (let l = c.line - 1, levels = 0, seen = 0; l >= 0 && seen < 30 && levels < 3; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (!t.trim() || /^\s*#/.test(t)) continue;
    const i = INDENT.exec(t)![0].length;
    if (i >= indent) {
      // A sibling description that says HTTP status: description: "Same as the HTTP status".
      if (i === indent && /description["']?\s*:.*\bHTTP status\b/i.test(t)) return {};
      continue;
    }
    if (STATUS_PROPERTY.test(t)) return {};
    indent = i;
    levels++;
  }
  return undefined;
}

export const schemaBound: Evidence = {
  id: 'schema-bound',
  direction: 'slot',
  view: 'code',
  summary: 'a bound, example or enum value of a schema property that holds a status',
  test: boundAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'schema-bound': {
    fires: [
      { lang: 'yaml', text: 'status: { type: integer, minimum: ⟦400⟧, maximum: 599 }' },
      { lang: 'yaml', text: 'properties:\n  status:\n    type: integer\n    maximum: ⟦599⟧' },
      { lang: 'json', text: '"code": {\n  "type": "integer",\n  "example": ⟦404⟧\n}' },
      { lang: 'yaml', text: 'code:\n  type: integer\n  enum: [400, ⟦404⟧]' },
      // Past a `schema:` level, comments and blank lines; a sibling description that says HTTP status.
      { lang: 'yaml', text: 'status:\n  description: the response\n  schema:\n    # bounds\n\n    type: integer\n    minimum: ⟦400⟧' },
      { lang: 'yaml', text: 'retryOn:\n  description: Same as the HTTP status of the failed call\n  example: ⟦503⟧' },
      { lang: 'jsonc', text: '"status": {\n  // inclusive\n  "minimum": ⟦400⟧\n}' },
      { lang: 'yaml', text: 'status:\n  type: integer\n  exclusiveMinimum: ⟦399⟧' },
      { lang: 'yaml', text: 'httpStatus:\n  type: integer\n  x-example: ⟦409⟧' },
      { lang: 'json', text: '"statusCode": {\n  "type": "integer",\n  "default": ⟦200⟧\n}' },
      { lang: 'json', text: '"status": { "type": "integer", "examples": [⟦404⟧, 410] }' },
      { lang: 'yaml', text: 'status:\n  type: integer\n# bounds from the API guide\n  minimum: ⟦400⟧' },
      { lang: 'json', text: '"retryOn": {\n  "description": "Same as the HTTP status of the failed call",\n  "example": ⟦503⟧\n}' },
    ],
    silent: [
      { lang: 'yaml', text: 'limit: { type: integer, minimum: 1, maximum: ⟦500⟧ }' },
      { lang: 'yaml', text: 'properties:\n  pageSize:\n    type: integer\n    maximum: ⟦200⟧' },
      { lang: 'json', text: '"width": {\n  "type": "integer",\n  "example": ⟦320⟧\n}' },
      { lang: 'yaml', text: 'priority:\n  type: integer\n  enum: [100, ⟦200⟧]' },
      { lang: 'yaml', text: 'status:\n  items:\n    properties:\n      retries:\n        type: integer\n        maximum: ⟦500⟧' },
      { lang: 'yaml', text: 'retryOn:\n  description: How long to wait\n  example: ⟦503⟧' },
      { lang: 'python', text: 'schema = {"status": {"minimum": ⟦400⟧}}' },
      { lang: 'yaml', text: 'weight:\n  type: integer\n  exclusiveMinimum: ⟦399⟧' },
      { lang: 'yaml', text: 'roomNumber:\n  type: integer\n  x-example: ⟦409⟧' },
      { lang: 'json', text: '"timeoutMs": {\n  "type": "integer",\n  "default": ⟦200⟧\n}' },
      { lang: 'json', text: '"room": { "type": "integer", "examples": [⟦404⟧, 410] }' },
      { lang: 'yaml', text: 'pageSize:\n  type: integer\n# bounds from the API guide\n  minimum: ⟦400⟧' },
      { lang: 'yaml', text: 'retryOn:\n  items:\n    description: Same as the HTTP status of the failed call\n  example: ⟦503⟧' },
    ],
  },
};
