/**
 * A response key of an API description: `'404':` under `responses:` in OpenAPI YAML, `"200": {` under
 * `"responses": {` in JSON, `responses={404: {...}}` in FastAPI decorators.
 */
import { contextLine, LINES_ABOVE } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

const INDENT = /^\s*/;

function responsesAt(c: Candidate): Finding | undefined {
  // Inline: responses={404: {...}, 500: ...} or response: { 200: ... }.
  if (/\bresponses?["']?\s*[=:]\s*\{(?:(?:[^{}]|\{[^{}]*\})*,)?\s*["']?$/.test(c.left) && (c.completion || /^\s*["']?\s*:/.test(c.right))) {
    return {};
  }
  if (!/^\s*(?:-\s*)?["']?$/.test(c.left)) return undefined;
  if (!(c.completion && !c.right.trim()) && !/^["']?\s*:/.test(c.right)) return undefined;
  const indent = INDENT.exec(c.left)![0].length;
  if (indent === 0) return undefined;
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < LINES_ABOVE * 4; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (!t.trim() || /^\s*(?:#|\/\/)/.test(t)) continue;
    const i = INDENT.exec(t)![0].length;
    if (i >= indent) continue;
    return /^\s*["']?(?:responses|response)["']?\s*[:=]\s*[{(]?\s*$/.test(t) ? {} : undefined;
  }
  return undefined;
}

export const responsesKey: Evidence = {
  id: 'responses-key',
  direction: 'slot',
  view: 'code',
  summary: 'a key under `responses` in an API description (OpenAPI, Swagger, FastAPI)',
  test: responsesAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'responses-key': {
    fires: [
      { lang: 'yaml', text: "responses:\n  '⟦404⟧':\n    description: missing" },
      { lang: 'json', text: '"responses": {\n  "⟦201⟧": { "description": "created" }\n}' },
      { lang: 'python', text: '@app.get("/x", responses={⟦404⟧: {"model": Error}})' },
      { lang: 'yaml', text: 'responses:\n  "200":\n    description: ok\n  "⟦500⟧":\n    description: broken' },
      { lang: 'python', text: '@app.get("/x", responses={404: {"model": Error}, ⟦409⟧: {"model": Conflict}})' },
      { lang: 'python', text: 'responses = {\n    ⟦404⟧: {"description": "Item not found"},\n}' },
      { lang: 'yaml', text: "responses:\n  # errors first\n\n  '⟦404⟧':\n    description: missing" },
      { lang: 'json', text: '"responses" : {\n    "⟦200⟧" : { "description": "ok" }\n}' },
      { lang: 'javascript', text: "fastify.get('/x', { schema: { response: { ⟦200⟧: Item } } }, handler);" },
      { lang: 'typescript', text: "const schema = {\n  response: {\n    ⟦201⟧: CreatedSchema,\n  },\n};" },
      { lang: 'yaml', text: "responses:\n  '200':\n    description: ok\n  - '⟦204⟧':\n    description: empty" },
    ],
    silent: [
      { lang: 'yaml', text: 'ports:\n  ⟦443⟧: 8443' },
      { lang: 'yaml', text: 'schema:\n  maximum: ⟦100⟧' },
      { lang: 'json', text: '"limits": {\n  "⟦500⟧": "burst"\n}' },
      { lang: 'yaml', text: 'sizes:\n  - ⟦256⟧' },
      { lang: 'yaml', text: "responses:\n  '200':\n    content:\n      ⟦404⟧: x" },
      { lang: 'yaml', text: 'response_time:\n  ⟦500⟧: slow' },
      { lang: 'yaml', text: '⟦404⟧: missing' },
      { lang: 'python', text: 'limits = dict(responses={"max": ⟦404⟧})' },
      { lang: 'javascript', text: "fastify.get('/x', { schema: { limits: { ⟦200⟧: Item } } }, handler);" },
      { lang: 'typescript', text: "const policy = {\n  retries: {\n    ⟦201⟧: 3,\n  },\n};" },
      { lang: 'python', text: 'allowed = dict(responses={⟦404⟧, 500})' },
    ],
  },
};
