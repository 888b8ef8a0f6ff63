import * as path from 'node:path';
import * as fs from 'node:fs';
import * as assert from 'node:assert/strict';
import { completionsAt } from '../../src/core/index';
import { constantText, constantsFor, families, familiesAfter, fileIdiom, memberFor, type Family } from '../../src/core/constants';
import { docOf, editableDoc } from '../support/labels';

/** A plain declaration in each language, ending where a value goes. */
const DECLARATION: Record<string, string> = {
  javascript: 'const s = ', javascriptreact: 'const s = ', typescript: 'const s = ', typescriptreact: 'const s = ',
  python: 's = ', go: 's := ', java: 'var s = ', kotlin: 'val s = ', scala: 'val s = ', groovy: 'def s = ', csharp: 'var s = ',
  fsharp: 'let s = ', vb: 'Dim s = ', php: '$s = ', ruby: 's = ', rust: 'let s = ', swift: 'let s = ', dart: 'final s = ',
  elixir: 's = ', lua: 'local s = ', perl: 'my $s = ', julia: 's = ', r: 's <- ', c: 'int s = ', cpp: 'auto s = ',
  powershell: '$s = ', clojure: '(def s ', haskell: 's = ', ocaml: 'let s = ', erlang: 'S = ',
};

/** Families completed after a qualifier: every family but helpers and those written bare or as symbols. */
const QUALIFIED = families.filter((f) => !f.helper && f.qualifiers.length > 0 && !['`', ':'].includes(f.separator));

function complete(text: string, lang: string) {
  const lines = text.split('\n');
  const line = lines.length - 1;
  return completionsAt(docOf(text, lang), { line, character: lines[line].length });
}

/** The head that imports the family, the way its own evidence reads. */
const head = (f: Family) => `${f.evidence[0] ?? ''}\n`;

describe('member completion: after each family\'s qualifier, that family\'s members', () => {
  for (const fam of QUALIFIED) {
    const lang = fam.languages[0];
    const q = fam.qualifiers[0];
    const codes = new Set(Object.values(fam.members));
    for (const [where, prefix] of [['a declaration', DECLARATION[lang] ?? 'x = '], ['a call argument', 'handle(ctx, ']] as const) {
      it(`${fam.id}: ${q}${fam.separator} in ${where} (${lang}) lists all ${Object.keys(fam.members).length} members, none invented`, () => {
        const text = `${head(fam)}${prefix}${q}${fam.separator}`;
        const list = complete(text, lang);
        assert.ok(list, 'a list after the qualifier');
        const members = list.map((s) => (s as { member?: string }).member);
        assert.deepEqual(new Set(members), new Set(Object.keys(fam.members)), 'exactly the family\'s members');
        assert.equal(new Set(list.map((s) => s.code)).size, codes.size, 'every code of the family');
        for (const s of list) assert.ok(s.insertText.startsWith(q + fam.separator), s.insertText);
        if (codes.has(404)) {
          const item = list.find((s) => s.code === 404 && s.member === memberFor(fam, 404));
          assert.equal(item?.insertText, `${q}${fam.separator}${memberFor(fam, 404)}`);
        }
      });
    }
  }

  it('puts current names before former ones, and tags a former name with its replacement', () => {
    const text = "import org.springframework.http.HttpStatus;\nvar s = HttpStatus.";
    const list = complete(text, 'java')!;
    const firstFormer = list.findIndex((s) => s.deprecated);
    assert.ok(firstFormer > 0 && list.slice(firstFormer).every((s) => s.deprecated), 'former names come last');
    const payload = list.find((s) => s.member === 'PAYLOAD_TOO_LARGE');
    assert.deepEqual([payload?.deprecated, payload?.replacement], [true, 'CONTENT_TOO_LARGE']);
  });

  it('keeps what the user typed: HTTPStatus. in Swift stays qualified, a bare dot takes the shorthand', () => {
    const typed = complete('import Vapor\nlet s = HTTPStatus.', 'swift')!;
    assert.equal(typed.find((s) => s.code === 404)?.insertText, 'HTTPStatus.notFound');
    const annotated = complete('import Vapor\nlet s: HTTPStatus = .', 'swift')!;
    assert.equal(annotated.find((s) => s.code === 404)?.insertText, '.notFound');
    assert.ok(annotated.every((s) => s.insertText.startsWith('.')), 'members, not numbers, after the dot');
  });

  it('replaces exactly what was typed: the qualifier and the part of the member', () => {
    const line = '    return ResponseEntity.status(HttpStatus.NOT_';
    const item = complete(`import org.springframework.http.HttpStatus;\n${line}`, 'java')!.find((s) => s.code === 404)!;
    assert.deepEqual([item.start, item.end], [line.indexOf('HttpStatus.'), line.length]);
  });

  it('does not treat an object of the program as a family: order.status., res., a short name with no import', () => {
    assert.equal(complete('order.status.', 'javascript'), undefined);
    assert.equal(complete('const x = res.', 'javascript'), undefined);
    assert.equal(complete('x = status.', 'python'), undefined, 'DRF status. only where the file imports it');
    assert.equal(complete('s := http.', 'go'), undefined, 'net/http only where the file imports it');
    assert.equal(complete('// HttpStatus.', 'java'), undefined, 'not in a comment');
    assert.equal(complete('String s = "HttpStatus.', 'java'), undefined, 'not in a string');
  });
});

