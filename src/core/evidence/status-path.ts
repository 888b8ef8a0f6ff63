/**
 * A status in a URL that names one: httpbin-style `/status/418`, `/http/503`, MDN's
 * `.../HTTP/Status/404`, a mock server's `/respond-with/429`.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';

export const statusPath: Evidence = {
  id: 'status-path',
  direction: 'slot',
  view: 'any',
  summary: 'a URL path segment that names a status (`/status/418`, MDN `/Status/404`)',
  test: (c: Candidate): Finding | undefined =>
    /\/(?:status|statuses|Status|http-status|httpstat|statuscode|status-code|codes?|respond-with|return)\/$/.test(c.left) && /^(?:$|[?#"'`)\s,;\]>])/.test(c.right) ? {} : undefined,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-path': {
    fires: [
      { lang: 'javascript', text: "await fetch('https://httpbin.org/status/⟦418⟧');" },
      { lang: 'markdown', text: 'See https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/⟦429⟧ for details.' },
      { lang: 'shellscript', text: 'curl -s https://httpbin.org/status/⟦503⟧' },
      { lang: 'python', text: 'r = client.get("/status/⟦204⟧")' },
      { lang: 'typescript', text: "await request(mock).get('/code/⟦401⟧').expect(401);" },
      { lang: 'yaml', text: 'url: http://mock:8080/codes/⟦503⟧' },
    ],
    silent: [
      { lang: 'javascript', text: "await fetch('https://api.example.com/search?page=⟦418⟧');" },
      { lang: 'markdown', text: 'See page ⟦429⟧ of the manual for details.' },
      { lang: 'shellscript', text: 'curl -s "https://example.com/items?limit=⟦503⟧"' },
      { lang: 'python', text: 'r = client.get("/status/⟦204⟧/history")' },
      { lang: 'typescript', text: "await request(mock).get('/codes?after=⟦401⟧').expect(200);" },
      { lang: 'yaml', text: 'url: http://mock:8080/codes/⟦503⟧/retry' },
    ],
  },
};
