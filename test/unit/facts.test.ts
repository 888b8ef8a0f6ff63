import * as assert from 'node:assert/strict';
import { anyLineWith, HEAD, headFlags, LINE, lineFlags, linesWith } from '../../src/core/evidence/facts';
import { docOf, editableDoc } from '../support/labels';

// Facts about lines and about the head of a document (src/core/evidence/facts.ts): what each kind of line
// is, counting and finding them in a range, what the head of a file says, and how far each head fact reads.

const editable = editableDoc;

describe('facts: the kinds of a line', () => {
  const ROWS: Array<[string, number]> = [
    ['const res = await fetch(url);', LINE.http | LINE.httpTalk],
    ['import nodemailer from "nodemailer";', LINE.mail | LINE.otherProtocol],
    ['# the SMTP relay answers 550', LINE.mail | LINE.otherProtocol],
    ['process.exit(1); // exit code', LINE.otherProtocol],
    ['code=$(curl -s -o /dev/null -w "%{http_code}" "$u")', LINE.http | LINE.curl],
    ['router.get("/books", handler)', LINE.httpTalk],
    ['const width = 300;', 0],
    ['', 0],
  ];
  for (const [text, flags] of ROWS) {
    it(`${JSON.stringify(text)}: ${flags}`, () => assert.equal(lineFlags(docOf(text, 'javascript'), 0), flags));
  }

  it('is 0 outside the document and for lines that are not whole numbers', () => {
    const doc = docOf('const res = await fetch(url);', 'javascript');
    assert.equal(lineFlags(doc, -1), 0);
    assert.equal(lineFlags(doc, 1), 0);
    assert.equal(lineFlags(doc, 0.5), 0);
  });

  it('follows the document as it changes (a new version is read again)', () => {
    const doc = editable('const width = 300;', 'javascript');
    assert.equal(lineFlags(doc, 0) & LINE.http, 0);
    doc.set('const res = await fetch(url);');
    assert.equal(lineFlags(doc, 0) & LINE.http, LINE.http);
  });

  it('keeps at most a few thousand lines in memory and still answers after clearing them', () => {
    const doc = docOf(Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'fetch(u);' : 'x = 1;')).join('\n'), 'javascript');
    for (let l = 0; l < 5000; l++) lineFlags(doc, l);
    assert.equal(lineFlags(doc, 1) & LINE.http, LINE.http);
    assert.equal(lineFlags(doc, 2) & LINE.http, 0);
  });
});

describe('facts: lines of a kind in a range', () => {
  const doc = docOf(['fetch(a);', 'x = 1;', 'fetch(b);', 'fetch(c);', 'y = 2;'].join('\n'), 'javascript');

  it('counts the lines of a kind from `from` to `to`, both included, the skipped line aside', () => {
    assert.equal(linesWith(doc, 0, 4, -1, LINE.http), 3);
    assert.equal(linesWith(doc, 0, 4, 2, LINE.http), 2);
    assert.equal(linesWith(doc, 1, 2, -1, LINE.http), 1);
    assert.equal(linesWith(doc, 3, 3, -1, LINE.http), 1);
    assert.equal(linesWith(doc, -5, 0, -1, LINE.http), 1);
    assert.equal(linesWith(doc, 4, 99, -1, LINE.http), 0);
  });

  it('finds whether any line of a kind is in the range', () => {
    assert.equal(anyLineWith(doc, 1, 1, -1, LINE.http), false);
    assert.equal(anyLineWith(doc, 1, 2, -1, LINE.http), true);
    assert.equal(anyLineWith(doc, 2, 2, 2, LINE.http), false, 'the skipped line does not count');
    assert.equal(anyLineWith(doc, -3, 0, -1, LINE.http), true);
    assert.equal(anyLineWith(doc, 4, 10, -1, LINE.http), false);
  });
});

describe('facts: the head of a document', () => {
  const head = (text: string, lang = 'javascript') => headFlags(docOf(text, lang));
  const filler = (n: number) => 'x = 1;\n'.repeat(n);

  it('an HTTP library named within the first 150 lines; HTTP files and server configs are HTTP by themselves', () => {
    assert.equal(head("import express from 'express';") & HEAD.httpLibrary, HEAD.httpLibrary);
    assert.equal(head(filler(149) + "import express from 'express';") & HEAD.httpLibrary, HEAD.httpLibrary);
    assert.equal(head(filler(150) + "import express from 'express';") & HEAD.httpLibrary, 0);
    assert.equal(head('GET /x', 'http') & HEAD.httpLibrary, HEAD.httpLibrary);
    assert.equal(head('worker_processes 1;', 'nginx') & HEAD.httpLibrary, HEAD.httpLibrary);
    assert.equal(head('x = 1;') & HEAD.httpLibrary, 0);
  });

  it('a test framework within 80 lines, mail within 30, another protocol within 20', () => {
    assert.equal(head(filler(79) + "describe('x', () => {});") & HEAD.testFile, HEAD.testFile);
    assert.equal(head(filler(80) + "describe('x', () => {});") & HEAD.testFile, 0);
    assert.equal(head(filler(29) + "import nodemailer from 'nodemailer';") & HEAD.mail, HEAD.mail);
    assert.equal(head(filler(30) + "import nodemailer from 'nodemailer';") & HEAD.mail, 0);
    assert.equal(head(filler(19) + '// exit code 2 on failure') & HEAD.otherProtocol, HEAD.otherProtocol);
    assert.equal(head(filler(20) + '// exit code 2 on failure') & HEAD.otherProtocol, 0);
  });

  it('reads every fact in one pass, skipping empty lines', () => {
    const all = head("\n\nimport express from 'express';\nimport nodemailer from 'nodemailer';\n// exit code 2\ndescribe('x', () => {});");
    assert.equal(all, HEAD.httpLibrary | HEAD.testFile | HEAD.mail | HEAD.otherProtocol);
  });

  it('follows the document as it changes', () => {
    const doc = editable('x = 1;', 'javascript');
    assert.equal(headFlags(doc) & HEAD.httpLibrary, 0);
    doc.set("import express from 'express';");
    assert.equal(headFlags(doc) & HEAD.httpLibrary, HEAD.httpLibrary);
  });
});