describe('data/constants.json: the families as data', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv2020 = require('ajv/dist/2020').default as typeof import('ajv/dist/2020').default;
  const dataRoot = path.resolve(__dirname, '../../..');
  const raw = JSON.parse(fs.readFileSync(path.join(dataRoot, 'data/constants.json'), 'utf8'));
  const schema = JSON.parse(fs.readFileSync(path.join(dataRoot, 'data/constants.schema.json'), 'utf8'));

  it('validates against data/constants.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true });
    assert.ok(ajv.validate(schema, raw), JSON.stringify(ajv.errors?.slice(0, 5), null, 2));
  });

  it('the schema rejects what would break completion and hover', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const family = raw.families[0];
    const broken = [
      { ...family, members: { NOT_FOUND: 4040 } },
      { ...family, separator: '=>' },
      { ...family, id: 'Not Kebab' },
      { ...family, versions: [{ package: 'x', since: 'latest', before: {}, source: 'somewhere long enough' }] },
      { ...family, preferred: { notACode: 'X' } },
      { ...family, surprise: true },
    ];
    for (const f of broken) assert.equal(ajv.validate(schema, { families: [f] }), false, JSON.stringify(f).slice(0, 120));
  });

  it('ids are unique; deprecated and preferred members exist and hold their code', () => {
    const ids = raw.families.map((f: { id: string }) => f.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const f of raw.families as Array<{ id: string; members: Record<string, number>; deprecated?: string[]; preferred?: Record<string, string>; versions?: Array<{ before: Record<string, string> }> }>) {
      for (const d of f.deprecated ?? []) assert.ok(d in f.members, `${f.id}: deprecated ${d} is no member`);
      for (const [code, m] of Object.entries(f.preferred ?? {})) assert.equal(f.members[m], Number(code), `${f.id}: preferred ${m}`);
      for (const v of f.versions ?? []) for (const [code, m] of Object.entries(v.before)) assert.equal(f.members[m], Number(code), `${f.id}: former ${m}`);
    }
  });
});

describe('constants: the member a family writes, by the version the workspace runs', () => {
  const rack = families.find((f) => f.id === 'rack-status-symbols')!;
  const python = families.find((f) => f.name === 'Python http.HTTPStatus')!;

  it('writes the former name where the locked version predates the new one, and the current name from that version on', () => {
    assert.equal(memberFor(rack, 422, { rack: '3.0.9' }), 'unprocessable_entity');
    assert.equal(memberFor(rack, 422, { rack: '3.1.0' }), 'unprocessable_content');
    assert.equal(memberFor(rack, 422, { rack: '3.2.1' }), 'unprocessable_content');
    assert.equal(memberFor(python, 413, { python: '3.12' }), 'REQUEST_ENTITY_TOO_LARGE');
    assert.equal(memberFor(python, 413, { python: '3.13' }), 'CONTENT_TOO_LARGE');
  });

  it('writes the current name where no version is known, and leaves codes the rename did not touch alone', () => {
    assert.equal(memberFor(rack, 422), 'unprocessable_content');
    assert.equal(memberFor(rack, 422, {}), 'unprocessable_content');
    assert.equal(memberFor(rack, 422, { rails: '7.0.0' }), 'unprocessable_content');
    assert.equal(memberFor(rack, 404, { rack: '2.2.0' }), 'not_found');
  });
});

