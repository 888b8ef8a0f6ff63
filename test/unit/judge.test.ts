import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { codeSlot, completionWeighs, judgeNumber, mayHoldValue } from '../../src/core/evidence/index';
import type { Candidate, Examples } from '../../src/core/evidence/types';
import { explainNumber } from '../../src/core/detect';
import { statusAt } from '../../src/core/index';
import { tokenAt, viewAt } from '../../src/core/scan';
import { docOf, parseLabels } from '../support/labels';
import { cursorCandidate, markedCandidate } from '../support/candidate';

// How the evidence is combined (src/core/evidence/index.ts): the slot found before a conditional
// expression, where completion may weigh or judge a value, another protocol owning a reply code in a
// file that imports it, and the hover's early stop.

/** The candidate for the number marked ⟦⟧ in a snippet, read as code. */
const candidate = (lang: string, labelled: string): Candidate => markedCandidate(lang, labelled);

/** The completion candidate at the cursor `|` of a snippet (every snippet here ends at the cursor). */
const cursor = cursorCandidate;

/** [language, snippet, the slot a value in one branch of a conditional expression stands in] */
const BRANCHES: Array<[string, string, string | undefined]> = [
  // Either branch of a ternary inside a status call: the call is the slot.
  ['javascript', 'res.status(ok ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(ok ? 200 : ⟦503⟧);', 'status-call'],
  ['javascript', 'res.status(ok ?⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status( ok ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(ok ? 200 : e ? ⟦404⟧ : 500);', 'status-call'],
  ['javascript', "res.status(ok ? '200' : ⟦503⟧);", 'status-call'],
  ['kotlin', 'call.respond(if (ok) HttpStatusCode.OK else ⟦404⟧)', 'status-call'],
  ['php', 'return response()->json($d, $ok ? ⟦200⟧ : 422);', 'status-call'],
  // The condition's own operators do not end the expression: the call still opens it.
  ['javascript', 'res.status(a >= b ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(a <= b ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(a == b ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(a != b ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(a === b ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(f(x) ? ⟦200⟧ : 503);', 'status-call'],
  ['javascript', 'res.status(list[0] ? ⟦200⟧ : 503);', 'status-call'],
  // A fallback after ||, ??, ?: and Python's or.
  ['javascript', 'res.status(err.status || ⟦500⟧);', 'status-call'],
  ['javascript', 'res.status(check(a) || ⟦500⟧)', 'status-call'],
  ['javascript', 'res.status(err.status ?? ⟦500⟧);', 'status-call'],
  ['php', 'res.status(a ?: ⟦500⟧)', 'status-call'],
  ['python', 'abort(e.code or ⟦500⟧)', 'status-call'],
  ['python', 'status_code = e.code or ⟦500⟧', 'status-key'],
  // Python's and Kotlin's if/else expressions, Haskell's if/then/else.
  ['python', 'abort(404 if missing else ⟦410⟧)', 'status-call'],
  ['python', 'return body, 204 if ok else ⟦404⟧', 'tuple'],
  ['kotlin', 'call.respond(if (ok) ⟦200⟧ else 404)', 'status-call'],
  ['kotlin', 'call.respond(if(ok) ⟦200⟧ else 404)', 'status-call'],
  ['scala', 'complete(if (ok) ⟦200⟧ else 404)', 'status-call'],
  ['haskell', 'status (if ok then ⟦200⟧ else 404)', 'status-call'],
  ['haskell', 'status (if ok then Ok else ⟦404⟧)', 'status-call'],
  // Assignments and keys: =, :=, =>, a status key.
  ['javascript', 'const status = ok ? ⟦200⟧ : 503;', 'status-key'],
  ['javascript', 'const statusCode = cond ? ⟦200⟧ : 404;', 'status-key'],
  ['javascript', 'let status; status = ok ? ⟦200⟧ : 404;', 'status-key'],
  ['go', 'status := ok ? ⟦200⟧ : 404', 'status-key'],
  ['javascript', 'const s = { status: ok ? ⟦200⟧ : 503 };', 'status-key'],
  ['javascript', "const x = { 'status': ok ? ⟦200⟧ : 503 };", 'status-key'],
  ['go', 'httpStatus := ok ? ⟦200⟧ : 404', 'status-key'],
  ['yaml', 'status: ok ? ⟦200⟧ : 503', 'status-key'],
  ['javascript', 'const s = { status : ok ? ⟦200⟧ : 503 };', 'status-key'],
  // The expression starts after a statement's end, an index, an object or an arrow inside the call: no slot.
  ['javascript', 'res.status(a); ok ? ⟦200⟧ : 503;', undefined],
  ['javascript', 'res.status(list[ok ? ⟦200⟧ : 503]);', undefined],
  ['javascript', 'res.status({ x: ok ? ⟦200⟧ : 503 });', undefined],
  ['javascript', 'res.status(x => ok ? ⟦200⟧ : 503);', undefined],
  // Look-alikes: the expression stands where no status goes.
  ['javascript', 'const n = ok ? ⟦200⟧ : 503;', undefined],
  ['javascript', 'const code = err.status ?? ⟦500⟧;', undefined],
  ['python', 'limit = e.size or ⟦500⟧', undefined],
  ['javascript', 'x = { width: ok ? ⟦200⟧ : 503 };', undefined],
  ['javascript', 'const x = { mystatus: ok ? ⟦200⟧ : 503 };', undefined],
  ['javascript', 'setTimeout(f, ok ? ⟦200⟧ : 500);', undefined],
  ['javascript', 'res.status(a, ok ? ⟦200⟧ : 503);', undefined],
  ['javascript', 'return ok ? ⟦200⟧ : 404;', undefined],
  ['javascript', "res.status(ok ? 'x' : ⟦503⟧);", undefined],
  ['javascript', 'const handler = (req) => ok ? ⟦200⟧ : 404;', undefined],
  ['go', 'w.WriteHeader(map[bool]int{true: ⟦200⟧}[ok])', undefined],
];

