/** A status in a response tuple: Flask `return body, 404`; Rack `[200, {...}, [body]]`. */
import type { Candidate, Evidence, Examples, Finding } from './types';

function balanced(s: string): boolean {
  let d = 0;
  for (const ch of s) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch) && --d < 0) return false;
  }
  return d === 0;
}

function topLevel(s: string): string {
  let d = 0;
  let out = '';
  for (const ch of s) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
    else if (d === 0) out += ch;
  }
  return out;
}

function tupleAt(c: Candidate): Finding | undefined {
  if (c.lang === 'python') {
    const m = /^\s*return\s+(.+?),\s*$/.exec(c.left);
    if (m && balanced(m[1]) && !/,/.test(topLevel(m[1]))) return {};
  }
  // Rack: [status, headers, body], the headers a hash or a constant or variable that holds one.
  if (c.lang === 'ruby' && /(?:^|[\s=(])\[\s*$/.test(c.left) && /^\s*,\s*(?:\{|[\w:]*(?:HEADERS|headers|Headers)\w*\s*,\s*\[)/.test(c.right)) return {};
  // Erlang and Elixir answer with a tuple: {503, #{state => draining}}, {404, Headers, <<"missing">>}, {200, body}.
  // (A number or a place being completed: an atom first in a tuple is its tag, `{:ok, user}`.)
  if ((c.lang === 'erlang' || c.lang === 'elixir') && (c.value !== undefined || c.completion) && /(?:^|[\s=(,>\[])\{\s*$/.test(c.left) && /^\s*,\s*(?:#\{|%\{|\[|<<|"|[A-Z_a-z])/.test(c.right) &&
    !/^\s*,\s*(?:\d|:?ok\b|:?error\b)/.test(c.right)) return {};
  return undefined;
}

export const tuple: Evidence = {
  id: 'tuple',
  direction: 'slot',
  view: 'code',
  summary: 'the status of a response tuple (Flask, Rack)',
  test: tupleAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'tuple': {
    fires: [
      { lang: 'python', text: 'return jsonify(user), ⟦201⟧' },
      { lang: 'python', text: 'return {"error": "missing"}, ⟦404⟧' },
      { lang: 'ruby', text: '[⟦200⟧, { "content-type" => "text/plain" }, ["ok"]]' },
      { lang: 'python', text: 'return "", ⟦204⟧' },
      { lang: 'python', text: 'return make_body(user, fields),  ⟦201⟧' },
      { lang: 'ruby', text: '[⟦200⟧, HEADERS, [body]]' },
      { lang: 'ruby', text: 'response = [⟦404⟧, headers, ["not found"]]' },
      { lang: 'erlang', text: '{⟦503⟧, #{state => draining}}' },
      { lang: 'erlang', text: 'reply(Req) -> {⟦404⟧, Headers, <<"missing">>}.' },
      { lang: 'elixir', text: '{⟦200⟧, body}' },
      { lang: 'elixir', text: '{⟦422⟧, %{errors: errors}}' },
    ],
    silent: [
      { lang: 'python', text: 'return x, y, ⟦200⟧' },
      { lang: 'python', text: 'return (width, ⟦480⟧)' },
      { lang: 'ruby', text: 'sizes = [⟦256⟧, 512]' },
      { lang: 'python', text: 'return offset + ⟦100⟧' },
      { lang: 'python', text: 'return f(a, ⟦201⟧' },
      { lang: 'ruby', text: 'pair = [⟦200⟧, 404]' },
      { lang: 'ruby', text: 'xs[⟦200⟧, 3]' },
      { lang: 'erlang', text: '{⟦500⟧, 1000}' },
      { lang: 'erlang', text: '{⟦404⟧, error}' },
      { lang: 'elixir', text: '{⟦200⟧, :ok}' },
      { lang: 'elixir', text: 'size = {⟦640⟧, 480}' },
    ],
  },
};