describe('constants: every family\'s constant for a code (Show Details)', () => {
  it('lists each family that has the code once, as it writes it: qualified, a symbol, or a helper called', () => {
    const all = constantsFor(404);
    const text = (name: string) => all.filter((c) => c.family === name).map((c) => c.text);
    assert.deepEqual(text('Go net/http Status constants'), ['http.StatusNotFound']);
    assert.deepEqual(text('Rails / Rack status symbols (Rack::Utils::SYMBOL_TO_STATUS_CODE)'), [':not_found']);
    assert.deepEqual(text('@hapi/boom error factories (Boom.notFound() ...)'), ['Boom.notFound()']);
    assert.equal(all.find((c) => c.family === 'Go net/http Status constants')?.language, 'go');
    assert.equal(new Set(all.map((c) => c.family)).size, all.length);
    assert.equal(all.length, families.filter((f) => Object.values(f.members).includes(404)).length);
  });

  it('lists nothing for a code no family names', () => {
    assert.deepEqual(constantsFor(299), []);
  });
});

describe('constants: the family a file writes (fileIdiom) and the one a qualifier completes (familiesAfter)', () => {
  const fam = (id: string) => families.find((f) => f.id === id)!;

  it('takes the family the file uses, and the qualifier it writes most', () => {
    assert.equal(fileIdiom(docOf('x = StatusCodes.NOT_FOUND', 'typescript'), 0).family?.id, 'http-status-codes-npm');
    const py = (text: string) => fileIdiom(docOf(text, 'python'), 0);
    assert.equal(py('a = http.HTTPStatus.OK\nb = http.HTTPStatus.CREATED\nc = HTTPStatus.OK').qualifier, 'http.HTTPStatus');
    assert.equal(py('a = HTTPStatus.OK\nb = HTTPStatus.CREATED\nc = http.HTTPStatus.OK').qualifier, 'HTTPStatus');
    assert.equal(py('a = HTTPStatus.NOPE').family, undefined, 'a name the family does not have is no use of it');
    assert.equal(py('a = 1').family, undefined);
  });

  it('weighs an import above a few uses, and many uses above a few', () => {
    const ts = (text: string) => fileIdiom(docOf(text, 'typescript'), 0).family?.id;
    assert.equal(ts("import { HttpStatusCode } from 'axios';\na = HttpStatusCode.Ok;\nb = StatusCodes.OK;\nc = StatusCodes.OK;\nd = StatusCodes.OK;"), 'axios-httpstatuscode');
    assert.equal(ts('a = HttpStatusCode.Ok;\nb = StatusCodes.OK;\nc = StatusCodes.OK;\nd = StatusCodes.OK;'), 'http-status-codes-npm');
    assert.equal(ts("import { HttpStatusCode } from '@angular/common/http';\na = HttpStatusCode.Ok;"), 'angular-httpstatuscode');
  });

  it('reads the head and the lines around the cursor, not the whole file', () => {
    const text = `${'x = 1\n'.repeat(200)}a = StatusCodes.NOT_FOUND`;
    assert.equal(fileIdiom(docOf(text, 'typescript'), 200).family?.id, 'http-status-codes-npm');
    assert.equal(fileIdiom(docOf(text, 'typescript'), 150).family, undefined);
    assert.equal(fileIdiom(docOf(text, 'typescript'), 0).family, undefined);
  });

  it('answers again after an edit, and for a document without versions every time', () => {
    const doc = editableDoc('x = StatusCodes.NOT_FOUND', 'typescript');
    assert.equal(fileIdiom(doc, 0).family?.id, 'http-status-codes-npm');
    doc.set('x = 404');
    assert.equal(fileIdiom(doc, 0).family, undefined);
    let text = 'x = StatusCodes.NOT_FOUND';
    const unversioned = { languageId: 'typescript', lineCount: 1, lineAt: () => ({ text }) };
    assert.equal(fileIdiom(unversioned, 0).family?.id, 'http-status-codes-npm');
    text = 'x = 404';
    assert.equal(fileIdiom(unversioned, 0).family, undefined);
  });

  it('knows where Ruby and Elixir files already write numbers, however spaced', () => {
    const numbers = (text: string, lang: string) => fileIdiom(docOf(text, lang), 0).numbers;
    for (const text of ['render status: 404', 'head 204', 'assert_response 200']) assert.equal(numbers(text, 'ruby'), true, text);
    for (const text of ['put_status(conn, 404)', 'put_status( conn,  404)', 'put_status(404)', 'send_resp(conn, 404, "")', 'send_resp( conn,404, "")', 'send_resp(404)']) {
      assert.equal(numbers(text, 'elixir'), true, text);
    }
    for (const text of ['render status: :not_found', 'limit 404', 'put_status(conn, :not_found)', 'put_statuses(conn, 404)']) assert.equal(numbers(text, 'ruby'), false, text);
  });

  it('completes after a qualifier only the families of its language, separator and import', () => {
    const after = (text: string, lang: string, q: string, sep: string) => familiesAfter(docOf(text, lang), q, sep)?.id;
    assert.equal(after('', 'vue', 'StatusCodes', '.'), 'http-status-codes-npm');
    assert.equal(after('', 'python', 'StatusCodes', '.'), undefined);
    assert.equal(after('', 'typescript', 'StatusCodes', '::'), undefined);
    assert.equal(after("const Boom = require('@hapi/boom');", 'javascript', 'Boom', '.'), undefined, 'helpers are calls, not members');
    assert.equal(after('use Symfony\\Component\\HttpFoundation\\Response;', 'php', 'Response', '->'), 'symfony-response');
    assert.equal(after('import io.micronaut.http.HttpStatus;', 'java', 'HttpStatus', '.'), 'micronaut-httpstatus');
    assert.equal(after('', 'java', 'HttpStatus', '.'), fam('spring-httpstatus').id);
  });

  it('takes a short or one-word qualifier only where the file imports its family', () => {
    const after = (text: string, lang: string, q: string, sep: string) => familiesAfter(docOf(text, lang), q, sep)?.id;
    assert.equal(after('', 'php', 'Response', '::'), undefined, 'Response is any framework\'s');
    assert.equal(after('use Symfony\\Component\\HttpFoundation\\Response;', 'php', 'Response', '::'), 'symfony-response');
    assert.equal(after('', 'go', 'http', '.'), undefined);
    assert.equal(after('import "net/http"', 'go', 'http', '.'), 'go-net-http');
    assert.equal(after('', 'python', 'HTTPStatus', '.'), 'python-httpstatus', 'ten letters are distinctive');
    assert.equal(after('', 'python', 'http.HTTPStatus', '.'), 'python-httpstatus', 'a dotted path is distinctive');
    assert.equal(after('', 'rust', 'StatusCode', '::'), 'rust-http-statuscode', 'two capitals are distinctive');
    assert.equal(after('', 'python', 'codes', '.'), undefined);
  });
});