describe('judge: a value in one branch of a conditional expression stands in the slot before the expression', () => {
  for (const [lang, snippet, expected] of BRANCHES) {
    it(`${expected ?? 'no slot'}: ${snippet} (${lang})`, () => {
      assert.equal(codeSlot(candidate(lang, snippet))?.id, expected);
    });
  }

  it('reads no further back than the rule context (140 characters), so a minified line costs the same as a short one', () => {
    const padded = (n: number): string => `res.status(ok /* ${'.'.repeat(n)} */ ? ⟦200⟧ : 503);`;
    const near = candidate('javascript', padded(100));
    const far = candidate('javascript', padded(140));
    assert.ok(near.left.length <= 140 && far.left.length > 140);
    assert.equal(codeSlot(near)?.id, 'status-call');
    assert.equal(codeSlot(far), undefined);
  });
});

/** [language, snippet with the cursor |, may completion weigh a value there, may it judge a stand-in there] */
const HOLDS: Array<[string, string, boolean, boolean]> = [
  // After an opener, a separator, an operator, a key, a name, a quote or a closer.
  ['python', 'import requests\nexpected = |', true, true],
  ['python', 'import requests\nx = foo(|', true, true],
  ['python', 'import requests\nok_codes = [|', true, true],
  ['javascript', 'const res = await fetch(u);\nconst retryable = [429, |', true, true],
  ['javascript', 'const res = await fetch(u);\nconst m = { |', true, true],
  ['javascript', 'const res = await fetch(u);\nconst a = b |', true, true],
  ['javascript', 'const res = await fetch(u);\nconst a = b.c + |', true, true],
  ['javascript', 'const res = await fetch(u);\nconst a = "x" |', true, true],
  ['javascript', 'const res = await fetch(u);\nconst a = x] |', true, true],
  ['javascript', 'const res = await fetch(u);\nconst ok = !|', true, true],
  // After a statement's end or a member dot, nothing is weighed; a stand-in may still be judged.
  ['javascript', 'const res = await fetch(u);\nconst a = x; |', false, true],
  ['javascript', 'const res = await fetch(u);\nconst a = x. |', false, true],
  ['javascript', 'const res = await fetch(u);\nconst a = @|', false, true],
  // At the start of a line: the line above (blank lines skipped, three at most) must leave an expression open.
  ['python', 'import requests\nok_codes = [\n    |', true, true],
  ['python', 'import requests\nok_codes = [\n    200,\n    |', true, true],
  ['python', 'import requests\nok_codes = [\n    200,  # fine\n    |', true, true],
  ['javascript', 'const codes = [\n    200, // fine\n    |', true, true],
  ['javascript', 'const codes = [\n\n\n|', true, true],
  ['javascript', 'const codes = [\n\n\n\n|', false, true],
  ['python', 'import requests\nx = 1\n|', false, true],
  ['javascript', 'const res = await fetch(u);\n\n\n\n|', false, true],
  ['javascript', '|', false, true],
  // Another protocol: at hand it stops both; nearby it stops weighing only.
  ['python', 'import smtplib\ns = smtplib.SMTP(h)\ncode = |', false, false],
  ['javascript', "import nodemailer from 'nodemailer';\nconst x = err.responseCode === |", false, false],
  ['javascript', '// exit codes\nprocess.exit(|', false, false],
  ['shellscript', '# exit status of the script\nexit |', false, false],
];

