import * as assert from 'node:assert/strict';
import { classLike, comparison, turnedAround } from '../../src/core/evidence/comparison';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Comparisons with a status (src/core/evidence/comparison.ts), operator by operator and language by language,
// and whether each covers a whole class (`>= 500`, `< 300`): the class decides which card the hover shows.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

describe('comparison: which ordering comparisons cover a class', () => {
  const CLASS_LIKE: Array<[string, number | undefined, boolean]> = [
    ['<', 300, true], ['<', 299, false], ['<=', 299, true], ['<=', 300, true], ['<=', 250, false],
    ['>', 499, true], ['>', 500, true], ['>', 450, false], ['>=', 500, true], ['>=', 499, false], ['>=', 550, false],
    ['<', undefined, false],
  ];
  for (const [op, value, expected] of CLASS_LIKE) {
    it(`status ${op} ${value} ${expected ? 'covers a class' : 'does not cover a class'}`, () => assert.equal(classLike(value, op), expected));
  }

  it('turns an operator around for `value OP status`', () => {
    assert.deepEqual(['<', '<=', '>', '>=', '==', '!='].map(turnedAround), ['>', '>=', '<', '<=', '==', '!=']);
  });
});

/** [language, snippet, 'class' (a comparison over a class), 'fires' (a comparison with one status), 'silent'] */
const ROWS: Array<[string, string, 'class' | 'fires' | 'silent']> = [
  ["javascript", "axios.create({ validateStatus: (s) => s < ⟦500⟧ });", 'class'],
  ["javascript", "axios.create({ validateStatus: function (status) { return status >= 200 && status < ⟦300⟧; } });", 'class'],
  ["javascript", "axios.create({ validateStatus: (s) => s === ⟦404⟧ });", 'fires'],
  ["javascript", "axios.create({ validateStatus(s) { return s <= ⟦399⟧ } });", 'class'],
  ["javascript", "axios.create({ validateStatus: (s) => x < ⟦500⟧ });", 'silent'],
  ["javascript", "axios.create({ validateStatus: (s) => s.length < ⟦500⟧ });", 'silent'],
  ["dart", "Options(validateStatus: (status) => status! < ⟦500⟧)", 'class'],
  ["go", "if resp.StatusCode != ⟦200⟧ {", 'fires'],
  ["go", "if resp.StatusCode > ⟦499⟧ {", 'class'],
  ["go", "if resp.StatusCode > ⟦450⟧ {", 'fires'],
  ["go", "if resp.StatusCode <= ⟦299⟧ {", 'class'],
  ["go", "if resp.StatusCode <= ⟦250⟧ {", 'fires'],
  ["go", "if resp.StatusCode < ⟦299⟧ {", 'fires'],
  ["go", "if resp.StatusCode >= ⟦499⟧ {", 'fires'],
  ["erlang", "case Status =/= ⟦200⟧ of", 'fires'],
  ["erlang", "if StatusCode =< ⟦299⟧ -> ok end", 'class'],
  ["haskell", "when (statusCode st /= ⟦200⟧) $ throwIO e", 'fires'],
  ["python", "if r.status_code is not ⟦200⟧:", 'fires'],
  ["csharp", "if (response.StatusCode is >= 200 and < ⟦300⟧) return;", 'class'],
  ["python", "if r.status_code in [200, ⟦201⟧]:", 'fires'],
  ["sql", "SELECT * FROM hits WHERE status IN (500, ⟦502⟧)", 'fires'],
  ["sql", "SELECT * FROM hits WHERE status BETWEEN 500 AND ⟦599⟧", 'fires'],
  ["java", "if (response.getStatus().equals(⟦404⟧)) {", 'fires'],
  ["csharp", "if (response.StatusCode.Equals(⟦404⟧)) {", 'fires'],
  ["javascript", "if (res.status.eq(⟦404⟧)) {", 'fires'],
  ["perl", "if ($res->code =~ ⟦404⟧) {", 'fires'],
  ["javascript", "if (⟦499⟧ < res.status) retry();", 'class'],
  ["javascript", "if (⟦500⟧ <= res.status) retry();", 'class'],
  ["javascript", "if (⟦404⟧ == res.status) retry();", 'fires'],
  ["javascript", "if (⟦404⟧ == res.statusText) retry();", 'silent'],
  ["javascript", "if (⟦404⟧ == res.status(x)) retry();", 'fires'],
  ["javascript", "if (⟦404⟧ == code) retry();", 'silent'],
  ["javascript", "const res = await fetch(u);\nif (⟦404⟧ == code) retry();", 'fires'],
  ["javascript", "const res = await fetch(u);\nif (code == ⟦404⟧) retry();", 'fires'],
  ["javascript", "if (code == ⟦404⟧) retry();", 'silent'],
  ["swift", "if (200...⟦299⟧).contains(http.statusCode) {", 'fires'],
  ["javascript", "if ([200, ⟦201⟧].indexOf(res.status) >= 0) {", 'fires'],
  ["javascript", "if ([200, ⟦201⟧].includes(room.floor)) {", 'silent'],
  ["javascript", "if ([200, ⟦201⟧] .includes( res.status )) {", 'fires'],
  ["haskell", "if statusCode (responseStatus r) == ⟦401⟧ then login else pure ()", 'fires'],
  ["haskell", "if statusCode st >= ⟦500⟧ then retry else pure ()", 'fires'],
  ["erlang", "if Code == ⟦404⟧ -> missing end", 'fires'],
  ["nginx", "if ($status = ⟦404⟧) { return 410; }", 'fires'],
  ["nginx", "if ($upstream_status = ⟦502⟧) { return 503; }", 'fires'],
  ["yaml", "filter: http.response.status_code == ⟦500⟧", 'fires'],
  ["shellscript", "awk '($9 >= ⟦500⟧) { e++ }' access.log", 'fires'],
  ["shellscript", "awk '{ if ($9 == \"⟦404⟧\") n++ }' access.log", 'fires'],
  ["dockerfile", "HEALTHCHECK CMD code=$(curl -s -o /dev/null -w '%{http_code}' localhost) && [ \"$code\" = \"⟦200⟧\" ]", 'fires'],
  ["shellscript", "if [ \"$(curl -s -o /dev/null -w '%{http_code}' \"$u\")\" = \"⟦200⟧\" ]; then", 'fires'],
  ["shellscript", "if [ \"$rc\" = \"⟦200⟧\" ]; then", 'silent'],
  ["powershell", "$r = Invoke-WebRequest $u\nif ($r.StatusCode -ne ⟦200⟧) { exit 1 }", 'fires'],
  ["kotlin", "if (response.code in 200 until ⟦300⟧) ok()", 'class'],
  ["kotlin", "if (response.code in 200..⟦299⟧) ok()", 'class'],
  ["scala", "if (200 to ⟦299⟧ contains resp.code) ok()", 'class'],
  ["kotlin", "if (width in 200..⟦299⟧) ok()", 'silent'],
  ["clojure", "(if (< (:status resp) ⟦300⟧) :ok :err)", 'class'],
  ["clojure", "(if (not= ⟦200⟧ (:status resp)) :err :ok)", 'fires'],
  ["clojure", "(if (== ⟦200⟧ (:status resp)) :ok :err)", 'fires'],
  ["clojure", "(if (> (:status resp) ⟦499⟧) :err :ok)", 'class'],
  ["clojure", "(if (< (count rows) ⟦300⟧) :ok :err)", 'silent'],
  ["clojure", "(if (= ⟦200⟧ (.getStatus resp)) :ok :err)", 'fires'],
  ["clojure", "(if (= ⟦200⟧ (status-code resp)) :ok :err)", 'fires'],
  ["clojure", "(let [x (= ⟦200⟧ status)] x)", 'fires'],
  ["clojure", "(if (<= ⟦500⟧ (:status resp) 599) :retry :done)", 'class'],
  ["clojure", "(if (<= 500 (:status resp) ⟦599⟧) :retry :done)", 'class'],
  ["clojure", "(if (< ⟦299⟧ (:status resp)) :err :ok)", 'class'],
  ["clojure", "(if (< ⟦300⟧ (:status resp)) :err :ok)", 'class'],
  ["clojure", "(if (< ⟦404⟧ (:status resp)) :err :ok)", 'fires'],
  // Where the comparison ends (Lisp forms), ranges, expression languages, shell tests, spacing.
  ["clojure", "(if (= ⟦404⟧ n) (:status resp) :ok)", 'silent'],
  ["clojure", "(if (= ⟦404⟧ (count rows)) (:status resp) :ok)", 'silent'],
  ["clojure", "(if (= ⟦404⟧ (:status resp)) :gone :ok)", 'fires'],
  ["clojure", "(if (= ⟦404⟧ (get-in resp [:status])) :gone :ok)", 'fires'],
  ["clojure", "(if (=  ⟦404⟧ (:status resp)) :gone :ok)", 'fires'],
  ["kotlin", "if (response.code in 20..⟦299⟧) ok()", 'silent'],
  ["kotlin", "if (response.code in 200 .. ⟦299⟧) ok()", 'class'],
  ["swift", "if (200 ..< ⟦300⟧).contains(http.statusCode) {", 'fires'],
  ["rust", "if (⟦200⟧..=299).contains(&resp.status().as_u16()) {", 'class'],
  ["ruby", "if (⟦200⟧...300).cover?(response.code.to_i)", 'class'],
  ["kotlin", "if (response.code in ⟦200⟧ until 300) ok()", 'fires'],
  ["kotlin", "if (width in ⟦200⟧ until 300) ok()", 'silent'],
  ["apacheconf", "Header set X-Down \"1\" \"expr=%{REQUEST_STATUS}==⟦503⟧\"", 'fires'],
  ["nginx", "if ($status != ⟦200⟧) { set $log 1; }", 'fires'],
  ["yaml", "when: response.code == ⟦404⟧", 'fires'],
  ["python", "ok = r.status_code==⟦200⟧", 'fires'],
  ["yaml", "filter: http.response.status_code >= ⟦500⟧", 'class'],
  ["shellscript", "awk '$9==⟦404⟧' access.log", 'fires'],
  ["shellscript", "awk '($9 > ⟦499⟧)' access.log", 'fires'],
  ["shellscript", "awk 'NR > 1 && $9 >= ⟦500⟧' access.log", 'fires'],
  ["shellscript", "awk 'x$9 >= ⟦500⟧' access.log", 'silent'],
  ["yaml", "expr: sum(rate(http_status_code_total{code=\"5xx\"}[5m])) > ⟦500⟧", 'silent'],
  ["yaml", "expr: nginx_http_status_code{job=\"web\"} == ⟦404⟧", 'fires'],
  ["yaml", "steps:\n  - run: |\n      code=$(curl -s -o /dev/null -w '%{http_code}' \"$URL\")\n      test \"$code\" -eq ⟦200⟧", 'fires'],
  ["powershell", "$status = (Invoke-WebRequest $u -SkipHttpErrorCheck).StatusCode\n# curl equivalent\nif ($status -eq ⟦200⟧) { 'ok' }", 'fires'],
  ["shellscript", "code=$(curl -s -w '%{http_code}' \"$u\")\n[[ $code != \"⟦200⟧\" ]] && exit 1", 'fires'],
  ["shellscript", "code=$(curl -s -w '%{http_code}' \"$u\")\n[[ $count != \"⟦200⟧\" ]] && exit 1", 'silent'],
  ["shellscript", "code=$(curl -s -w '%{http_code}' \"$u\")\n[ \"${http_status}\" -ne ⟦200⟧ ] && exit 1", 'fires'],
  ["haskell", "when (statusCode  st >= ⟦500⟧) retry", 'fires'],
  ["haskell", "when (status (responseStatus r) /= ⟦200⟧) retry", 'fires'],
  ["haskell", "when (statusCode st>=⟦500⟧) retry", 'fires'],
  ["erlang", "if Status>=⟦500⟧ -> retry end", 'fires'],
  ["erlang", "if Count >= ⟦500⟧ -> retry end", 'silent'],
  ["javascript", "if ([200,⟦201⟧].includes(res.status)) done();", 'fires'],
  ["javascript", "if ((⟦200⟧, 201).includes(res.status)) done();", 'fires'],
  ["javascript", "if ([⟦200⟧, 201].map(f).includes(res.status)) done();", 'silent'],
  ["python", "if resp.status in (⟦502⟧,503):", 'fires'],
  ["go", "if resp.StatusCode>=⟦500⟧ {", 'class'],
  ["javascript", "if (code == ⟦404⟧) retry(); // the HTTP response", 'fires'],
  ["javascript", "const res = await fetch(u);\nif (Code == ⟦404⟧) retry();", 'fires'],
  ["javascript", "const res = await fetch(u);\nif (⟦404⟧ == Code) retry();", 'fires'],
  ["javascript", "const res = await fetch(u);\nif (⟦404⟧ == x.code) retry();", 'silent'],
  ["javascript", "const res = await fetch(u);\nif (x.code == ⟦404⟧) retry();", 'silent'],
];

describe('comparison: operator by operator, language by language', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected}: ${snippet.split('\n').pop()} (${lang})`, () => {
      const f = comparison.test(at(lang, snippet));
      assert.equal(f ? (f.classCheck ? 'class' : 'fires') : 'silent', expected);
    });
  }
});
