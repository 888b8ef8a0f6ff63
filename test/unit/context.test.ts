import * as assert from 'node:assert/strict';
import { callOf, curlNearby, httpNearby, otherProtocolAtHand, otherProtocolNearby } from '../../src/core/evidence/context';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

/** The candidate for the number marked ⟦⟧ in a snippet, read as code. */
const candidate = (lang: string, labelled: string): Candidate => markedCandidate(lang, labelled);

type Call = { callee: string; name: string; receiver: string; argIndex: number; argsBefore: string } | undefined;

const LONG_ARGS = `return Response(${'arg, '.repeat(50)}\n    ⟦201⟧,\n)`;
const LONG_COMMENT = `# ${'x'.repeat(220)} return Response(\n    ⟦201⟧,\n)`;

/** [language, snippet, the call the value is an argument of] */
const CALLS: Array<[string, string, Call]> = [
  ['javascript', 'res.status(⟦404⟧).json({});', { callee: 'res.status', name: 'status', receiver: 'res', argIndex: 0, argsBefore: '' }],
  ['go', 'http.Error(w, "gone", ⟦410⟧)', { callee: 'http.Error', name: 'Error', receiver: 'http', argIndex: 2, argsBefore: 'w, "gone", ' }],
  // An argument list opened on a line above: the lines between are read as one.
  ['python', 'return Response(\n    body,\n    ⟦201⟧,\n)', { callee: 'Response', name: 'Response', receiver: '', argIndex: 1, argsBefore: '     body,     ' }],
  ['python', 'return Response(body)\nx = [\n    ⟦201⟧,\n]', undefined],
  // Lisp: the form's first symbol is the callee, its last segment the name.
  ['clojure', '(json-response ⟦200⟧ {:id 1})', { callee: 'json-response', name: 'json-response', receiver: '', argIndex: 0, argsBefore: '' }],
  ['clojure', '(ring.util.response/status resp ⟦404⟧)', { callee: 'ring.util.response/status', name: 'status', receiver: 'ring.util.response', argIndex: 1, argsBefore: 'resp, ' }],
  ['clojure', '(-> (response body) (status ⟦201⟧))', { callee: 'status', name: 'status', receiver: '', argIndex: 0, argsBefore: '' }],
  ['clojure', '[⟦200⟧ 201]', undefined],
  ['clojure', '("x" ⟦200⟧)', undefined],
  // A condition in parentheses is not an argument list.
  ['javascript', 'if (err.responseCode === ⟦550⟧) retry();', undefined],
  ['javascript', 'while (attempts < ⟦100⟧) attempts++;', undefined],
  // Rocket's catcher attribute is a call.
  ['rust', '#[catch(⟦404⟧)]', { callee: 'catch', name: 'catch', receiver: '', argIndex: 0, argsBefore: '' }],
  // Argument lists opened above: six lines up at most, not past a statement's end or a list that closed.
  ["python", "return Response(\n    body,\n    ⟦201⟧,\n)", { callee: "Response", name: "Response", receiver: "", argIndex: 1, argsBefore: "     body,     " }],
  ["python", "return Response(\n    body + 1, ⟦201⟧,\n)", undefined],
  ["python", "return Response(\n    \"a\", 'b', ⟦201⟧,\n)", { callee: "Response", name: "Response", receiver: "", argIndex: 2, argsBefore: "     \"a\", 'b', " }],
  ["python", "return Response(\n    make(body),\n    ⟦201⟧,\n)", { callee: "Response", name: "Response", receiver: "", argIndex: 1, argsBefore: "     make(body),     " }],
  ["python", "x = 1;\n    body,\n    ⟦201⟧,", undefined],
  ["python", "return Response(\n  a,\n  b,\n  c,\n  d,\n  e,\n  ⟦201⟧,\n)", { callee: "Response", name: "Response", receiver: "", argIndex: 5, argsBefore: "   a,   b,   c,   d,   e,   " }],
  ["python", "return Response(\n  a,\n  b,\n  c,\n  d,\n  e,\n  f,\n  ⟦201⟧,\n)", undefined],
  ["python", "return Response(a,\n  b),\n  ⟦201⟧,", undefined],
  ["python", "if x:\n  b,\n  ⟦201⟧,", undefined],
  ["javascript", "res.status(\n  ⟦404⟧\n)", { callee: "res.status", name: "status", receiver: "res", argIndex: 0, argsBefore: "   " }],
  ["javascript", "res.status(\n  x; ⟦404⟧\n)", undefined],
  ["clojure", "(f \"a b\" ⟦200⟧)", { callee: "f", name: "f", receiver: "", argIndex: 1, argsBefore: "\"a b\", " }],
  ["clojure", "(f [1 2] ⟦200⟧)", { callee: "f", name: "f", receiver: "", argIndex: 1, argsBefore: "[1 2], " }],
  ["clojure", "(f (g x) ⟦200⟧)", { callee: "f", name: "f", receiver: "", argIndex: 1, argsBefore: "(g x), " }],
  ["clojure", "(f {:a 1} ⟦200⟧)", { callee: "f", name: "f", receiver: "", argIndex: 1, argsBefore: "{:a 1}, " }],
  ["clojure", "[(f ⟦200⟧)]", { callee: "f", name: "f", receiver: "", argIndex: 0, argsBefore: "" }],
  ["clojure", "[x ⟦200⟧]", undefined],
  ["clojure", "{:a ⟦200⟧}", undefined],
  ["clojure", "((f) ⟦200⟧)", undefined],
  ["clojure", "(f x) ⟦200⟧", undefined],
  ["clojure", "f) ⟦200⟧", undefined],
  ["clojure", "(f \"unterminated ⟦200⟧", undefined],
  ["clojure", "(f a\" ⟦200⟧)", undefined],
  ["clojure", "(f   x    ⟦200⟧)", { callee: "f", name: "f", receiver: "", argIndex: 1, argsBefore: "x, " }],
  ["clojure", "(ns.core/f ⟦200⟧)", { callee: "ns.core/f", name: "f", receiver: "ns.core", argIndex: 0, argsBefore: "" }],
  ["clojure", "(f (g (h x)) ⟦200⟧)", { callee: "f", name: "f", receiver: "", argIndex: 1, argsBefore: "(g (h x)), " }],
  ["clojure", "(f (g x)) y) ⟦200⟧)", undefined],
  // A line above longer than 200 characters is read by its end only: an opener at its start is out of reach.
  ['python', LONG_ARGS, undefined],
  ['python', LONG_COMMENT, { callee: "Response", name: "Response", receiver: "", argIndex: 0, argsBefore: "     " }],
];

