import * as assert from 'node:assert/strict';
import { contextLine, enclosingCall, LEFT_WINDOW, lineText, regionAt, RIGHT_WINDOW, scanBackward, tokenAt, validPlace, viewAt } from '../../src/core/scan';
import { docOf } from '../support/labels';

/**
 * The lexer, row by row: `‸` marks the position asked about (it is removed from the text). Each row says
 * what a reader of that language sees there: code, a comment (prose) or a string.
 */
function regionOf(language: string, marked: string) {
  const at = marked.indexOf('‸');
  assert.ok(at >= 0, 'the row marks a position');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  const doc = docOf(text, language);
  const view = viewAt(doc, line, character);
  assert.ok(view, 'the position is inside the document');
  return regionAt(doc, line, view, view.col);
}

type Row = [language: string, marked: string, region: 'code' | 'comment' | 'string', why: string];

const ROWS: Row[] = [
  // Docstrings are counted from a line that cannot be inside one (def, class, import, a decorator, defmodule),
  // so a stray triple quote further up does not turn the file inside out; openers inside strings and line comments are text.
  ["python", "note = 'a \"\"\" in a plain string'\ndef f():\n    return ‸200", 'code', 'block comments and docstrings opened above'],
  ["python", "note = 'a \"\"\" in a plain string'\nasync def f():\n    return ‸200", 'code', 'block comments and docstrings opened above'],
  ["python", "note = 'a \"\"\" in a plain string'\nclass F:\n    x = ‸200", 'code', 'block comments and docstrings opened above'],
  ["python", "note = 'a \"\"\" in a plain string'\nimport os\nx = ‸200", 'code', 'block comments and docstrings opened above'],
  ["python", "note = 'a \"\"\" in a plain string'\nfrom os import path\nx = ‸200", 'code', 'block comments and docstrings opened above'],
  ["python", "note = 'a \"\"\" in a plain string'\n@app.get('/x')\nx = ‸200", 'code', 'block comments and docstrings opened above'],
  ["python", "def f():\n    \"\"\"\n    Returns ‸404 when missing.\n    \"\"\"", 'string', 'block comments and docstrings opened above'],
  ["python", "def f():\n    \"\"\"Docs.\"\"\"\n    return ‸404", 'code', 'block comments and docstrings opened above'],
  ["python", "def f():\n    '''\n    Returns ‸404.\n    '''", 'string', 'block comments and docstrings opened above'],
  ["python", "x = 1  # a \"\"\" in a comment\ny = ‸200", 'code', 'block comments and docstrings opened above'],
  ["elixir", "note = \"a \\\"\\\"\\\" in a string\"\ndefmodule Api do\n  @x ‸200\nend", 'code', 'block comments and docstrings opened above'],
  ["elixir", "defmodule Api do\n  @moduledoc \"\"\"\n  Returns ‸404.\n  \"\"\"", 'string', 'block comments and docstrings opened above'],
  ["elixir", "  defp f(conn) do\n    \"\"\"\n    ‸404\n    \"\"\"", 'string', 'block comments and docstrings opened above'],
  ["typescript", "const s = '/* not a comment';\nres.status(‸404);", 'code', 'block comments and docstrings opened above'],
  ["typescript", "const s = \"//\"; /* open\n‸404 */", 'comment', 'block comments and docstrings opened above'],
  ["typescript", "// a /* in a line comment\nres.status(‸404);", 'code', 'block comments and docstrings opened above'],
  ["typescript", "/* one */ /* two\n‸404 */", 'comment', 'block comments and docstrings opened above'],
  ["typescript", "/* one\n */ x; /* two\n‸404 */", 'comment', 'block comments and docstrings opened above'],
  ["go", "s := `/* raw`\nw.WriteHeader(‸404)", 'code', 'block comments and docstrings opened above'],
  // C-like languages
  ['typescript', 'res.status(‸404);', 'code', 'a call argument'],
  ['typescript', 'res.status(404); // ‸404 when missing', 'comment', 'after a line comment'],
  ['typescript', 'const a = "x"; /* ‸404 */', 'comment', 'inside a block comment on the line'],
  ['typescript', 'const a = 1; /* done */ f(‸404);', 'code', 'after a block comment closed on the line'],
  ['typescript', '/**\n * Returns ‸404 when the id is unknown.\n */', 'comment', 'a JSDoc line'],
  ['typescript', '/*\n  plain block comment ‸404\n*/', 'comment', 'a block comment opened lines above'],
  ['typescript', '/* a */\nres.status(‸404);', 'code', 'a block comment closed above'],
  ['typescript', 'const s = "a\\"b ‸404";', 'string', 'an escaped quote does not end the string'],
  ['typescript', 'const s = "a\\\\"; f(‸404);', 'code', 'an escaped backslash ends before the quote'],
  ['typescript', 'const u = "http://x/"; f(‸404);', 'code', 'a // inside a string is no comment'],
  ['typescript', 'const t = `status ${res.status === ‸404} end`;', 'code', 'template interpolation is code'],
  ['typescript', 'const t = `status ${x} ‸404`;', 'string', 'back in the template after the interpolation'],
  ['typescript', 'const t = `a ${f({ a: 1 })} ‸404`;', 'string', 'braces inside the interpolation are balanced'],
  ['typescript', "const t = '${‸404}';", 'string', 'no interpolation in single quotes'],
  ['typescript', 'const p = "/api/*";\nres.status(‸404);', 'code', 'a quoted /* above opens no comment'],
  ['typescript', 'f(); // see /*\nres.status(‸404);', 'code', 'a /* after a line comment opens nothing'],
  ['typescript', 'const p = "/*"; /* open\nstill ‸404', 'comment', 'a real opener after a quoted one'],
  ['java', '    *  ‸404 when the id is unknown', 'comment', 'a Javadoc continuation line'],
  ['java', 'int x = a */ b; f(‸404);', 'code', 'a star that is not a comment line start'],
  ['php', '#[Route("/x")]\nreturn response(‸404);', 'code', 'a PHP attribute is not a comment'],
  ['php', '#[Attr] f(‸404);', 'code', 'code after a PHP attribute on the line'],
  ['php', '# legacy ‸404', 'comment', 'a PHP hash comment'],
  ['csharp', 'var m = $"code {(int)‸404}";', 'code', 'a C# interpolated hole'],
  ['csharp', 'var m = "code {‸404}";', 'string', 'no interpolation without $'],
  ['kotlin', 'val m = "code ${‸404}"', 'code', 'a Kotlin template expression'],
  ['swift', 'let m = "code \\(‸404)"', 'code', 'a Swift interpolation'],
  ['swift', 'let m = "code \\(f(1)) ‸404"', 'string', 'back in the Swift string'],
  ['go', 'w.WriteHeader(‸404) // 200 otherwise', 'code', 'before the comment'],
  ['go', 'msg := `raw ‸404`', 'string', 'a raw string'],
  // Hash-comment and other languages
  ['python', '    return jsonify(e), ‸404  # missing', 'code', 'before the comment'],
  ['python', '    return x  # ‸404 when missing', 'comment', 'a hash comment'],
  ['python', 'def f():\n    """Gives ‸404 when missing."""', 'string', 'a docstring on one line'],
  ['python', 'x = """a""" + f(‸404)', 'code', 'after a triple-quoted string closed on the line'],
  ['python', 'def f():\n    """\n    Gives ‸404 when missing.\n    """', 'string', 'a docstring opened above'],
  ['python', 'def f():\n    """Doc."""\n    abort(‸404)', 'code', 'a docstring closed above'],
  ['python', "msg = f'status {code or ‸404}'", 'code', 'an f-string field'],
  ['python', "msg = f'status {{‸404}}'", 'string', 'doubled braces are literal'],
  ['python', "msg = 'status {‸404}'", 'string', 'no field without the f prefix'],
  ['python', "msg = rf'status {‸404}'", 'code', 'an rf-string field'],
  ['ruby', 'msg = "status #{‸404}"', 'code', 'Ruby interpolation'],
  ['ruby', "msg = 'status #{‸404}'", 'string', 'no Ruby interpolation in single quotes'],
  ['ruby', '=begin\nold ‸404\n=end', 'comment', 'a Ruby block comment'],
  ['yaml', "'404': # ‸404 here", 'comment', 'a YAML comment'],
  ['yaml', "'‸404':", 'string', 'a quoted YAML key'],
  ['yaml', 'description: |\n  Returns ‸404 when the stop is unknown.', 'string', 'a YAML block scalar'],
  ['yaml', 'summary: >-\n  A ‸503 during deploys.\nnext: 1', 'string', 'a folded YAML block scalar'],
  ['yaml', 'description: |\n  text\nstatus: ‸404', 'code', 'the key after a block scalar'],
  ['yaml', 'run: |\n  test "$code" = ‸200', 'code', 'a CI script block stays code'],
  ['shellscript', 'echo "code ${‸404}"', 'code', 'shell parameter expansion'],
  ['lua', '--[[ block ‸404 ]]', 'comment', 'a Lua block comment'],
  ['lua', '-- line ‸404', 'comment', 'a Lua line comment'],
  ['haskell', '{- ‸404 -}', 'comment', 'a Haskell block comment'],
  ['ocaml', '(* ‸404 *) let x = 1', 'comment', 'an OCaml comment'],
  ['ocaml', '(* a *) respond ‸404', 'code', 'after an OCaml comment'],
  ['erlang', '%% ‸404 when missing', 'comment', 'an Erlang comment'],
  ['clojure', '; ‸404 when missing', 'comment', 'a Clojure comment'],
  ['perl', '=pod\n‸404 here\n=cut', 'comment', 'Perl POD'],
  ['powershell', '<# ‸404 #>', 'comment', 'a PowerShell block comment'],
  ['julia', '#= ‸404 =#', 'comment', 'a Julia block comment'],
  ['sql', "select 1 -- ‸404", 'comment', 'an SQL comment'],
  ['terraform', 'status_code = "‸404"', 'string', 'an HCL string'],
  ['terraform', '// ‸404', 'comment', 'an HCL slash comment'],
  ['json', '{ "status": ‸404 }', 'code', 'a JSON value'],
  ['css', '/* ‸404 */', 'comment', 'a CSS comment'],
  // Prose documents and markup
  ['markdown', 'The API returns ‸404.', 'comment', 'Markdown is prose'],
  ['plaintext', 'returns ‸404', 'comment', 'plain text is prose'],
  ['html', '<p>Returns ‸404 when missing.</p>', 'comment', 'HTML text is prose'],
  ['html', '<a href="/status/‸404">x</a>', 'string', 'an attribute value'],
  ['html', '<script>\nfetch(u).then(r => r.status === ‸404);\n</script>', 'code', 'inside a script element'],
  ['html', '<script>x()</script>\n<p>‸404</p>', 'comment', 'after a closed script element'],
  ['svelte', '<p>{status === ‸404 ? "gone" : ""}</p>', 'code', 'a Svelte expression'],
  ['vue', '<template>\n  <p>{{ code === ‸404 }}</p>', 'code', 'a Vue interpolation'],
  ['astro', '---\nconst r = Astro.response; r.status = ‸404;\n---', 'code', 'Astro frontmatter'],
  ['astro', '---\nconst a = 1;\n---\n<p>‸404</p>', 'comment', 'Astro markup after the frontmatter'],
  ['http', 'HTTP/1.1 ‸404 Not Found', 'code', 'a response line'],
  ['http', '# ‸404 expected', 'comment', 'an .http comment'],
  ['http', '> {%\n  client.assert(response.status === ‸404);\n%}', 'code', 'a response handler script'],
  ['http', '> {% client.test("x", () => { /* ‸404 */ }) %}', 'comment', 'a comment inside a handler script'],  ['http', '> {% client.log("x") %}\nGET /x ‸404', 'code', 'after a closed handler script'],
  // Interpolation, language by language
  ['groovy', 'def m = "code ${‸404}"', 'code', 'a Groovy GString expression'],
  ['groovy', "def m = 'code ${‸404}'", 'string', 'no Groovy interpolation in single quotes'],
  ['shellscript', "echo 'code ${‸404}'", 'string', 'no shell expansion in single quotes'],
  ['powershell', 'Write-Host "code ${‸404}"', 'code', 'a PowerShell expression in double quotes'],
  ['perl', 'print "code ${‸404}";', 'code', 'a Perl interpolation'],
  ['elixir', 'msg = "status #{‸404}"', 'code', 'an Elixir interpolation'],
  ['python', 'msg = F"status {‸404}"', 'code', 'an F-string'],
  ['python', 'msg = fr"status {‸404}"', 'code', 'an fr-string'],
  ['python', 'msg = Rf"status {‸404}"', 'code', 'an Rf-string'],
  ['python', 'msg = b"status {‸404}"', 'string', 'no field in a bytes literal'],
  ['python', 'msg = r"status {‸404}"', 'string', 'no field in a raw string'],
  ['csharp', 'var m = $@"code {(int)‸404}";', 'code', 'a C# verbatim interpolated string'],
  ['csharp', 'var m = @$"code {(int)‸404}";', 'code', 'the other order of the prefixes'],
  ['csharp', 'var m = @"code {‸404}";', 'string', 'a verbatim string without $'],
  ['javascript', 'const t = `a ${`b ${c}`} ‸404`;', 'string', 'a template nested in an interpolation'],
  ['javascript', 'const t = `a ${f("}")} ‸404`;', 'string', 'a brace inside a string inside the interpolation'],
  ['typescript', 'const t = "${x} ‸404";', 'string', 'no interpolation in double quotes'],
  // Markup files
  ['html', '<style>\n.a { width: ‸404px }\n</style>', 'code', 'inside a style element'],
  ['html', '<style>.a{}</style>\n<p>‸404</p>', 'comment', 'after a style element closed on its line'],
  ['html', "<a data-x='‸404'>x</a>", 'string', 'a single-quoted attribute'],
  ['html', '<input max=‸404>', 'code', 'an unquoted attribute value'],
  ['html', '<p title="x">Gone: ‸404</p>', 'comment', 'text after a tag with attributes'],
  ['html', '<script src="a.js"></script>\n<p>‸404</p>', 'comment', 'after a script element that opens and closes on one line'],
  ['vue', '<script setup>\nconst s = ‸404\n</script>', 'code', 'a Vue script setup'],
  ['astro', '---\nconst a = 1;\n---\n<p>{a}</p>\n---\nnot a fence ‸404', 'comment', 'a third --- is markup, not frontmatter'],
  ['astro', '<p>{status === ‸404}</p>', 'code', 'an Astro expression'],
  // Lines inside multi-line constructs
  ['typescript', '/*\n * a\n */ f(‸404);', 'code', 'code after a block comment closed at the start of the line'],
  ['typescript', '/* open\nstill open */ /* ‸404', 'comment', 'a second block comment opened after the first closes'],
  ['python', 'def f():\n    """Doc\n    ends here."""  # ‸404', 'comment', 'a comment after a docstring closed on its line'],
  ['python', "x = '''\n‸404\n'''", 'string', 'a triple single-quoted string opened above'],
  ['ruby', '=begin\nold\n=end\nhead ‸404', 'code', 'after a Ruby block comment'],
  ['lua', '--[[ a\n‸404 ]]', 'comment', 'a Lua block comment opened above'],
  ['yaml', 'description: |\n  text\n  more ‸404', 'string', 'a later line of a block scalar'],
  ['yaml', '- |\n  list item text ‸404', 'string', 'a block scalar as a list item'],
  ['yaml', 'key: value |\n  ‸404', 'code', 'a pipe that does not open a block'],
  // YAML block scalars: indicators, comments, keys, lists, blank lines, indentation
  ['yaml', 'notes: |-\n  keep ‸404', 'string', 'a strip-chomped block'],
  ['yaml', 'notes: >+ # folded\n  keep ‸404', 'string', 'a keep-chomped block with a comment'],
  ['yaml', 'notes: |2\n   indented ‸404', 'string', 'a block with an indentation indicator'],
  ['yaml', 'x-error.note: |\n  ‸404', 'string', 'a key with dots and dashes'],
  ['yaml', '- note: |\n    ‸404', 'string', 'a list item whose key opens a block'],
  ['yaml', 'notes: |\n  first\n\n  after a blank ‸404', 'string', 'a blank line inside the block'],
  ['yaml', 'a: 1\nb: ‸404', 'code', 'a plain key at the same indentation'],
  ['yaml', 'top:\n  status: ‸404', 'code', 'a nested key under a plain one'],
  ['yaml', 'script: |\n  curl -w "%{http_code}" && test $c = ‸200', 'code', 'a script block'],
  ['yaml', '- run: >\n    exit ‸1', 'code', 'a folded script block in a list'],
  // .http handler scripts over several lines
  ['http', '> {%\n  const s = response.status;\n  client.assert(s === ‸201);\n%}', 'code', 'the third line of a handler script'],
  ['http', '> {% client.log(1) %}\n\n# ‸404 after the script', 'comment', 'a comment after a closed script'],
  ['http', '{%\n%}\nGET /x ‸404', 'code', 'a request line after an empty script'],
  ['http', 'x %} y ‸404', 'code', 'a stray closer'],
  // Openers above: the earliest wins; quoted ones do not count
  ['typescript', 'a = "x"; /* b\n‸404 */', 'comment', 'a block opened after a string on the line above'],
  ['typescript', "s = 'a /* b'; c = '*/';\nf(‸404);", 'code', 'openers inside quotes do not open'],
  ['typescript', 's = "a \\" /* b";\nf(‸404);', 'code', 'an escaped quote before a quoted opener'],
  ['python', 'x = 1  # """ in a comment\nabort(‸404)', 'code', 'a triple quote inside a comment opens nothing'],
  ['python', 'x = """a""" + """\n‸404', 'string', 'the second triple-quoted string on a line stays open'],
  ['python', "x = '''a\n'''\nabort(‸404)", 'code', 'closed on the next line'],
];