describe('judge: where completion may weigh a value, and where it may judge a stand-in status', () => {
  for (const [lang, snippet, weighed, judged] of HOLDS) {
    it(`${weighed ? 'weighs' : 'does not weigh'} and ${judged ? 'judges' : 'does not judge'} at ${JSON.stringify(snippet)} (${lang})`, () => {
      assert.equal(mayHoldValue(cursor(lang, snippet), 'weighed'), weighed, 'weighed');
      assert.equal(mayHoldValue(cursor(lang, snippet), 'judged'), judged, 'judged');
    });
  }
});

/** [language, snippet with the cursor |, does the weighed evidence reach completion's margin] */
const WEIGHED: Array<[string, string, boolean]> = [
  ['python', 'import requests\nr = requests.get(u)\nexpected = |', true],
  ['python', 'import requests\nr = requests.get(u)\nok_codes = [|', true],
  ['javascript', 'const res = await fetch(u);\nif (res.status === |', true],
  ['python', 'import requests\nr = requests.get(u)\nx = foo(|', false],
  ['python', 'import requests\nr = requests.get(u)\nx = 1;  |', false],
  ['python', 'import numpy as np\nwidth = |', false],
  ['javascript', "import nodemailer from 'nodemailer';\nconst x = err.responseCode === |", false],
];

describe('judge: completion weighs the evidence around a cursor where no slot rule fires', () => {
  for (const [lang, snippet, expected] of WEIGHED) {
    it(`${expected ? 'offers' : 'does not offer'} codes at ${JSON.stringify(snippet)} (${lang})`, () => {
      assert.equal(completionWeighs(cursor(lang, snippet)), expected);
    });
  }
});

/** [language, snippet, the slot the number is found in: how each view of a place is read] */
const VIEWS: Array<[string, string, string | undefined]> = [
  // A quoted value that is exactly the number is a value in code; a mismatched or longer string is not.
  ['javascript', "const x = { status: '⟦404⟧' };", 'status-key'],
  ['javascript', 'const x = { status: "⟦404⟧" };', 'status-key'],
  ['javascript', 'const x = { status: "⟦404⟧\' };', undefined],
  ['javascript', "const x = { status: '⟦404⟧ Not Found' };", 'reason-phrase'],
  // Code inside the strings of data files (Postman tests, smoke-test configs) is read as code; in code files it is a string.
  ['json', '{"exec": ["pm.test(\'ok\', () => pm.response.to.have.status(⟦200⟧));"]}', 'status-call'],
  ['jsonc', '{"exec": ["pm.expect(pm.response.code).to.equal(⟦200⟧);"]}', 'assertion'],
  ['yaml', 'check: "res.status(⟦404⟧)"', 'status-call'],
  ['toml', 'check = "res.status(⟦404⟧)"', 'status-call'],
  ['javascript', 'const check = "res.status(⟦404⟧)";', undefined],
  // Inside a quoted word of that string (an odd number of single quotes before it), it is text again.
  ['json', '{"exec": ["pm.expect(pm.response.code).to.equal(\'it\'\'s\', ⟦200⟧);"]}', 'assertion'],
  ['json', '{"exec": ["pm.expect(it\'s pm.response.code).to.equal(⟦200⟧);"]}', undefined],
];

