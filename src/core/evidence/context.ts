/**
 * Facts about a candidate that several pieces of evidence need, computed once per candidate (memo) or
 * once per document version (file-level facts), always from a bounded window.
 */
import { contextLine, enclosingCall, scanBackward, type CallContext } from '../scan';
import { anyLineWith, HEAD, headFlags, LINE } from './facts';
import type { Candidate } from './types';
import { HTTP_WORDS, OTHER_PROTOCOL } from './vocabulary';

/** Whether the value's line or the lines around it speak HTTP. */
export function httpNearby(c: Candidate): boolean {
  c.memo.httpNearby ??= HTTP_WORDS.test(c.left) || HTTP_WORDS.test(c.right) || anyLineWith(c.doc, c.line - 6, c.line + 3, c.line, LINE.http);
  return c.memo.httpNearby;
}

/** curl, wget or httpie within the lines above: shell tests on a variable then test an HTTP status. */
export function curlNearby(c: Candidate): boolean {
  return anyLineWith(c.doc, c.line - 8, c.line, -1, LINE.curl);
}

/** Lines above read to find the opener of an argument list that spans lines. */
const CALL_LINES_ABOVE = 6;
const CALL_LINE_CHARS = 200;

/**
 * The call whose argument list the value is in: on its own line, or opened on one of the few lines
 * above when the line itself opens nothing (`Response(\n    body,\n    201,\n)`).
 */
export function callOf(c: Candidate): CallContext | undefined {
  if (!('call' in c.memo)) {
    let call = c.lang === 'clojure' ? lispCall(c.left) : enclosingCall(c.left);
    if (!call && c.region === 'code' && scanBackward(c.left, (ch) => '([{;'.includes(ch)) === -1 && /^\s*(?:[\w$."'-]+\s*,\s*)*["']?$/.test(c.left)) {
      const above: string[] = [];
      for (let l = c.line - 1; l >= Math.max(0, c.line - CALL_LINES_ABOVE); l--) {
        const t = contextLine(c.doc, l);
        above.unshift(t.length > CALL_LINE_CHARS ? t.slice(-CALL_LINE_CHARS) : t);
        if (/[(]\s*$/.test(t) || /[;{}]\s*$/.test(t)) break;
      }
      const joined = above.join(' ') + ' ' + c.left;
      const found = enclosingCall(joined);
      // Only a call opened above: its argument list must not have closed on the lines between.
      // Offsets stay relative to the value's own line: negative ones lie on the lines above.
      const shift = joined.length - c.left.length;
      if (found && found.open < shift) call = { ...found, open: found.open - shift, start: found.start - shift };
    }
    c.memo.call = call;
  }
  return c.memo.call as CallContext | undefined;
}

/**
 * A Lisp call around the value: `(json-response 200 {...})`, `(ring.util.response/status resp 404)`. The
 * name is the form's first symbol (its last segment after '/'), the arguments the forms after it.
 */
function lispCall(left: string): CallContext | undefined {
  // Walk back over the forms of the innermost open list: bracketed forms and strings count as one each.
  const forms: string[] = [];
  let i = left.length - 1;
  while (i >= 0) {
    const ch = left[i];
    if (/\s/.test(ch)) { i--; continue; }
    if (ch === '(' ) {
      const callee = forms.pop();
      if (!callee || /^["([{]/.test(callee)) return undefined;
      forms.reverse();
      return {
        callee,
        name: callee.replace(/^.*\//, ''),
        receiver: callee.includes('/') ? callee.replace(/\/[^/]*$/, '') : '',
        argIndex: forms.length,
        // Written as a comma-separated list, the shape the other rules read.
        argsBefore: forms.map((f) => f + ', ').join(''),
        open: i,
        start: i + 1,
      };
    }
    if (ch === '[' || ch === '{') return undefined;
    let start = i;
    if (ch === ')' || ch === ']' || ch === '}') {
      let depth = 0;
      for (; start >= 0; start--) {
        const x = left[start];
        if (x === ')' || x === ']' || x === '}') depth++;
        else if ((x === '(' || x === '[' || x === '{') && --depth === 0) break;
      }
      if (start < 0) return undefined;
    } else if (ch === '"') {
      start = left.lastIndexOf('"', i - 1);
      if (start < 0) return undefined;
    } else {
      while (start > 0 && !/[\s()[\]{}"]/.test(left[start - 1])) start--;
    }
    forms.push(left.slice(start, i + 1));
    i = start - 1;
  }
  return undefined;
}

/** Another protocol (SMTP, FTP, exit statuses) named on the line or the two lines on either side. */
export function otherProtocolAtHand(c: Candidate): boolean {
  c.memo.otherProtocolAtHand ??=
    OTHER_PROTOCOL.test(c.left) || OTHER_PROTOCOL.test(c.right) || anyLineWith(c.doc, c.line - 2, c.line + 2, c.line, LINE.otherProtocol);
  return c.memo.otherProtocolAtHand as boolean;
}

/** Another protocol (SMTP, FTP, exit statuses) named on the line, the lines around or the head of the file. */
export function otherProtocolNearby(c: Candidate): boolean {
  c.memo.otherProtocol ??=
    OTHER_PROTOCOL.test(c.left) || OTHER_PROTOCOL.test(c.right) ||
    anyLineWith(c.doc, c.line - 5, c.line + 5, c.line, LINE.otherProtocol) ||
    (c.line > 5 && (headFlags(c.doc) & HEAD.otherProtocol) !== 0);
  return c.memo.otherProtocol;
}
