import * as assert from 'node:assert/strict';
import { caseArm } from '../../src/core/evidence/case-arm';
import type { Candidate } from '../../src/core/evidence/types';
import { cursorCandidate, markedCandidate } from '../support/candidate';

// The arms of a switch over a status, form by form (src/core/evidence/case-arm.ts), beyond the rule's own
// examples: each row changes one thing the rule reads (the head, the arm's shape, the reach above, the
// indentation, the cursor of a completion) and says whether the value or cursor stands in an arm.

/** The number marked ⟦⟧ (the hover), or the cursor | with the rest of its line (completion). */
const at = (lang: string, snippet: string): Candidate => (snippet.includes('⟦') ? markedCandidate(lang, snippet) : cursorCandidate(lang, snippet));

const CURL = 'code=$(curl -s -o /dev/null -w \'%{http_code}\' "$url")\n';
const far = (n: number): string => '  ;; a note\n'.repeat(n);

/** [language, snippet, is it an arm of a switch over a status] */
const ROWS: Array<[string, string, boolean]> = [
  // Clojure: a value at the start of a line, followed by its expression, under (case or (condp = over a status.
  ['clojure', '(case (:status resp)\n  ⟦404⟧ nil\n  :other)', true],
  ['clojure', '(condp = (:status resp)\n  ⟦404⟧ nil\n  :other)', true],
  ['clojure', '(condp  = (:status resp)\n  ⟦404⟧ nil\n  :other)', true],
  ['clojure', '(case (.getStatusCode resp)\n  ⟦404⟧ nil\n  :other)', true],
  ['clojure', '(case (status-of resp)\n  ⟦404⟧ nil\n  :other)', true],
  ['clojure', '(case (:status resp)\n  200 :ok\n  ⟦404⟧ nil', true],
  ['clojure', '(case (:status resp)\n  x ⟦404⟧ nil)', false],
  ['clojure', '(case (:status resp)\n  200 :ok\n  ⟦404⟧)', false],
  ['clojure', '(case (:floor room)\n  ⟦404⟧ "attic"\n  "guest floor")', false],
  ['clojure', '(case st\n  ⟦404⟧ nil\n  :other)', false],
  ['clojure', `(case (:status resp)\n${far(28)}  ⟦404⟧ nil\n  :other)`, true],
  ['clojure', `(case (:status resp)\n${far(31)}  ⟦404⟧ nil\n  :other)`, false],
  ['clojure', `(case (:status resp)\n${far(29)}  ⟦404⟧ nil\n  :other)`, true],
  ['clojure', `(case (:status resp)\n${far(30)}  ⟦404⟧ nil\n  :other)`, false],
  ['clojure', '(case (:status resp)\n  ⟦404⟧  nil\n  :other)', true],
  ['clojure', '(case (:status resp)\n  ⟦404⟧x nil)', false],
  ['powershell', 'switch ($resp.StatusCode) {\n    { $_  -ge ⟦500⟧ } { Start-Sleep 5 }\n}', true],
  // PowerShell's condition arms, spaced or not.
  ['powershell', 'switch ($resp.StatusCode) {\n    {$_ -ge ⟦500⟧} { Start-Sleep 5 }\n}', true],
  ['powershell', 'switch ($resp.StatusCode) {\n    { $_ -ge  ⟦500⟧ }{ Start-Sleep 5 }\n}', true],
  ['powershell', 'switch ($resp.StatusCode) {\n    { $_ -eq ⟦404⟧ } { return $null }\n}', true],
  ['powershell', 'switch ($resp.StatusCode) {\n    { $_ -ge ⟦500⟧ } Start-Sleep\n}', false],
  ['powershell', 'switch ($resp.StatusCode) {\n    { $_ -gx ⟦500⟧ } { Start-Sleep 5 }\n}', false],
  ['powershell', 'switch ($resp.StatusCode) {\n    x { $_ -ge ⟦500⟧ } { Start-Sleep 5 }\n}', false],
  ['javascript', 'switch (res.status) {\n    { $_ -ge ⟦500⟧ } { wait(5) }\n}', false],
  // Completion at the start of an arm: a keyword or a number typed, or a language whose arms have none.
  ['javascript', 'switch (res.status) {\n  case |', true],
  ['javascript', 'switch (res.status) {\n  case 200, |', true],
  ['javascript', 'switch (res.status) {\n  case |:', true],
  ['javascript', 'switch (res.status) {\n  |', false],
  ['javascript', 'switch (res.status) {\n  case 200: |', false],
  ['go', 'switch resp.StatusCode {\ncase 200, |', true],
  ['python', 'match response.status_code:\n    case |', true],
  ['python', 'match response.status_code:\n    |', false],
  ['ruby', 'case response.code.to_i\nwhen |', true],
  ['ruby', 'case response.code.to_i\n  when |', true],
  ['ruby', 'case response.code.to_i\nwhen  |', true],
  ['rust', 'match resp.status().as_u16() {\n    |', true],
  ['rust', 'match width {\n    |', false],
  ['kotlin', 'when (response.status.value) {\n    |', true],
  ['elixir', 'case conn.status do\n  |', true],
  ['scala', 'resp.code match {\n  |', true],
  ['scala', 'resp.code match {\n  case |', true],
  ['swift', 'switch httpResponse.statusCode {\n|', false],
  // Shell arms end in ')' and join alternatives with '|'.
  ['shellscript', `${CURL}case "$code" in\n  |) echo ok ;;`, true],
  ['shellscript', `${CURL}case "$code" in\n  | ) echo ok ;;`, true],
  ['shellscript', `${CURL}case "$code" in\n  || 204) echo ok ;;`, true],
  ['shellscript', `${CURL}case "$code" in\n  ||204) echo ok ;;`, true],
  ['shellscript', `${CURL}case "$code" in\n  ||  204  ) echo ok ;;`, true],
  ['shellscript', `${CURL}case "$code" in\n  |`, false],
  ['shellscript', `${CURL}case "$code" in\n  ||20) echo ok ;;`, false],
  ['shellscript', `${CURL}case "$code" in\n  |x) echo ok ;;`, false],
  // Several labels on one line: each is an arm.
  ['c', 'switch (res->status) {\n    case 200: case ⟦204⟧:\n        return 1;\n}', true],
  ['c', 'switch (res->status) {\n    case 200: case 204: case ⟦206⟧:\n        return 1;\n}', true],
  ['c', 'switch (size) {\n    case 200: case ⟦204⟧:\n        return 1;\n}', false],
  ['javascript', 'switch (res.status) {\n  case 200: x = case ⟦204⟧:', false],
  ['javascript', 'switch (res.status) {\n  case |', true],
  // The label's shape: alternatives and ranges before the value, the arm's end after it.
  ['go', 'switch resp.StatusCode {\ncase 200, ⟦204⟧:\n\treturn nil\n}', true],
  ['swift', 'switch httpResponse.statusCode {\ncase 200...⟦299⟧:\n    return data\ndefault: break\n}', true],
  ['rust', 'match resp.status().as_u16() {\n    200 | ⟦204⟧ => Ok(()),\n    _ => Err(e),\n}', true],
  ['rust', 'match resp.status().as_u16() {\n    200..=⟦299⟧ => Ok(()),\n    _ => Err(e),\n}', true],
  ['kotlin', 'when (response.status.value) {\n    in 200 until ⟦300⟧ -> ok()\n    else -> fail()\n}', true],
  ['kotlin', 'when (response.status.value) {\n    in 200 till ⟦300⟧ -> ok()\n    else -> fail()\n}', false],
  ['ruby', "case response.code\nwhen '⟦404⟧' then nil\nend", true],
  ['ruby', 'case response.code.to_i\nwhen 200 then body\nwhen ⟦404⟧\n  nil\nend', true],
  ['ocaml', 'match Cohttp.Response.status resp with\n| `OK -> body\n| ⟦404⟧ -> None', true],
  ['elixir', 'case conn.status do\n  ⟦404⟧ when retry? -> :again\n  _ -> :done\nend', false],
  ['python', 'match response.status_code:\n    case ⟦404⟧ if retry:\n        return None', true],
  ['python', 'match response.status_code:\n    case ⟦404⟧::\n        return None', false],
  ['javascript', 'switch (res.status) {\n  case ⟦404⟧: {\n    return null;\n  }\n}', true],
  ['javascript', 'switch (res.status) {\n  case ⟦404⟧ + 1:\n    return null;\n}', false],
  ['javascript', 'switch (res.status) {\n  case x + ⟦404⟧:\n    return null;\n}', false],
  ['javascript', 'switch (res.status) {\n  default: return ⟦404⟧;\n}', false],
  // The head: a status expression, a bare `code` where the lines around speak of HTTP, a name bound to a status.
  ['javascript', 'const res = await fetch(url);\nswitch (code) {\n  case ⟦404⟧:\n    return null;\n}', true],
  ['javascript', 'const n = rows.length;\nswitch (code) {\n  case ⟦404⟧:\n    return null;\n}', false],
  ['javascript', 'switch (err.code) {\n  case ⟦404⟧:\n    return null;\n}', false],
  ['php', '$http = (int) curl_getinfo($ch, CURLINFO_HTTP_CODE);\nswitch ($http) {\n    case ⟦404⟧:\n        break;\n}', true],
  ['php', '$n = count($rows);\nswitch ($n) {\n    case ⟦404⟧:\n        break;\n}', false],
  ['haskell', 'case statusCode (responseStatus resp) of\n  ⟦404⟧ -> pure Nothing', true],
  ['haskell', 'case length rows of\n  ⟦404⟧ -> pure Nothing', false],
  ['fsharp', 'match int response.StatusCode with\n| ⟦404⟧ -> None\n| _ -> Some body', true],
  ['fsharp', 'match width with\n| ⟦320⟧ -> Small\n| _ -> Large', false],
  ['ruby', 'case order.state_code\nwhen 100 then :placed\nwhen ⟦300⟧ then :shipped\nend', false],
  // An earlier arm that opens a block (`when 200 then render json: {`) is passed over, not taken for the head.
  ['ruby', 'case response.code.to_i\nwhen 200 then render json: {\n  ok: true }\nwhen ⟦404⟧ then head :not_found\nend', true],
  ['ruby', "case response.code\nwhen '200' then render json: {\n  ok: true }\nwhen '⟦404⟧' then head :not_found\nend", true],
  ['ruby', 'case response.code.to_i\nwhen  200 then render json: {\n  ok: true }\nwhen ⟦404⟧ then head :not_found\nend', true],
  ['ruby', 'case order.total\nwhen 200 then render json: {\n  ok: true }\nwhen ⟦404⟧ then head :not_found\nend', false],
  ['haskell', 'case statusCode (responseStatus resp) of \n  ⟦404⟧ -> pure Nothing', true],
  ['fsharp', 'match int response.StatusCode with \n| ⟦404⟧ -> None', true],
  ['scala', 'r.code.code match {\n  case ⟦202⟧ if n < maxPolls =>\n    loop(n + 1)\n}', true],
  // The walk up to the head: blank lines and other arms are passed, the block is left at a statement less
  // indented, and the head is looked for sixty lines up at most, blank ones included.
  ['javascript', 'switch (res.status) {\n  case 200:\n\n    return ok();\n  // a comment\n  case ⟦404⟧:\n    return null;\n}', true],
  ['kotlin', 'when (response.status.value) {\n    200 -> ok()\n}\n    ⟦404⟧ -> "x"', true],
  ['kotlin', 'when (response.status.value) {\n    200 -> ok()\n}\nval labels = listOf(1)\n    ⟦404⟧ -> "x"', false],
  ['javascript', 'switch (res.status) {\n    if (x) {\n            case ⟦404⟧:', true],
  ['javascript', 'switch (res.status) {\n   if (x) {\n            case ⟦404⟧:', false],
  ['javascript', `switch (res.status) {\n${'    // note\n'.repeat(58)}  case ⟦404⟧:`, true],
  ['javascript', `switch (res.status) {\n${'    // note\n'.repeat(61)}  case ⟦404⟧:`, false],
  ['javascript', `switch (res.status) {\n${'\n'.repeat(70)}  case ⟦404⟧:`, false],
  // A bare `code` head with HTTP two lines up (not three); lines less indented that keep the block open (labels,
  // braces, other arms, openers) or close it; completion with text after the cursor.
  ["javascript", "const res = await fetch(u);\n\nswitch (code) {\n  case ⟦404⟧:", true],
  ["javascript", "const res = await fetch(u);\n\n\nswitch (code) {\n  case ⟦404⟧:", false],
  ["javascript", "const res = await fetch(u);\nswitch (Code) {\n  case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  default:\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  else:\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  }\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  200 -> x\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  '200' -> x\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  x = 1\n    case ⟦404⟧:", false],
  ["javascript", "switch (res.status) {\n  foo() {\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  label:\n    case ⟦404⟧:", true],
  ["javascript", "switch (res.status) {\n  20 -> x\n    case ⟦404⟧:", false],
  ["javascript", "switch (res.status) {\n  '20' -> x\n    case ⟦404⟧:", false],
  ["javascript", "switch (res.status) {\n  x: 1;\n    case ⟦404⟧:", false],
  ["javascript", "switch (res.status) {\n  case |x + 1", false],
  ["javascript", "switch (res.status) {\n  case |   ", true],
  ["kotlin", "when (response.code) {\n    200, |", true],
  ["kotlin", "when (width) {\n    200, |", false],
  ["haskell", "case statusCode resp of  \n  ⟦404⟧ -> x", true],
  ["haskell", "  case statusCode resp of\n  ⟦404⟧ -> x", true],
  ["elixir", "x = case conn.status do\n  ⟦404⟧ -> x", true],
  ["ruby", "res = case response.code.to_i\nwhen ⟦404⟧ then x", true],
];

describe('case-arm: the arms of a switch over a status, form by form', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'an arm' : 'not an arm'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!caseArm.test(at(lang, snippet)), expected);
    });
  }
});
