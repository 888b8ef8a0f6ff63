/**
 * A paren-less command that sets or checks a status: Ruby `head 204`, `halt 404`, `status 201`,
 * `redirect_to path, status: 301`, RSpec `have_http_status 404`; Elixir `put_status 404`; a shell
 * command or function named for a status (`expect_status 200`).
 */
import { enclosingCall } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

function commandAt(c: Candidate): Finding | undefined {
  if (c.lang === 'ruby' || c.lang === 'crystal') {
    if (/(?:^|[\s;({=])(?:head|halt|assert_response|status|error)\s+$/.test(c.left)) return {};
    if (/(?:^|[\s;])redirect(?:_to)?\b.*,\s*$/.test(c.left) && enclosingCall(c.left) === undefined) return {};
    if (/(?:^|[\s;])(?:expect\(response\)\.to|expect\(last_response\)\.to)\s+(?:have_http_status|be)\s*\(?\s*$/.test(c.left)) return {};
  }
  if (c.lang === 'elixir' && /(?:^|\s)(?:assert_error_sent|put_status|send_resp)\s+$/.test(c.left)) return {};
  if (c.lang === 'shellscript' && /^\s*[\w-]*(?:status|http|code)[\w-]*\s+(?:\S+\s+)*$/i.test(c.left) && !/^\s*(?:exit|return)\b/.test(c.left)) return {};
  return undefined;
}

export const command: Evidence = {
  id: 'command',
  direction: 'slot',
  view: 'code',
  summary: 'a paren-less command that sets or checks a status (Ruby, Elixir, shell)',
  test: commandAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'command': {
    fires: [
      { lang: 'ruby', text: 'head ⟦204⟧' },
      { lang: 'ruby', text: 'halt ⟦404⟧, "missing"' },
      { lang: 'elixir', text: 'conn |> put_status ⟦422⟧' },
      { lang: 'shellscript', text: 'expect_status ⟦200⟧ "$url"' },
      { lang: 'crystal', text: '  halt env, status_code: 404 if missing; status ⟦410⟧' },
      { lang: 'ruby', text: 'redirect_to root_path, notice: "moved", status: 301,  ⟦302⟧' },
      { lang: 'ruby', text: '    redirect "/login", ⟦303⟧' },
      { lang: 'ruby', text: 'expect(response).to have_http_status ⟦404⟧' },
      { lang: 'ruby', text: 'expect(last_response).to be(⟦200⟧)' },
      { lang: 'elixir', text: '  assert_error_sent ⟦404⟧, fn -> get(conn, "/x") end' },
      { lang: 'shellscript', text: '  check_http "$url"  ⟦204⟧' },
      { lang: 'ruby', text: 'status ⟦201⟧' },
      { lang: 'ruby', text: 'render json: order; head ⟦204⟧ if order.nil?' },
      { lang: 'shellscript', text: 'assert-http-code ⟦201⟧ "$url"' },
      { lang: 'ruby', text: 'head  ⟦204⟧' },
      { lang: 'ruby', text: 'it { expect(response).to have_http_status(⟦404⟧) }' },
      { lang: 'ruby', text: 'expect(response).to  have_http_status ⟦201⟧' },
      { lang: 'elixir', text: 'assert_error_sent  ⟦404⟧, fn -> get(conn, "/x") end' },
      { lang: 'elixir', text: 'put_status ⟦422⟧' },
      { lang: 'shellscript', text: 'check_status_code "$url" ⟦200⟧' },
      { lang: 'shellscript', text: 'expect_status  ⟦200⟧ "$url"' },
    ],
    silent: [
      { lang: 'ruby', text: 'sleep ⟦200⟧' },
      { lang: 'ruby', text: 'users.first(⟦100⟧)' },
      { lang: 'shellscript', text: 'exit ⟦130⟧' },
      { lang: 'shellscript', text: 'sleep ⟦300⟧' },
      { lang: 'python', text: 'status ⟦410⟧' },
      { lang: 'ruby', text: 'redirect_to(root_path, ⟦302⟧)' },
      { lang: 'ruby', text: 'redirected_count = [1, ⟦303⟧]' },
      { lang: 'ruby', text: 'expect(response.body).to have_content ⟦404⟧' },
      { lang: 'ruby', text: 'expect(last_response.length).to be(⟦200⟧)' },
      { lang: 'elixir', text: '  Process.sleep ⟦404⟧' },
      { lang: 'shellscript', text: '  return "$status" ⟦204⟧' },
      { lang: 'ruby', text: 'statuses ⟦201⟧' },
      { lang: 'ruby', text: 'render json: order; overhead ⟦204⟧' },
      { lang: 'shellscript', text: 'retry-count ⟦201⟧ "$url"' },
      { lang: 'ruby', text: 'head :ok if count > ⟦200⟧' },
      { lang: 'ruby', text: 'redirect_to root_path, notice: "saved" if retries > ⟦300⟧' },
      { lang: 'ruby', text: 'it { expect(response.body.size).to be > ⟦404⟧ }' },
      { lang: 'elixir', text: 'put_status_later(conn) |> wait ⟦422⟧' },
      { lang: 'elixir', text: 'Process.sleep ⟦422⟧' },
      { lang: 'shellscript', text: 'sleep_between "$url" ⟦200⟧' },
      { lang: 'shellscript', text: 'wait_for  ⟦200⟧ "$url"' },
    ],
  },
};
