/**
 * problemsIn (CONTRACT.md): spec problems in a range of lines, each with the edits that solve it. Built on
 * the same detection as the hover: a literal the file could write as its constant, a constant under a name
 * the spec replaced, a handler that omits a header its status requires, a status that allows no content
 * sent with some. Precision first: where the idiom of a line is not one we know, no fix is offered.
 */
import type { Bilingual, TextSource } from './types';
import type { DetectedStatus } from './detect';
import { constantFor, headerHints, headMatches, statusesOnLine, type HeaderHint } from './beyond';
import { escapeRe, families, memberFor, type Family } from './constants';
import { compareVersions, type Dependencies } from './dependencies';
import { lineText } from './scan';
import type { LanguageStyle } from './style';

export interface Edit {
  line: number;
  start: number;
  end: number;
  newText: string;
  /**
   * Internal (problemsIn leaves it out, per CONTRACT.md): the part of newText the user is expected to
   * change, a value we could not read from the file (Allow's GET when no route shows the methods,
   * WWW-Authenticate's scheme). The editor makes it a tab stop.
   */
  placeholder?: string;
}

export interface Fix {
  title: Bilingual;
  edits: Edit[];
}

export interface Problem {
  line: number;
  start: number;
  end: number;
  code: number;
  kind: 'literal' | 'former-name' | 'missing-header' | 'body-not-allowed';
  message: Bilingual;
  fixes: Fix[];
}

export interface ProblemContext {
  /** Package or gem name -> the version the workspace's lock files name. */
  dependencies?: Dependencies;
  /**
   * What the team's linter configuration says (style.ts reads it): by language id, `{ prefer: 'constant' |
   * 'numeric', allow?: number[], source }`. 'constant' offers the language's own constants even where the
   * file writes none yet, except for the codes the linter allows as numbers; 'numeric' (RuboCop's
   * Rails/HttpStatus EnforcedStyle: numeric) turns symbols into numbers instead. `statusStyle: 'numeric'`
   * keeps numbers in every language. No style: the file's own idiom decides, as before.
   */
  style?: Record<string, unknown>;
}

/** Lines read for one request, and the longest line read (minified code is skipped). */
const MAX_LINES = 5000;
const MAX_LINE = 2000;

/** Every kind of problem. */
const ALL_KINDS: readonly Problem['kind'][] = ['literal', 'former-name', 'missing-header', 'body-not-allowed'];

/**
 * Problems in lines from..to (inclusive), never throwing. The editor asks for the kinds it shows, so that
 * work no one reads (a constant for every literal of the file) is not done.
 */
