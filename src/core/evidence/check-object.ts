/**
 * The expected value of a check that says it looks at the status: uptime monitors and synthetic tests
 * written as data. Datadog `assertion { type = "statusCode" operator = "is" target = "200" }`, Checkly
 * `{ source: 'STATUS_CODE', comparison: 'EQUALS', target: '200' }`, `{ "property": "status", "value": 201 }`.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

const EXPECTED_KEY = /(?:^|[\s{,(])["']?(?:target|value|expected|expect|equals|eq|is|want)["']?\s*(?:=|:|=>)\s*\[?\s*["']?$/i;
const CHECKS_STATUS = /["']?(?:type|source|property|kind|check|what|field|subject)["']?\s*(?:=|:|=>)\s*["']?(?:status_?code|STATUS_CODE|statusCode|status|http_status|httpStatus|response_code|responseCode)["']?/i;

function checkObjectAt(c: Candidate): Finding | undefined {
  if (!EXPECTED_KEY.test(c.left)) return undefined;
  if (CHECKS_STATUS.test(c.left) || CHECKS_STATUS.test(c.right)) return {};
  // The object's other lines, up to its braces.
  for (let l = c.line - 1; l >= Math.max(0, c.line - 4); l--) {
    const t = contextLine(c.doc, l);
    if (CHECKS_STATUS.test(t)) return {};
    if (/[{[]\s*$/.test(t) || /^\s*[}\]]/.test(t)) break;
  }
  for (let l = c.line + 1; l <= Math.min(c.doc.lineCount - 1, c.line + 4); l++) {
    const t = contextLine(c.doc, l);
    if (CHECKS_STATUS.test(t)) return {};
    if (/^\s*[}\]]/.test(t)) break;
  }
  return undefined;
}

export const checkObject: Evidence = {
  id: 'check-object',
  direction: 'slot',
  view: 'code',
  summary: 'the expected value of a check written as data that says it looks at the status code',
  test: checkObjectAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'check-object': {
    fires: [
      { lang: 'terraform', text: 'assertion {\n  type     = "statusCode"\n  operator = "is"\n  target   = "⟦200⟧"\n}' },
      { lang: 'typescript', text: "assertions: [{ source: 'STATUS_CODE', comparison: 'EQUALS', target: '⟦201⟧' }]," },
      { lang: 'json', text: '{\n  "property": "status",\n  "value": ⟦204⟧\n}' },
      { lang: 'yaml', text: '- type: status_code\n  expected: ⟦302⟧' },
      // What the check looks at, written after the expected value.
      { lang: 'terraform', text: 'assertion {\n  target   = "⟦200⟧"\n  operator = "is"\n  type     = "statusCode"\n}' },
      { lang: 'json', text: '{\n  "value": ⟦201⟧,\n  "property": "status"\n}' },
      // Four lines away, above or below, is still the same object.
      { lang: 'json', text: '{\n  "property": "status",\n  "comparison": "equals",\n  "label": "home",\n  "retries": 2,\n  "value": ⟦200⟧\n}' },
      { lang: 'json', text: '{\n  "value": ⟦201⟧,\n  "label": "home",\n  "retries": 2,\n  "timeout": 30,\n  "property": "status"\n}' },
      { lang: 'yaml', text: '- type: status_code\n  expected: [⟦200⟧, 204]' },
    ],
    silent: [
      { lang: 'terraform', text: 'assertion {\n  type     = "responseTime"\n  operator = "lessThan"\n  target   = "⟦500⟧"\n}' },
      { lang: 'typescript', text: "assertions: [{ source: 'RESPONSE_TIME', comparison: 'LESS_THAN', target: '⟦300⟧' }]," },
      { lang: 'json', text: '{\n  "property": "count",\n  "value": ⟦204⟧\n}' },
      { lang: 'yaml', text: '- type: body_size\n  expected: ⟦302⟧' },
      // A neighbouring object's status check, past the braces that close it or open this one.
      { lang: 'json', text: '[\n  { "type": "statusCode", "target": 200\n  },\n  { "type": "latency",\n    "target": ⟦300⟧ }\n]' },
      { lang: 'terraform', text: 'assertion {\n  target = "⟦500⟧"\n}\nassertion { type = "statusCode" }' },
      // Five lines away is too far to be the same check.
      { lang: 'json', text: '{\n  "property": "status",\n  "comparison": "equals",\n  "label": "home",\n  "retries": 2,\n  "region": "eu",\n  "value": ⟦200⟧\n}' },
      { lang: 'json', text: '{\n  "value": ⟦201⟧,\n  "label": "home",\n  "retries": 2,\n  "timeout": 30,\n  "region": "eu",\n  "property": "status"\n}' },
      { lang: 'yaml', text: '- type: body_size\n  expected: [⟦200⟧, 204]' },
    ],
  },
};