describe('scan: the lexer tells code, comments and strings apart', () => {
  for (const [language, marked, region, why] of ROWS) {
    it(`${language}: ${why} (${region})`, () => {
      assert.equal(regionOf(language, marked).region, region, marked);
    });
  }

  it('a string region says where its content starts and which quote closes it', () => {
    const r = regionOf('python', "x = f'a {b} ‸404'");
    assert.equal(r.region, 'string');
    assert.equal(r.quote, "'");
    assert.equal(r.stringStart, 6);
    assert.equal(r.prefix, ' f');
  });

  it('a docstring opened on an earlier line starts at the line start', () => {
    const r = regionOf('python', 'def f():\n    """\n    ‸404\n    """');
    assert.deepEqual([r.region, r.stringStart, r.quote], ['string', 0, '"""']);
  });

  it('a block comment more than 60 lines up is not looked for (bounded)', () => {
    const far = '/*\n' + 'x\n'.repeat(70) + 'f(‸404);';
    assert.equal(regionOf('typescript', far).region, 'code');
    const near = '/*\n' + 'x\n'.repeat(50) + 'f(‸404);';
    assert.equal(regionOf('typescript', near).region, 'comment');
  });
});

describe('scan: the token under the cursor', () => {
  const tok = (marked: string, language = '') => {
    const at = marked.indexOf('‸');
    const text = marked.slice(0, at) + marked.slice(at + 1);
    const t = tokenAt(text, at, language);
    return t && { kind: t.kind, text: t.text, span: text.slice(t.start, t.end) };
  };
  const TOKENS: Array<[string, string, ReturnType<typeof tok>]> = [
    ['res.status(4‸04)', '', { kind: 'number', text: '404', span: '404' }],
    ['res.status(‸404)', '', { kind: 'number', text: '404', span: '404' }],
    ['res.status(404‸)', '', { kind: 'number', text: '404', span: '404' }],
    ['many 40‸4s today', '', { kind: 'number', text: '404', span: '404' }],
    ['any 5x‸x error', '', { kind: 'class', text: '5xx', span: '5xx' }],
    ['width: 404p‸x', '', undefined],
    ['( ‸ )', '', undefined],
    ['HttpStatus.NOT_F‸OUND)', '', { kind: 'word', text: 'HttpStatus.NOT_FOUND', span: 'HttpStatus.NOT_FOUND' }],
    ['Http‸Status.NOT_FOUND)', '', { kind: 'word', text: 'HttpStatus.NOT_FOUND', span: 'HttpStatus.NOT_FOUND' }],
    ['Response::HTTP_NOT_‸FOUND;', '', { kind: 'word', text: 'Response::HTTP_NOT_FOUND', span: 'Response::HTTP_NOT_FOUND' }],
    ['$this->res->not_f‸ound', '', { kind: 'word', text: '$this->res->not_found', span: '$this->res->not_found' }],
    ['status: :not_f‸ound', '', { kind: 'word', text: ':not_found', span: ':not_found' }],
    ['status: ‸:not_found', '', { kind: 'word', text: ':not_found', span: ':not_found' }],
    ['Foo::Bar', '', undefined],
    ['return .not‸Found', '', { kind: 'word', text: '.notFound', span: '.notFound' }],
    ['f().not‸Found', '', { kind: 'word', text: 'notFound', span: 'notFound' }],
    ['[System.Net.HttpStatusCode]::Not‸Found', '', { kind: 'word', text: '[System.Net.HttpStatusCode]::NotFound', span: '[System.Net.HttpStatusCode]::NotFound' }],
    ['[System.Net.Http‸StatusCode]::NotFound', '', { kind: 'word', text: '[System.Net.HttpStatusCode]::NotFound', span: '[System.Net.HttpStatusCode]::NotFound' }],
    ['respond `Not_f‸ound', 'ocaml', { kind: 'word', text: '`Not_found', span: '`Not_found' }],
    ['(resp/status/not-f‸ound)', 'clojure', { kind: 'word', text: 'resp/status/not-found', span: 'resp/status/not-found' }],
    ['{‸:status 404}', 'clojure', { kind: 'word', text: ':status', span: ':status' }],
    ['{:status 4‸04}', 'clojure', { kind: 'number', text: '404', span: '404' }],
    ['état_‸404', '', { kind: 'word', text: 'état_404', span: 'état_404' }],
    ['1.5‸e3', '', undefined],
    // Where the cursor sits: before, inside, on the end; on punctuation beside a word; on nothing.
    ['‸404 and more', '', { kind: 'number', text: '404', span: '404' }],
    ['f(404‸, x)', '', { kind: 'number', text: '404', span: '404' }],
    ['a ‸ b', '', undefined],
    ['‸', '', undefined],
    ['status‸', '', { kind: 'word', text: 'status', span: 'status' }],
    ['x.ZZ‸', '', { kind: 'word', text: 'x.ZZ', span: 'x.ZZ' }],
    ['Z‸Z.y', '', { kind: 'word', text: 'ZZ.y', span: 'ZZ.y' }],
    ['a9z.b', '', undefined],
    // Qualified names: each separator, chains, numbers that end a chain, broken chains.
    ['res.status.‸code', '', { kind: 'word', text: 'res.status.code', span: 'res.status.code' }],
    ['a::b::‸c', '', { kind: 'word', text: 'a::b::c', span: 'a::b::c' }],
    ['$a->b->‸c', '', { kind: 'word', text: '$a->b->c', span: '$a->b->c' }],
    ['x.. ‸y', '', { kind: 'word', text: 'y', span: 'y' }],
    ['2.‸x', '', { kind: 'word', text: 'x', span: 'x' }],
    ['a.‸b.', '', { kind: 'word', text: 'a.b', span: 'a.b' }],
    ['‸a::', '', { kind: 'word', text: 'a', span: 'a' }],
    // Plurals, classes and look-alikes.
    ['‸404s', '', { kind: 'number', text: '404', span: '404' }],
    ['4040s‸', '', undefined],
    ['5XX‸', '', { kind: 'class', text: '5XX', span: '5XX' }],
    ['6xx‸', '', undefined],
    ['5xxl‸', '', undefined],
    // Symbols, implicit members, variants, type literals.
    ['a::‸b', '', { kind: 'word', text: 'a::b', span: 'a::b' }],
    ['x:‸ok', '', { kind: 'word', text: 'ok', span: 'ok' }],
    ['(.‸ok)', '', { kind: 'word', text: '.ok', span: '.ok' }],
    ['f().‸ok', '', { kind: 'word', text: 'ok', span: 'ok' }],
    ['a[0].‸ok', '', { kind: 'word', text: 'ok', span: 'ok' }],
    ['`not_‸found', 'ocaml', { kind: 'word', text: 'not_found', span: 'not_found' }],
    ['[Net.HttpStatusCode]::‸NotFound', '', { kind: 'word', text: '[Net.HttpStatusCode]::NotFound', span: '[Net.HttpStatusCode]::NotFound' }],
    ['[1]::‸NotFound', '', { kind: 'word', text: 'NotFound', span: 'NotFound' }],
    ['[int]::‸Parse', '', { kind: 'word', text: '[int]::Parse', span: '[int]::Parse' }],
    ['é‸t', '', { kind: 'word', text: 'ét', span: 'ét' }],
    ['中文‸404', '', { kind: 'word', text: '中文404', span: '中文404' }],
    // Clojure: dashes, namespaces, predicates, a keyword's colon, numbers.
    ['(ok? ‸x)', 'clojure', { kind: 'word', text: 'x', span: 'x' }],
    ['(‸ok?)', 'clojure', { kind: 'word', text: 'ok?', span: 'ok?' }],
    ['(f ‸ )', 'clojure', undefined],
    ['(f 404‸)', 'clojure', { kind: 'number', text: '404', span: '404' }],
    ['(f 4x‸)', 'clojure', undefined],
    ['a:‸b', 'clojure', { kind: 'word', text: 'b', span: 'b' }],
  ];
  for (const [marked, language, expected] of TOKENS) {
    it(`${language || 'default'}: ${marked}`, () => assert.deepEqual(tok(marked, language), expected));
  }
});