describe('judge: each view of a place (a quoted value, code in a data string) is read as code', () => {
  for (const [lang, snippet, expected] of VIEWS) {
    it(`${expected ?? 'no slot'}: ${snippet} (${lang})`, () => {
      const { text, positives } = parseLabels(snippet);
      const p = positives[0];
      assert.equal(explainNumber(docOf(text, lang), { line: p.line, character: p.start })?.slot?.id, expected);
    });
  }
});

/** [snippet (javascript), is the marked number a status] */
const MAIL_FILES: Array<[string, boolean]> = [
  // A reply code of the mail protocol the file imports, near its mail code, under a name that does not say HTTP.
  ["import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport(o);\n" + '\n'.repeat(17) + 'if (code === ⟦503⟧) retry();', false],
  // Twenty lines away the file's HTTP side speaks; a name that says status or HTTP speaks at any distance.
  ["import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport(o);\n" + '\n'.repeat(22) + 'if (code === ⟦503⟧) retry();', true],
  ["import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport(o);\n" + '\n'.repeat(17) + 'if (res.status === ⟦503⟧) retry();', true],
  ["import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport(o);\n" + '\n'.repeat(17) + 'if (httpCode === ⟦503⟧) retry();', true],
  // A code SMTP does not use is not the mail protocol's.
  ["import nodemailer from 'nodemailer';\nconst t = nodemailer.createTransport(o);\n" + '\n'.repeat(17) + 'if (code === ⟦409⟧) retry();', true],
  // The mail protocol named at hand, in the same expression: its reply, whatever the name.
  ["import nodemailer from 'nodemailer';\nif (err.responseCode === ⟦550⟧) bounce();", false],
];

describe('judge: another protocol the file imports owns its reply codes near its own code', () => {
  for (const [snippet, expected] of MAIL_FILES) {
    const last = snippet.split('\n').pop();
    it(`${expected ? 'a status' : 'not a status'}: ${last} (${snippet.split('\n').length} lines)`, () => {
      const { text, positives } = parseLabels(snippet);
      const p = positives[0];
      const doc = docOf(text, 'javascript');
      assert.equal(explainNumber(doc, { line: p.line, character: p.start })?.status, expected, 'heard in full');
      assert.equal(statusAt(doc, { line: p.line, character: p.start }) !== undefined, expected, 'the hover');
    });
  }
});

/** Every rule's examples, the firing ones and the look-alikes: a thousand small places of every kind. */
function exampleSnippets(): Array<{ lang: string; text: string }> {
  const dir = path.resolve(__dirname, '../../src/core/evidence');
  const out: Array<{ lang: string; text: string }> = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as { examples?: Examples };
    for (const ex of Object.values(mod.examples ?? {})) out.push(...ex.fires, ...ex.silent);
  }
  return out;
}