describe('constants: the text a family inserts', () => {
  const fam = (id: string) => families.find((f) => f.id === id)!;

  it('qualifies the member, writes a symbol, or Swift\'s shorthand only where asked and allowed', () => {
    assert.equal(constantText(fam('go-net-http'), 404), 'http.StatusNotFound');
    assert.equal(constantText(fam('go-net-http'), 404, undefined, true), 'http.StatusNotFound');
    assert.equal(constantText(fam('python-httpstatus'), 404, 'http.HTTPStatus'), 'http.HTTPStatus.NOT_FOUND');
    assert.equal(constantText(fam('swift-nio-httpresponsestatus'), 404), 'HTTPStatus.notFound');
    assert.equal(constantText(fam('swift-nio-httpresponsestatus'), 404, undefined, true), '.notFound');
    assert.equal(constantText(fam('rack-status-symbols'), 404), ':not_found');
    assert.equal(constantText(fam('go-net-http'), 299), undefined);
  });

  it('writes a deprecated name only where the family has no other for the code', () => {
    assert.equal(memberFor(fam('http-status-codes-npm'), 305), 'USE_PROXY');
    assert.equal(memberFor(fam('http-status-codes-npm'), 404), 'NOT_FOUND');
    assert.equal(memberFor(fam('spring-httpstatus'), 413), 'CONTENT_TOO_LARGE');
  });
});