describe('scan: the call a token is an argument of', () => {
  const CALLS: Array<[string, Partial<ReturnType<typeof enclosingCall>> | undefined]> = [
    ['res.status(', { callee: 'res.status', name: 'status', receiver: 'res', argIndex: 0 }],
    ['http.Error(w, "gone", ', { callee: 'http.Error', name: 'Error', receiver: 'http', argIndex: 2, argsBefore: 'w, "gone", ' }],
    ['f(g(1, 2), ', { name: 'f', argIndex: 1 }],
    ['f("a, (b", ', { name: 'f', argIndex: 1 }],
    ['  .expect(', { name: 'expect', receiver: '.' }],
    ['res?.status(', { name: 'status', receiver: 'res' }],
    ['StatusCode::from_u16(', { callee: 'StatusCode::from_u16', name: 'from_u16', receiver: 'StatusCode' }],
    ['$response->setStatusCode(', { name: 'setStatusCode', receiver: '$response' }],
    ['ResponseEntity.<String>status(', { name: 'status' }],
    ['assert_eq!(', { name: 'assert_eq', callee: 'assert_eq!' }],
    ['@ResponseStatus(', { name: 'ResponseStatus' }],
    ['foo().bar(', { name: 'bar', receiver: 'foo()' }],
    ['f([', undefined],
    ['f({ status: ', undefined],
    ['x = 1; ', undefined],
    ['f("unclosed, ', undefined],
  ];
  for (const [left, expected] of CALLS) {
    it(`${JSON.stringify(left)} -> ${expected ? expected.name : 'no call'}`, () => {
      const call = enclosingCall(left);
      if (!expected) return assert.equal(call, undefined);
      assert.ok(call, 'a call is found');
      for (const [k, v] of Object.entries(expected)) assert.equal(call[k as keyof typeof call], v, k);
      assert.equal(left[call.open], '(');
      assert.equal(left.slice(call.start, call.open).replace(/\s+/g, '').replace(/<[^>]*>/, ''), call.callee.replace(/<[^>]*>/, ''));
    });
  }

  it('scanBackward: unbalanced text gives undefined, the start gives -1', () => {
    assert.equal(scanBackward('a [ b)', () => false), undefined, 'a bracket closed by the wrong kind');
    assert.equal(scanBackward('"open', () => false), undefined);
    assert.equal(scanBackward('a, b', () => false), -1);
    const seen: string[] = [];
    scanBackward('f(a[1], "x,y", b', (ch) => (seen.push(ch), false));
    // Brackets and strings are stepped over whole: only what lies outside them is visited.
    assert.equal(seen.join(''), 'b , ,a(f');
  });
});