describe('judge: the hover stops as soon as the evidence not yet heard could not change the answer', () => {
  const judged = exampleSnippets().flatMap(({ lang, text: labelled }) => {
    const { text, positives } = parseLabels(labelled);
    const p = positives[0];
    const doc = docOf(text, lang);
    const view = viewAt(doc, p.line, p.start);
    const token = view && tokenAt(view.text, view.col, lang);
    if (!view || !token || token.kind !== 'number' || token.text.length !== 3) return [];
    const value = Number(token.text);
    return [{ labelled, hover: judgeNumber(doc, p.line, view, token, value), full: judgeNumber(doc, p.line, view, token, value, true) }];
  });

  it('judges the rules’ examples', () => assert.ok(judged.length > 800, `${judged.length} examples`));

  it('gives the answer it would give after hearing every piece of evidence', () => {
    const differ = judged.filter((j) => j.hover.status !== j.full.status).map((j) => j.labelled);
    assert.deepEqual(differ, []);
  });

  it('hears a subset of what the full judgement hears, each piece with the same strength', () => {
    const differ = judged.filter((j) => Object.entries(j.hover.features).some(([id, s]) => j.full.features[id] !== s)).map((j) => j.labelled);
    assert.deepEqual(differ, []);
  });

  it('stops before the end on a good share of them (at least a fifth)', () => {
    const stopped = judged.filter((j) => Object.keys(j.hover.features).length < Object.keys(j.full.features).length).length;
    assert.ok(stopped >= judged.length / 5, `${stopped} of ${judged.length}`);
  });

  /** The hover's and the full judgement of the marked number, read as the hover reads it. */
  function both(lang: string, labelled: string): { hover: ReturnType<typeof judgeNumber>; full: ReturnType<typeof judgeNumber> } {
    const { text, positives } = parseLabels(labelled);
    const p = positives[0];
    const doc = docOf(text, lang);
    const view = viewAt(doc, p.line, p.start)!;
    const token = tokenAt(view.text, view.col, lang)!;
    const value = Number(token.text);
    return { hover: judgeNumber(doc, p.line, view, token, value), full: judgeNumber(doc, p.line, view, token, value, true) };
  }

  it('stops once an assertion on the status settles it, before the phrase near it is heard', () => {
    const { hover, full } = both('python', "import requests\nassert r.status_code == ⟦404⟧, 'not found'");
    assert.equal(hover.status, true);
    assert.equal(hover.slot?.id, 'comparison');
    assert.equal(hover.features['phrase-near'], undefined);
    assert.equal(full.features['phrase-near'], 1);
  });

  it('stops at a header value before the names around it are read; heard in full, the veto makes the score -Infinity', () => {
    const { hover, full } = both('javascript', "res.set('Retry-After', '⟦120⟧');");
    assert.equal(hover.status, false);
    assert.equal(hover.features['header-value'], 1);
    assert.deepEqual(Object.keys(hover.features).sort(), ['header-value', 'unknown-value']);
    assert.equal(full.status, false);
    assert.equal(full.score, -Infinity);
    assert.ok(Object.keys(full.features).length > 2);
  });

  it('stops at a value no registry uses before the quantity word is read', () => {
    const { hover, full } = both('javascript', 'const width = ⟦120⟧; // px');
    assert.equal(hover.status, false);
    assert.equal(hover.features['quantity-name'], undefined);
    assert.ok(full.features['quantity-name'] !== undefined);
  });
});

describe('judge: what completion weighs where no slot rule fires', () => {
  /** [language, text before the cursor (|), does the rest of the evidence call for a status there] */
  const rows: Array<[string, string, boolean]> = [
    ['javascript', 'const retryOn = [502, 503, |', true],
    ['python', 'RETRY = [500, 502, |', true],
    ['python', 'status_code = |', true],
    ['javascript', "import axios from 'axios';\nconst codes = [|", true],
    ['javascript', 'const timeout = |', false],
    ['javascript', 'setTimeout(f, |', false],
    ['javascript', 'const ports = [8080, |', false],
    // Slots are completion's own business: weighing leaves them out, so a status call alone weighs nothing here.
    ['javascript', 'res.status(|', false],
    ['javascript', 'expect(res.status).toBe(|', false],
    ['go', 'w.WriteHeader(|', false],
  ];
  for (const [lang, snippet, expected] of rows) {
    it(`${expected ? 'weighs for' : 'weighs nothing'}: ${JSON.stringify(snippet)} (${lang})`, () => {
      assert.equal(completionWeighs(cursorCandidate(lang, snippet)), expected);
    });
  }
});

describe('judge: the views of a number in data files and the mail code it stands by', () => {
  const at = (lang: string, text: string) => {
    const { text: plain, positives } = parseLabels(text);
    return statusAt(docOf(plain, lang), { line: positives[0].line, character: positives[0].start + 1 })?.code;
  };

  it('reads code inside the strings of a JSON file (a Postman test script)', () => {
    assert.equal(at('json', '{ "exec": ["pm.response.to.have.status(⟦201⟧);"] }'), 201);
    assert.equal(at('json', '{ "exec": ["pm.test(\'created\', () => pm.response.to.have.status(⟦201⟧));"] }'), 201);
  });

  it('reads a YAML value as prose too', () => {
    assert.equal(at('yaml', 'description: Returns ⟦404⟧ when the pet is missing'), 404);
  });

  it('leaves a code a status call sends alone, mail code or not', () => {
    assert.equal(at('python', 'import smtplib\nserver = smtplib.SMTP(host)\nabort(⟦404⟧)'), 404);
  });
});