describe('context: the call a value is an argument of', () => {
  for (const [lang, text, expected] of CALLS) {
    it(`${lang}: ${JSON.stringify(text)}`, () => {
      const call = callOf(candidate(lang, text));
      assert.deepEqual(call && { callee: call.callee, name: call.name, receiver: call.receiver, argIndex: call.argIndex, argsBefore: call.argsBefore }, expected);
    });
  }
});

describe('context: an argument list opened above', () => {
  it('gives offsets relative to the value\'s own line: the opener and the callee before it lie on a line above', () => {
    const call = callOf(candidate('python', 'return Response(\n    body,\n    ⟦201⟧,\n)'));
    assert.ok(call && call.open < 0 && call.start < call.open, JSON.stringify(call));
  });

  it('is looked for in code only: in a comment the same lines are prose', () => {
    const c = candidate('python', 'return Response(\n    body,\n    ⟦201⟧,\n)');
    assert.equal(callOf({ ...c, region: 'comment', memo: {} }), undefined);
  });
});

describe('context: what the lines around a value speak of', () => {
  it('HTTP: on the line, or within the lines around it', () => {
    assert.equal(httpNearby(candidate('python', '# the API answers with a JSON body\nx = ⟦200⟧')), true);
    assert.equal(httpNearby(candidate('python', '# the oven heats up\nx = ⟦200⟧')), false);
    assert.equal(httpNearby(candidate('python', '# an HTTP request\n\n\n\n\n\n\nx = ⟦200⟧')), false, 'a mention seven lines up is too far');
    assert.equal(httpNearby(candidate('python', '# an HTTP request\n\n\n\n\n\nx = ⟦200⟧')), true, 'six lines up is near');
    assert.equal(httpNearby(candidate('python', 'x = ⟦200⟧\n\n\n# an HTTP request')), true, 'three lines down is near');
    assert.equal(httpNearby(candidate('python', 'x = ⟦200⟧\n\n\n\n# an HTTP request')), false, 'four lines down is not');
  });

  it('curl: on the lines above only', () => {
    const curl = 'code=$(curl -s -o /dev/null -w \'%{http_code}\' "$u")\nif [ "$code" = "⟦200⟧" ]; then';
    assert.equal(curlNearby(candidate('shellscript', curl)), true);
    assert.equal(curlNearby(candidate('shellscript', 'if [ "$code" = "⟦200⟧" ]; then\n  curl -sf "$u"\nfi')), false);
  });

  it('another protocol at hand (two lines) and nearby (five lines, or the head of the file)', () => {
    const mail = candidate('javascript', "const smtp = require('nodemailer');\nif (err.responseCode === ⟦550⟧) retry();");
    assert.equal(otherProtocolAtHand(mail), true);
    assert.equal(otherProtocolNearby(mail), true);
    const imported = candidate('python', 'import smtplib\n\n\n\n\n\n\n\ndef f():\n    return ⟦250⟧');
    assert.equal(otherProtocolAtHand(imported), false, 'the import is eight lines up');
    assert.equal(otherProtocolNearby(imported), true, 'the head of the file imports smtplib');
    const plain = candidate('python', 'import requests\n\ndef f():\n    return ⟦250⟧');
    assert.equal(otherProtocolAtHand(plain), false);
    assert.equal(otherProtocolNearby(plain), false);
  });

  it('answers once per candidate', () => {
    const c = candidate('javascript', "const smtp = require('nodemailer');\nif (err.responseCode === ⟦550⟧) retry();");
    assert.equal(otherProtocolNearby(c), true);
    assert.equal(c.memo.otherProtocol, true);
    assert.equal(httpNearby(c), c.memo.httpNearby);
  });
});
