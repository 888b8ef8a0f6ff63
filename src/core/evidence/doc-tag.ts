/**
 * Documentation tags and annotations that name a response status: PHPDoc/JSDoc `@response 404`,
 * `@throws NotFoundHttpException 404`, apiDoc `@apiError (404)`, Sphinx httpdomain `:status 404:` and
 * `:statuscode 404:`, Clojure ring maps `{:status 404}`, Perl/Mojolicious `status => 404`.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';

const TAG = /(?:@(?:response|responseStatus|status|statusCode|returns?\s+\{?\s*(?:status|http)\w*\}?|throws?\s+[\w\\.]+|exception\s+[\w\\.]+|apiError|apiSuccess|apiErrorExample|apiSuccessExample|api\s*response|ApiResponse|OA\\Response|SWG\\Response)\s*(?:\(\s*)?(?:code\s*[:=]\s*)?|:(?:status|statuscode|resheader\s+\S+\s+on)\s+|:status\s+|\bstatus\s*=>\s*|\bresponse\s*\(\s*status\s*:\s*)["']?$/i;

export const docTag: Evidence = {
  id: 'doc-tag',
  direction: 'slot',
  view: 'any',
  summary: 'a documentation tag or map key that names a response status (`@response 404`, `:status 404`)',
  test: (c: Candidate): Finding | undefined => (TAG.test(c.left) ? {} : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'doc-tag': {
    fires: [
      { lang: 'php', text: '/** @response ⟦404⟧ {"message": "missing"} */' },
      { lang: 'python', text: '    :statuscode ⟦404⟧: no such parcel' },
      { lang: 'clojure', text: '{:status ⟦201⟧ :body {:id id}}' },
      { lang: 'perl', text: '$c->render(json => $err, status => ⟦422⟧);' },
    ],
    silent: [
      { lang: 'php', text: '/** @var int ⟦404⟧ */' },
      { lang: 'python', text: '    :param limit: at most ⟦100⟧ rows' },
      { lang: 'clojure', text: '{:timeout ⟦500⟧ :body {:id id}}' },
      { lang: 'perl', text: '$c->render(json => $err, width => ⟦420⟧);' },
    ],
  },
};