describe('scan: reading lines safely', () => {
  const doc = docOf('first\n' + 'x'.repeat(450) + '\nlast', 'typescript');
  it('lineText: the line, or empty for a line that does not exist or does not hold text', () => {
    assert.equal(lineText(doc, 0), 'first');
    assert.equal(lineText(doc, 2), 'last');
    for (const line of [-1, 3, 0.5, NaN]) assert.equal(lineText(doc, line), '', String(line));
    assert.equal(lineText({ ...doc, lineAt: () => ({ text: 42 as unknown as string }) }, 0), '');
    assert.equal(lineText({ ...doc, lineAt: () => undefined as unknown as { text: string } }, 0), '');
  });
  it('contextLine: a neighbour cut to 400 characters, short lines whole', () => {
    assert.equal(contextLine(doc, 1).length, 400);
    assert.equal(contextLine(doc, 0), 'first');
    assert.equal(contextLine(docOf('y'.repeat(400), 'typescript'), 0).length, 400);
  });
  it('validPlace and viewAt: the edges of a document', () => {
    const one = docOf('abc', 'typescript');
    assert.equal(validPlace(one, 0, 0), true);
    assert.equal(validPlace(one, 0, 3), true, 'the end of the line is a place');
    assert.equal(validPlace({ ...one, lineCount: 0 }, 0, 0), false);
    assert.equal(validPlace({ ...one, lineCount: -1 }, 0, 0), false);
    assert.equal(validPlace(one, 0, -1), false);
    assert.deepEqual(viewAt(one, 0, 3), { text: 'abc', offset: 0, col: 3, atLineStart: true });
    assert.equal(viewAt(one, 0, 4), undefined);
    assert.equal(viewAt(one, 0, 1.5), undefined);
  });
});