export function findProblems(doc: TextSource, from: number, to: number, context: ProblemContext = {}, kinds = ALL_KINDS): Problem[] {
  const first = Math.max(0, Math.floor(from));
  const last = Math.min(doc.lineCount - 1, Math.floor(to), first + MAX_LINES - 1);
  if (!(last >= first)) return [];
  const out: Problem[] = [];
  const style = languageStyle(context.style, doc.languageId);
  const numeric = context.style?.statusStyle === 'numeric' || style?.prefer === 'numeric';
  for (let line = first; line <= last; line++) {
    const text = lineText(doc, line);
    if (text.length > MAX_LINE) continue;
    for (const hit of statusesOnLine(doc, line, text, TOKENS)) {
      if (hit.via === 'number' && !numeric && kinds.includes('literal') && !style?.allow?.includes(hit.code)) {
        const literal = literalProblem(doc, hit, style);
        if (literal) out.push(literal);
      }
      if (hit.via === 'constant' && style?.prefer === 'numeric' && kinds.includes('literal')) {
        const symbol = numericProblem(doc, hit, style);
        if (symbol) out.push(symbol);
      }
      if (hit.via === 'constant' && kinds.includes('former-name')) {
        const former = formerNameProblem(hit, context.dependencies);
        if (former) out.push(former);
      }
      const body = kinds.includes('body-not-allowed') ? bodyProblem(doc, hit, text) : undefined;
      if (body) out.push(body);
    }
  }
  if (kinds.includes('missing-header')) for (const h of headerHints(doc, first, last)) out.push(headerProblem(doc, h));
  return out.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Where a status may be written: a number, a qualified constant, a symbol, a bare constant (after a static import). */
const TOKENS = /(?<![\w.$#])[1-5]\d\d(?![\w.%])|[A-Za-z_][\w.]*(?:\.|::)[A-Za-z_]\w*|:[a-z_]+|\b[A-Z][A-Z0-9_]{3,}\b/g;

/** The style the context gives for a language, when it has the expected shape. */
export function languageStyle(style: Record<string, unknown> | undefined, lang: string): LanguageStyle | undefined {
  const s = style?.[lang] as Partial<LanguageStyle> | undefined;
  if (!s || typeof s !== 'object' || (s.prefer !== 'constant' && s.prefer !== 'numeric')) return undefined;
  const allow = Array.isArray(s.allow) ? s.allow.filter((n): n is number => typeof n === 'number') : undefined;
  return { prefer: s.prefer, allow, source: typeof s.source === 'string' ? s.source : '' };
}

function literalProblem(doc: TextSource, hit: DetectedStatus, style: LanguageStyle | undefined): Problem | undefined {
  const constant = constantFor(doc, hit, style);
  if (!constant) return undefined;
  const by = style?.prefer === 'constant' && style.source ? style.source : undefined;
  return {
    line: hit.line, start: hit.start, end: hit.end, code: hit.code, kind: 'literal',
    message: by ? {
      en: `${hit.code} is written as a number where the team's linter (${by}) asks for the constant: ${constant}.`,
      'zh-cn': `团队的 lint 配置（${by}）要求用常量表示状态码，这里的 ${hit.code} 可写作 ${constant}。`,
    } : {
      en: `${hit.code} is written as a number where this file writes its statuses as constants: ${constant}.`,
      'zh-cn': `本文件用常量表示状态码，这里的 ${hit.code} 仍是数字，可写作 ${constant}。`,
    },
    fixes: [{
      title: { en: `Replace ${hit.code} with ${constant}`, 'zh-cn': `将 ${hit.code} 替换为 ${constant}` },
      edits: [{ line: hit.line, start: hit.start, end: hit.end, newText: constant }],
    }],
  };
}

/**
 * A symbol where the team's RuboCop asks for numbers (Rails/HttpStatus, EnforcedStyle: numeric):
 * `head :not_found` -> `head 404`. Only Ruby's symbols; a qualified constant is left as it is.
 */
function numericProblem(doc: TextSource, hit: DetectedStatus, style: LanguageStyle): Problem | undefined {
  const text = lineText(doc, hit.line).slice(hit.start, hit.end);
  if (!/^:[a-z_]+$/.test(text)) return undefined;
  return {
    line: hit.line, start: hit.start, end: hit.end, code: hit.code, kind: 'literal',
    message: {
      en: `The team's linter (${style.source}) writes statuses as numbers: ${text} is ${hit.code}.`,
      'zh-cn': `团队的 lint 配置（${style.source}）要求用数字表示状态码：${text} 即 ${hit.code}。`,
    },
    fixes: [{
      title: { en: `Replace ${text} with ${hit.code}`, 'zh-cn': `将 ${text} 替换为 ${hit.code}` },
      edits: [{ line: hit.line, start: hit.start, end: hit.end, newText: String(hit.code) }],
    }],
  };
}

/**
 * A deprecated member whose family has a current name for the code in the version the workspace runs: the
 * release that brought the name must be known (constants.json `versions`) and the workspace must run it.
 */
function formerNameProblem(hit: DetectedStatus, dependencies: Dependencies | undefined): Problem | undefined {
  if (!hit.deprecated || !hit.member || !hit.family) return undefined;
  const fam = families.find((f) => f.id === hit.family);
  if (!fam) return undefined;
  // Which release brought the current name is data (constants.json `versions`); without it, or without the
  // version the workspace runs, renaming could break a build that still runs an older release.
  const rename = fam.versions?.find((v) => v.before[String(hit.code)] !== undefined && dependencies?.[v.package] !== undefined);
  if (!rename || compareVersions(dependencies![rename.package], rename.since) < 0) return undefined;
  const current = currentMember(fam, hit.code, dependencies);
  if (!current || current === hit.member) return undefined;
  const start = hit.end - hit.member.length;
  return {
    line: hit.line, start, end: hit.end, code: hit.code, kind: 'former-name',
    message: {
      en: `${hit.member} is a former name for ${hit.code}; ${fam.name} writes it ${current}.`,
      'zh-cn': `${hit.member} 是 ${hit.code} 的旧名称，${fam.name} 现在写作 ${current}。`,
    },
    fixes: [{
      title: { en: `Rename to ${current}`, 'zh-cn': `改为 ${current}` },
      edits: [{ line: hit.line, start, end: hit.end, newText: current }],
    }],
  };
}

function currentMember(fam: Family, code: number, dependencies: Dependencies | undefined): string | undefined {
  const m = memberFor(fam, code, dependencies);
  return m && !fam.deprecated?.includes(m) ? m : undefined;
}

/** Statuses that allow no content (RFC 9110 15.2, 15.3.5, 15.3.6, 15.4.5), and the section each cites. */
const NO_CONTENT: Record<number, string> = { 204: '15.3.5', 205: '15.3.6', 304: '15.4.5' };
const sectionOf = (code: number): string | undefined => NO_CONTENT[code] ?? (code >= 100 && code < 200 ? '15.2' : undefined);

/**
 * A status that allows no content sent with a body on the same line: Express `res.status(204).json(x)`,
 * Flask `return jsonify(x), 204`, Gin `c.JSON(http.StatusNoContent, x)`.
 */
function bodyProblem(doc: TextSource, hit: DetectedStatus, text: string): Problem | undefined {
  const section = sectionOf(hit.code);
  if (!section) return undefined;
  const token = text.slice(hit.start, hit.end);
  const after = text.slice(hit.end);
  const before = text.slice(0, hit.start);
  let fixes: Fix[] | undefined;
  const use200 = (): Fix => ({
    title: { en: 'Send 200 with the content', 'zh-cn': '改用 200 并保留内容' },
    edits: [{ line: hit.line, start: hit.start, end: hit.end, newText: /^\d+$/.test(token) ? '200' : token.replace(/[A-Za-z_]\w*$/, okMember(token)) }],
  });
  const lang = doc.languageId;
  if (/^(?:javascript|typescript|javascriptreact|typescriptreact)$/.test(lang)) {
    // res.status(204).json(body) / .send(body): the call after the status carries content.
    const m = /^(\s*\)\s*\.\s*)(json|send|jsonp)\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)/.exec(after);
    if (m && m[3].trim() && !/^(?:''|""|``|undefined|null)$/.test(m[3].trim()) && /\.\s*(?:status|code)\s*\(\s*$/.test(before)) {
      const callStart = hit.end + m[1].length;
      const callEnd = hit.end + m[0].length;
      fixes = [
        { title: { en: 'Send no content', 'zh-cn': '不发送内容' }, edits: [{ line: hit.line, start: callStart, end: callEnd, newText: 'end()' }] },
        use200(),
      ];
    }
  } else if (lang === 'python') {
    // return jsonify(x), 204 / return {"a": 1}, 204
    const m = /\breturn\s+(.+?)\s*,\s*$/.exec(before);
    if (m && /^\s*(?:$|#|,\s*\{)/.test(after) && !/^(?:""|''|None|b""|b'')$/.test(m[1].trim())) {
      const bodyStart = before.indexOf(m[1], m.index);
      fixes = [
        { title: { en: 'Send no content', 'zh-cn': '不发送内容' }, edits: [{ line: hit.line, start: bodyStart, end: bodyStart + m[1].length, newText: '""' }] },
        use200(),
      ];
    }
  } else if (lang === 'go') {
    // c.JSON(http.StatusNoContent, v): Gin's content writers.
    const m = /\b(\w+)\.(?:JSON|IndentedJSON|PureJSON|XML|YAML|String|Data)\(\s*$/.exec(before);
    if (m && /^\s*,\s*\S/.test(after)) {
      const close = closingParen(text, hit.end);
      if (close !== undefined) {
        fixes = [
          // Gin sends a bare status with Status(code), Echo with NoContent(code).
          { title: { en: 'Send no content', 'zh-cn': '不发送内容' }, edits: [{ line: hit.line, start: m.index, end: close + 1, newText: `${m[1]}.${headMatches(doc, ECHO) ? 'NoContent' : 'Status'}(${token})` }] },
          use200(),
        ];
      }
    }
  } else if (lang === 'java' || lang === 'kotlin') {
    // Spring: ResponseEntity.status(HttpStatus.NO_CONTENT).body(x) -> .build()
    const m = /^(\s*\)\s*\.\s*)body\s*\(([^()]*(?:\([^()]*\))?[^()]*)\)/.exec(after);
    if (m && m[2].trim() && m[2].trim() !== 'null' && /\bResponseEntity\s*\.\s*status\s*\(\s*$/.test(before)) {
      const callStart = hit.end + m[1].length;
      fixes = [
        { title: { en: 'Send no content', 'zh-cn': '不发送内容' }, edits: [{ line: hit.line, start: callStart, end: hit.end + m[0].length, newText: 'build()' }] },
        use200(),
      ];
    }
  } else if (lang === 'csharp') {
    // ASP.NET Core: StatusCode(204, value) -> StatusCode(204)
    const m = /^(\s*),\s*([^()]*(?:\([^()]*\))?[^()]*)\)/.exec(after);
    if (m && m[2].trim() && m[2].trim() !== 'null' && /(?<![.\w])StatusCode\s*\(\s*$/.test(before)) {
      fixes = [
        { title: { en: 'Send no content', 'zh-cn': '不发送内容' }, edits: [{ line: hit.line, start: hit.end, end: hit.end + m[0].length - 1, newText: '' }] },
        use200(),
      ];
    }
  }
  if (!fixes) return undefined;
  return {
    line: hit.line, start: hit.start, end: hit.end, code: hit.code, kind: 'body-not-allowed',
    message: {
      en: `A ${hit.code} response carries no content (RFC 9110 §${section}); this one is sent with a body.`,
      'zh-cn': `${hit.code} 响应不能带内容（RFC 9110 §${section}），这里却发送了响应体。`,
    },
    fixes,
  };
}

/** The member for 200 in the constant's own spelling: NO_CONTENT -> OK, StatusNoContent -> StatusOK. */
function okMember(token: string): string {
  const member = /[A-Za-z_]\w*$/.exec(token)?.[0] ?? '';
  for (const fam of families) {
    if (!Object.hasOwn(fam.members, member)) continue;
    const ok = memberFor(fam, 200);
    if (ok) return ok;
  }
  return member;
}

/** The index of the parenthesis closing the call open before `from` on the line, if it closes there. */
function closingParen(text: string, from: number): number | undefined {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return undefined;
}

/** Echo's import line: its handlers write headers and bare statuses their own way. */
const ECHO = /"github\.com\/labstack\/echo/;

/** The value a fix writes for each header: one the user will usually edit, in the header's own syntax. */
const HEADER_VALUE: Record<string, string> = {
  Allow: 'GET',
  'WWW-Authenticate': 'Bearer',
  'Proxy-Authenticate': 'Basic',
  Upgrade: 'websocket',
  Location: '/',
};

function headerProblem(doc: TextSource, h: HeaderHint): Problem {
  const known = h.header === 'Allow' ? allowedMethods(doc, h.line) : undefined;
  const value = known ?? HEADER_VALUE[h.header];
  const fix = headerFix(doc, h, value);
  if (fix && !known) fix.placeholder = value;
  return {
    line: h.line, start: h.start, end: h.end, code: h.code, kind: 'missing-header',
    message: {
      en: `${h.code}: the response ${h.level} carry the ${h.header} header field (${h.document} §${h.section}); this handler sets none.`,
      'zh-cn': `${h.code}：响应${h.level === 'MUST' ? '必须' : '应当'}带 ${h.header} 头（${h.document} §${h.section}），这个处理函数没有设置。`,
    },
    fixes: fix ? [{ title: { en: `Set the ${h.header} header`, 'zh-cn': `设置 ${h.header} 头` }, edits: [fix] }] : [],
  };
}

/**
 * The methods the file's routes answer for the path of the handler around `line`, Express and Flask
 * style (`app.get('/items/:id', ...)`, `@app.route('/items', methods=['GET', 'POST'])`), when it can be seen.
 */
function allowedMethods(doc: TextSource, line: number): string | undefined {
  // A method check right above the status names the one allowed: if r.Method != http.MethodPost, if
  // (req.method !== 'POST'), if request.method != "POST".
  for (let l = line; l >= Math.max(0, line - 5); l--) {
    const check = /\bmethod\s*!==?\s*(?:http\.Method(\w+)|["'](\w+)["'])/i.exec(lineText(doc, l));
    if (check) return (check[1] ?? check[2]).toUpperCase();
  }
  let route: RegExpExecArray | null = null;
  for (let l = line; l >= Math.max(0, line - 40) && !route; l--) {
    route = /\.(get|post|put|patch|delete|all|route)\s*\(\s*['"`]([^'"`]+)['"`]/i.exec(lineText(doc, l));
  }
  if (!route) return undefined;
  const [, own, path] = route;
  const methods = new Set<string>();
  const escaped = escapeRe(path);
  const express = new RegExp(String.raw`\.(get|post|put|patch|delete|head)\s*\(\s*['"\`]${escaped}['"\`]`, 'i');
  const flask = new RegExp(String.raw`\.route\s*\(\s*['"]${escaped}['"][^)]*methods\s*=\s*\[([^\]]*)\]`);
  for (let l = 0; l < Math.min(doc.lineCount, MAX_LINES); l++) {
    const text = lineText(doc, l);
    const m = express.exec(text);
    if (m) methods.add(m[1].toUpperCase());
    const f = flask.exec(text);
    if (f) for (const x of f[1].match(/[A-Za-z]+/g) ?? []) methods.add(x.toUpperCase());
  }
  // The method of the handler that answers 405 is the one not allowed (Flask names it in methods=[...]).
  const ownMethods = own.toLowerCase() === 'route' ? /methods\s*=\s*\[([^\]]*)\]/.exec(route.input)?.[1].match(/[A-Za-z]+/g) ?? [] : [own];
  for (const m of ownMethods) methods.delete(m.toUpperCase());
  return methods.size ? [...methods].join(', ') : undefined;
}

/** The edit that sets the header in the idiom of the status line, or undefined where the idiom is unknown. */
function headerFix(doc: TextSource, h: HeaderHint, value: string): Edit | undefined {
  const text = lineText(doc, h.line);
  const indent = /^\s*/.exec(text)![0];
  const before = text.slice(0, h.start);
  const insertAbove = (stmt: string): Edit => ({ line: h.line, start: indent.length, end: indent.length, newText: `${stmt}\n${indent}` });
  const lang = doc.languageId;
  const name = h.header;
  if (/^(?:javascript|typescript|javascriptreact|typescriptreact)$/.test(lang)) {
    const call = /\b(\w+)\s*\.\s*(status|sendStatus|code|writeHead)\s*\(\s*$/.exec(before);
    if (call && call[2] === 'code') return insertAbove(`${call[1]}.header('${name}', '${value}');`);
    if (call && call[2] !== 'writeHead') return insertAbove(`${call[1]}.set('${name}', '${value}');`);
    const koa = /\b(ctx|context)\s*\.\s*status\s*=\s*$/.exec(before);
    if (koa) return insertAbove(`${koa[1]}.set('${name}', '${value}');`);
    return undefined;
  }
  if (lang === 'go') {
    const w = /\b(\w+)\.WriteHeader\(\s*$/.exec(before);
    if (w) return insertAbove(`${w[1]}.Header().Set("${name}", "${value}")`);
    // Echo's context writes its headers on the response; Gin's has Header(key, value).
    if (headMatches(doc, ECHO)) {
      const echo = /\b(\w+)\.(?:NoContent|JSON|JSONPretty|String|HTML|XML|Blob)\(\s*$/.exec(before);
      return echo ? insertAbove(`${echo[1]}.Response().Header().Set("${name}", "${value}")`) : undefined;
    }
    const gin = /\b(\w+)\.(?:Status|AbortWithStatus|JSON|String|AbortWithStatusJSON)\(\s*$/.exec(before);
    if (gin) return insertAbove(`${gin[1]}.Header("${name}", "${value}")`);
    return undefined;
  }
  if (lang === 'python') {
    // return "", 405 -> return "", 405, {"Allow": "GET"}
    if (/\breturn\s+.+,\s*$/.test(before) && /^\s*(?:#.*)?$/.test(text.slice(h.end))) {
      return { line: h.line, start: h.end, end: h.end, newText: `, {"${name}": "${value}"}` };
    }
    // Django's HttpResponse(status=405), Starlette's and FastAPI's Response(status_code=405), DRF's and
    // Flask's Response(status=405): each takes headers={...}, added before the call closes.
    if (/\b[A-Z]\w*\s*\([^()]*\bstatus(?:_code)?\s*=\s*$/.test(before)) {
      const close = closingParen(text, h.end);
      const call = text.slice(before.lastIndexOf('('), close);
      if (close !== undefined && !/\bheaders\s*=/.test(call)) return { line: h.line, start: close, end: close, newText: `, headers={"${name}": "${value}"}` };
    }
    return undefined;
  }
  if (lang === 'ruby') {
    // `head :method_not_allowed`; a `render` is never hinted (a template may set the header).
    if (/^\s*head\s+$/.test(before)) return insertAbove(`response.headers["${name}"] = "${value}"`);
    return undefined;
  }
  if (lang === 'csharp') {
    if (/\b(?:return\s+)?(?:StatusCode|new\s+StatusCodeResult)\s*\(\s*$/.test(before) || /\bResults\.StatusCode\s*\(\s*$/.test(before)) {
      return insertAbove(`Response.Headers["${name}"] = "${value}";`);
    }
    return undefined;
  }
  if (lang === 'java' || lang === 'kotlin') {
    // ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED) -> ... .header("Allow", "GET")
    if (/\bResponseEntity\s*\.\s*status\s*\(\s*$/.test(before)) {
      const close = closingParen(text, h.end);
      if (close !== undefined) return { line: h.line, start: close + 1, end: close + 1, newText: `.header("${name}", "${value}")` };
    }
    return undefined;
  }
  if (lang === 'php') {
    // Symfony's new Response($body, 405) and new JsonResponse($data, 405), Laravel's response()->json($data, 405):
    // the headers are the argument after the status -> new Response($body, 405, ['Allow' => 'GET']).
    if (/(?:\bnew\s+\w*Response|->json)\s*\([^()]*,\s*$/.test(before) && /^\s*\)/.test(text.slice(h.end))) {
      const close = closingParen(text, h.end)!;
      return { line: h.line, start: close, end: close, newText: `, ['${name}' => '${value}']` };
    }
    // response($body, 405) -> response($body, 405)->header('Allow', 'GET')
    if (/\bresponse\s*\([^()]*,\s*$/.test(before)) {
      const close = closingParen(text, h.end);
      if (close !== undefined) return { line: h.line, start: close + 1, end: close + 1, newText: `->header('${name}', '${value}')` };
    }
    return undefined;
  }
  if (lang === 'rust') {
    // axum: a response tuple (StatusCode::METHOD_NOT_ALLOWED, body) takes its headers as an array after the
    // status -> (StatusCode::METHOD_NOT_ALLOWED, [("allow", "GET")], body).
    // A tuple's parenthesis follows no name (a call's does): Ok((...)), return (...), Err((...)).
    if (/(?<![\w>!])\(\s*$/.test(before) && /^\s*,/.test(text.slice(h.end))) {
      const comma = text.indexOf(',', h.end);
      return { line: h.line, start: comma + 1, end: comma + 1, newText: ` [("${name.toLowerCase()}", "${value}")],` };
    }
    return undefined;
  }
  return undefined;
}
