import * as assert from 'node:assert/strict';
import { fileIdiom, localConstantIn } from '../../src/core/constants';
import { docOf, editableDoc } from '../support/labels';

// A file's own status constants (localConstantIn) and the constant family a file writes (fileIdiom), the two
// facts of a file that completion, the quick fix and the hover read; both kept per document version.

/** [language, file, token, the code it names (undefined: none)] */
const OWN: Array<[string, string, string, number | undefined]> = [
  ['javascript', 'const NOT_FOUND = 404;', 'NOT_FOUND', 404],
  ['javascript', 'const HTTP_STATUS = { NOT_MODIFIED: 304, GONE: 410 };', 'HTTP_STATUS.NOT_MODIFIED', 304],
  ['javascript', 'const HTTP_STATUS = { NOT_MODIFIED: 304, GONE: 410 };', 'GONE', 410],
  ['python', 'TOO_MANY = 429', 'TOO_MANY', 429],
  ['python', 'NOT_FO = 404', 'NOT_FO', undefined],
  ['python', 'NOT_FOUN = 404', 'NOT_FOUN', 404],
  ['python', 'FOUND = 404', 'FOUND', undefined],
  ['python', 'OK = 200', 'OK', 200],
  ['python', 'K = 200', 'K', undefined],
  ['java', 'NOT_FOUND(404, "Not Found"),', 'NOT_FOUND', 404],
  ['c', '#define HTTP_TOO_MANY 429', 'HTTP_TOO_MANY', 429],
  ['c', '#  define  GONE (410)', 'GONE', 410],
  ['python', 'STATUS_GONE = 410', 'STATUS_GONE', 410],
  ['python', 'SC_GONE = 410', 'SC_GONE', 410],
  ['typescript', 'const HttpGone = 410;', 'HttpGone', 410],
  ['typescript', 'const HttpStatusBusy = 503;', 'HttpStatusBusy', 503],
  ['python', 'HTTP_STATUS_BUSY = 503', 'HTTP_STATUS_BUSY', 503],
  ['python', 'HTTP_RETRY_LIMIT = 429', 'HTTP_RETRY_LIMIT', undefined],
  ['python', 'HTTP_PORT = 404', 'HTTP_PORT', undefined],
  ['python', 'HTTP_VERSION = 200', 'HTTP_VERSION', undefined],
  ['python', 'HTTP_BUSY = 299', 'HTTP_BUSY', undefined],
  ['typescript', 'const Httpbusy = 503;', 'Httpbusy', undefined],
  ['typescript', 'const HttpStatusbusy = 503;', 'HttpStatusbusy', 503],
  ['python', 'XHTTP_BUSY = 503', 'XHTTP_BUSY', undefined],
  ['python', 'MAX_ITEMS = 200', 'MAX_ITEMS', undefined],
  ['python', 'MOVED = 30', 'MOVED', undefined],
  ['python', 'GONE == 410', 'GONE', undefined],
  ['javascript', 'const GONE => 410', 'GONE', 410],
  ['python', 'GONE = 410', '', undefined],
  ['python', 'GONE = 410', 'x.', undefined],
];

describe('a file\'s own status constants', () => {
  for (const [lang, text, token, code] of OWN) {
    it(`${JSON.stringify(token)} in ${JSON.stringify(text)} (${lang}): ${code ?? 'none'}`, () => {
      assert.equal(localConstantIn(token, docOf(text, lang)), code);
    });
  }

  it('reads the first 400 lines, and again after an edit', () => {
    const far = Array(399).fill('x = 1').join('\n');
    assert.equal(localConstantIn('GONE', docOf(`${far}\nGONE = 410`, 'python')), 410);
    assert.equal(localConstantIn('GONE', docOf(`${far}\nx = 1\nGONE = 410`, 'python')), undefined);
    const doc = editableDoc('GONE = 410', 'python');
    assert.equal(localConstantIn('GONE', doc), 410);
    doc.set('GONE = 411\nBUSY = 503');
    assert.equal(localConstantIn('GONE', doc), undefined, 'the edit is read');
    doc.set('GONE = 410');
    assert.equal(localConstantIn('GONE', doc), 410);
  });
});