describe('scan: bounded views of a line', () => {
  it('cuts the window around the position and says where it starts', () => {
    const line = 'x'.repeat(1000) + '404' + 'y'.repeat(1000);
    const v = viewAt(docOf(line, 'typescript'), 0, 1001);
    assert.ok(v);
    assert.equal(v.offset, 1001 - LEFT_WINDOW);
    assert.equal(v.text.length, LEFT_WINDOW + RIGHT_WINDOW);
    assert.equal(v.text.slice(v.col - 1, v.col + 2), '404');
    assert.equal(v.atLineStart, false);
    assert.equal(viewAt(docOf('res.status(404)', 'typescript'), 0, 12)?.atLineStart, true);
  });
  it('refuses places outside the document', () => {
    const doc = docOf('a\nb', 'typescript');
    assert.equal(viewAt(doc, 2, 0), undefined);
    assert.equal(viewAt(doc, 0, 5), undefined);
    assert.equal(viewAt(doc, -1, 0), undefined);
    assert.equal(validPlace(doc, 0.5, 0), false);
    assert.equal(validPlace(doc, 0, Number.MAX_VALUE), false);
    assert.equal(validPlace({ ...doc, lineCount: Infinity }, 0, 0), false);
    assert.equal(validPlace(doc, 1, 0), true);
  });
});
