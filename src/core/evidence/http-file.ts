/**
 * The file speaks HTTP: it imports a web framework or an HTTP client, or its lines around the value talk
 * of requests, responses and statuses. Read once per document version from a bounded head of the file.
 */
import type { TextSource } from '../types';
import { HEAD, headFlags, LINE, linesWith } from './facts';
import type { Candidate, Evidence, Examples, Finding } from './types';

/** Whether the head of the file imports or uses an HTTP library (facts.ts lists them). */
export function importsHttp(doc: TextSource): boolean {
  return (headFlags(doc) & HEAD.httpLibrary) !== 0;
}

/** How many of the lines around the value talk HTTP (routes, headers, requests, statuses). */
export function httpWordsAround(c: Candidate): number {
  c.memo.httpWords ??= linesWith(c.doc, c.line - 12, c.line + 6, -1, LINE.httpTalk);
  return c.memo.httpWords as number;
}

export const httpImport: Evidence = {
  id: 'http-import',
  direction: 'for',
  view: 'any',
  summary: 'the file imports a web framework or HTTP client (or is an HTTP, nginx or Apache file)',
  test: (c): Finding | undefined => (importsHttp(c.doc) ? {} : undefined),
};

export const httpWords: Evidence = {
  id: 'http-words',
  direction: 'for',
  view: 'any',
  summary: 'the lines around the value talk of requests, responses, statuses, routes and headers',
  test: (c): Finding | undefined => {
    const n = httpWordsAround(c);
    return n >= 2 ? { strength: Math.min(1, (n - 1) / 4) } : undefined;
  },
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'http-import': {
    fires: [
      { lang: 'javascript', text: "const express = require('express');\nconst LIMIT = ⟦404⟧;" },
      { lang: 'python', text: 'import requests\n\nx = ⟦200⟧' },
      { lang: 'go', text: 'import (\n\t"net/http"\n)\nvar n = ⟦500⟧' },
      { lang: 'nginx', text: 'listen ⟦443⟧;' },
    ],
    silent: [
      { lang: 'javascript', text: "const fs = require('fs');\nconst LIMIT = ⟦404⟧;" },
      { lang: 'python', text: 'import numpy as np\n\nx = ⟦200⟧' },
      { lang: 'go', text: 'import (\n\t"image/png"\n)\nvar n = ⟦500⟧' },
      { lang: 'css', text: '.a { z-index: ⟦404⟧; }' },
    ],
  },
  'http-words': {
    fires: [
      // Two lines talk HTTP: strength (2 - 1) / 4.
      { lang: 'javascript', text: 'router.get("/x", handler);\nconst response = await fetch(url);\nconst n = ⟦404⟧;', strength: 0.25 },
      { lang: 'python', text: '# the endpoint returns json\nheaders = {}\nx = ⟦200⟧' },
      { lang: 'go', text: 'func handler(w http.ResponseWriter, r *http.Request) {\n\turl := r.URL.Query().Get("next")\n\tn := ⟦500⟧' },
      { lang: 'yaml', text: 'route: /api\nproxy: gateway\nvalue: ⟦502⟧' },
    ],
    silent: [
      { lang: 'javascript', text: 'const canvas = document.createElement("canvas");\ncanvas.width = ⟦400⟧;' },
      { lang: 'python', text: 'import numpy as np\nx = np.zeros(⟦200⟧)' },
      { lang: 'go', text: 'img := image.NewRGBA(image.Rect(0, 0, ⟦320⟧, 240))' },
      { lang: 'yaml', text: 'resources:\n  replicas: ⟦300⟧' },
    ],
  },
};