describe('the constant family a file writes', () => {
  const idiom = (text: string, lang: string, line = 0) => {
    const i = fileIdiom(docOf(text, lang), line);
    return `${i.family?.id ?? 'none'} ${i.qualifier ?? '-'}${i.numbers ? ' numbers' : ''}`;
  };

  it('a family used beats one imported; used more often beats used once; its qualifier as written', () => {
    assert.equal(idiom('from http import HTTPStatus\nabort(HTTPStatus.NOT_FOUND)', 'python'), 'python-httpstatus HTTPStatus');
    assert.equal(idiom('import http\nabort(http.HTTPStatus.NOT_FOUND)', 'python'), 'python-httpstatus http.HTTPStatus');
    assert.equal(idiom('from http import HTTPStatus', 'python'), 'python-httpstatus -');
    assert.equal(idiom('x = 1', 'python'), 'none -');
    assert.equal(idiom('abort(HTTPStatus.NOT_FOUND)', 'go'), 'none -', 'a family of another language');
  });

  it('Go: an aliased import of net/http is its qualifier; blank and dot imports are not', () => {
    assert.equal(idiom('import nethttp "net/http"', 'go'), 'go-net-http nethttp');
    assert.equal(idiom('import (\n\t"fmt"\n\tstd "net/http"\n)', 'go'), 'go-net-http std');
    assert.equal(idiom('import "net/http"', 'go'), 'go-net-http -');
    assert.equal(idiom('import _ "net/http"', 'go'), 'go-net-http -');
    assert.equal(idiom('import (\n\t"net/http"\n)', 'go'), 'go-net-http -');
    assert.equal(idiom('import h "net/http"\nw.WriteHeader(http.StatusOK)', 'go'), 'go-net-http http', 'the qualifier the file writes wins');
    assert.equal(idiom('import nethttp "net/http"', 'python'), 'none -');
    assert.equal(idiom('import fh "github.com/valyala/fasthttp"', 'go'), 'go-fasthttp-status fh');
  });

  it('Ruby and Elixir: whether the file already writes numbers where a symbol could go', () => {
    assert.equal(idiom('head 404', 'ruby'), 'none - numbers');
    assert.equal(idiom('render json: x, status: 201', 'ruby'), 'none - numbers');
    assert.equal(idiom('assert_response 200', 'ruby'), 'none - numbers');
    assert.equal(idiom('conn |> put_status(404)', 'elixir'), 'none - numbers');
    assert.equal(idiom('conn |> put_status(conn, 404)', 'elixir'), 'none - numbers');
    assert.equal(idiom('send_resp(conn, 404, "")', 'elixir'), 'none - numbers');
    assert.equal(idiom('send_resp( conn,  404, "")', 'elixir'), 'none - numbers');
    assert.equal(idiom('head :not_found', 'ruby'), 'none -');
    assert.equal(idiom('sleep 404', 'ruby'), 'none -');
  });

  it('reads the head and the lines around the asked line, and again after an edit', () => {
    const far = Array(300).fill('x = 1').join('\n');
    assert.equal(idiom(`${far}\nabort(HTTPStatus.NOT_FOUND)`, 'python', 300), 'python-httpstatus HTTPStatus');
    assert.equal(idiom(`${far}\nabort(HTTPStatus.NOT_FOUND)`, 'python', 200), 'none -');
    const doc = editableDoc('x = 1', 'python');
    assert.equal(fileIdiom(doc, 0).family, undefined);
    doc.set('from http import HTTPStatus\nabort(HTTPStatus.GONE)');
    assert.equal(fileIdiom(doc, 0).family?.id, 'python-httpstatus', 'the edit is read');
    assert.equal(fileIdiom(doc, 0), fileIdiom(doc, 0), 'kept while the version stays');
  });
});
