/**
 * How the team writes its statuses, read from the linter configuration it already keeps: golangci-lint
 * (usestdlibvars' http-status-code, stylecheck/staticcheck ST1013 and its allow-list), staticcheck.conf,
 * RuboCop's Rails/HttpStatus (EnforcedStyle symbolic or numeric), Rector's ResponseStatusCodeRector, and
 * ESLint's no-magic-numbers (its ignore list). Pure: the editor reads the files through vscode.workspace.fs
 * and hands their text here. No configuration, no style: the fixes keep today's behaviour.
 */
import { load as loadYaml } from 'js-yaml';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';

/** What one language's linter asks of status literals. */
export interface LanguageStyle {
  /** 'constant': numbers become the library's constants; 'numeric': constants and symbols become numbers. */
  prefer: 'constant' | 'numeric';
  /** Codes the linter accepts as numbers (staticcheck's allow-list, no-magic-numbers' ignore list). */
  allow?: number[];
  /** The file and rule it comes from, for the fix's title: ".golangci.yml (usestdlibvars)". */
  source: string;
}

/** By VS Code language id. */
export type StatusStyle = Record<string, LanguageStyle>;

/** The file names this module reads, as glob patterns for a workspace search. */
export const STYLE_FILES = [
  '.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json', 'staticcheck.conf', '.rubocop.yml',
  'rector.php', '.eslintrc', '.eslintrc.json', '.eslintrc.yml', '.eslintrc.yaml', '.eslintrc.js', '.eslintrc.cjs',
  'eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts',
];

const JS_LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'];

/** staticcheck's default check list (ST1013 is in it) and ST1013's default allow-list. */
const STATICCHECK_DEFAULT = ['all', '-ST1000', '-ST1003', '-ST1016', '-ST1020', '-ST1021', '-ST1022', '-ST1023'];
const ST1013_ALLOW = [200, 400, 404, 500];

/** The style one configuration file asks for; {} for a file it cannot read or that says nothing of statuses. Never throws. */
export function parseStyleFile(fileName: string, text: string): StatusStyle {
  try {
    const name = fileName.split(/[\\/]/).pop() ?? fileName;
    if (/^\.golangci\.(?:ya?ml|toml|json)$/.test(name)) return golangci(name, parseConfig(name, text));
    if (name === 'staticcheck.conf') return staticcheckConf(text);
    if (name === '.rubocop.yml') return rubocop(text);
    if (name === 'rector.php') return rector(text);
    if (/^\.eslintrc(?:\.(?:json|ya?ml))?$/.test(name)) return eslintObject(name, parseConfig(name, text));
    if (/^(?:\.eslintrc\.c?js|eslint\.config\.[cm]?[jt]s)$/.test(name)) return eslintScript(name, text);
    return {};
  } catch {
    return {};
  }
}

/** The styles of several files merged: the first file that speaks for a language wins (callers order them nearest the root first). */
export function mergeStyles(styles: StatusStyle[]): StatusStyle {
  const out: StatusStyle = {};
  for (const style of styles) for (const [lang, s] of Object.entries(style)) out[lang] ??= s;
  return out;
}

function parseConfig(name: string, text: string): unknown {
  if (name.endsWith('.toml')) return parseToml(text);
  if (name.endsWith('.json') || name === '.eslintrc') {
    const json = parseJsonc(text, [], { allowTrailingComma: true });
    // An .eslintrc with no extension may be YAML as well.
    if (json !== undefined || name !== '.eslintrc') return json;
  }
  return loadYaml(text);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Status codes in a list of numbers or strings ("200", 404). */
function codes(v: unknown): number[] {
  if (!Array.isArray(v)) return [];
  return v.map((x) => Number(x)).filter((n) => Number.isInteger(n) && n >= 100 && n <= 599);
}

/**
 * Whether a staticcheck check list runs `check`: the last selector that names it wins ("all", "*",
 * "ST*", "ST1013", each negated by a leading "-"); "inherit" stands for the default list.
 */
export function runsCheck(selectors: string[], check: string): boolean {
  let on = false;
  const expanded = selectors.flatMap((s) => (s === 'inherit' ? STATICCHECK_DEFAULT : [s]));
  for (const raw of expanded) {
    const negated = raw.startsWith('-');
    const s = negated ? raw.slice(1) : raw;
    const glob = s === 'all' ? '*' : s;
    const re = new RegExp('^' + glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    if (re.test(check)) on = !negated;
  }
  return on;
}

function goStyle(source: string, allow: number[]): StatusStyle {
  return { go: { prefer: 'constant', allow, source } };
}

/**
 * golangci-lint, version 1 (linters.enable / enable-all / disable-all, linters-settings) and version 2
 * (linters.default: standard | all | none | fast, linters.settings; staticcheck took in stylecheck).
 */
function golangci(name: string, config: unknown): StatusStyle {
  if (!isObject(config)) return {};
  const v2 = String(config.version ?? '') === '2';
  const linters = isObject(config.linters) ? config.linters : {};
  const enable = strings(linters.enable);
  const disable = strings(linters.disable);
  const settings = (v2 ? (isObject(linters.settings) ? linters.settings : {}) : (isObject(config['linters-settings']) ? config['linters-settings'] : {})) as Record<string, unknown>;
  const all = v2 ? linters.default === 'all' : linters['enable-all'] === true;
  const none = v2 ? linters.default === 'none' || linters.default === 'fast' : linters['disable-all'] === true;
  // Linters on by default: golangci-lint 2's "standard" set has staticcheck (with ST1013); version 1's had no stylecheck.
  const standard = v2 ? ['staticcheck'] : [];
  const enabled = (l: string) => !disable.includes(l) && (enable.includes(l) || all || (!none && standard.includes(l)));

  const usestdlibvars = isObject(settings.usestdlibvars) ? settings.usestdlibvars : {};
  if (enabled('usestdlibvars') && usestdlibvars['http-status-code'] !== false) return goStyle(`${name} (usestdlibvars)`, []);

  const checker = v2 ? 'staticcheck' : 'stylecheck';
  if (!enabled(checker)) return {};
  const opts = isObject(settings[checker]) ? settings[checker] : {};
  const checks = opts.checks === undefined ? STATICCHECK_DEFAULT : strings(opts.checks);
  if (!runsCheck(checks, 'ST1013')) return {};
  const allow = opts['http-status-code-whitelist'] === undefined ? ST1013_ALLOW : codes(opts['http-status-code-whitelist']);
  return goStyle(`${name} (${checker} ST1013)`, allow);
}

/** staticcheck.conf: TOML, `checks` and `http_status_code_whitelist`, each defaulting to staticcheck's own. */
function staticcheckConf(text: string): StatusStyle {
  const config = parseToml(text) as Record<string, unknown>;
  const checks = config.checks === undefined ? STATICCHECK_DEFAULT : strings(config.checks);
  if (!runsCheck(checks, 'ST1013')) return {};
  const raw = config.http_status_code_whitelist;
  // "inherit" stands for the default allow-list, as in `checks`.
  const allow = raw === undefined ? ST1013_ALLOW : codes(strings(raw).flatMap((x) => (x === 'inherit' ? ST1013_ALLOW.map(String) : [x])));
  return goStyle('staticcheck.conf (ST1013)', allow);
}

/**
 * RuboCop: Rails/HttpStatus comes with rubocop-rails (under `require:` or `plugins:`) and is on by default,
 * symbolic unless EnforcedStyle says numeric.
 */
function rubocop(text: string): StatusStyle {
  const config = loadYaml(text);
  if (!isObject(config)) return {};
  // `require: rubocop-rails`, a list of names, or plugins with options (`- rubocop-rails: {...}`).
  const loads = [config.require, config.plugins].flat().flatMap((x) => (isObject(x) ? Object.keys(x) : strings(x)));
  if (!loads.includes('rubocop-rails')) return {};
  const cop = isObject(config['Rails/HttpStatus']) ? config['Rails/HttpStatus'] : {};
  if (cop.Enabled === false) return {};
  const numeric = cop.EnforcedStyle === 'numeric';
  return { ruby: { prefer: numeric ? 'numeric' : 'constant', source: `.rubocop.yml (Rails/HttpStatus, ${numeric ? 'numeric' : 'symbolic'})` } };
}

/**
 * rector.php: ResponseStatusCodeRector, alone or through the Symfony code-quality set (SymfonySetList::
 * SYMFONY_CODE_QUALITY, withPreparedSets(symfonyCodeQuality: true)), unless a skip list names it.
 */
function rector(text: string): StatusStyle {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(?:\/\/|#).*$/gm, '');
  const skip = /(?:withSkip|->skip)\s*\(\s*\[[^\]]*\]/g;
  if (/ResponseStatusCodeRector/.test((code.match(skip) ?? []).join('\n'))) return {};
  if (!/ResponseStatusCodeRector|SYMFONY_CODE_QUALITY|symfonyCodeQuality\s*:\s*true/.test(code.replace(skip, ''))) return {};
  return { php: { prefer: 'constant', source: 'rector.php (ResponseStatusCodeRector)' } };
}

const MAGIC_RULES = ['no-magic-numbers', '@typescript-eslint/no-magic-numbers'];

function isOn(severity: unknown): boolean {
  return severity === 'error' || severity === 'warn' || severity === 1 || severity === 2;
}

function jsStyle(source: string, allow: number[]): StatusStyle {
  const out: StatusStyle = {};
  for (const lang of JS_LANGUAGES) out[lang] = { prefer: 'constant', allow, source };
  return out;
}

/** .eslintrc in JSON or YAML: rules.no-magic-numbers: "error" | ["warn", { ignore: [...] }]. */
function eslintObject(name: string, config: unknown): StatusStyle {
  if (!isObject(config) || !isObject(config.rules)) return {};
  for (const rule of MAGIC_RULES) {
    const value = config.rules[rule];
    const [severity, options] = Array.isArray(value) ? value : [value];
    if (!isOn(severity)) continue;
    return jsStyle(`${name} (${rule})`, isObject(options) ? codes(options.ignore) : []);
  }
  return {};
}

/** A script config (.eslintrc.js, eslint.config.*): read, not run; the rule's severity and ignore list as written. */
function eslintScript(name: string, text: string): StatusStyle {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const rule of MAGIC_RULES) {
    const at = new RegExp(`['"]${rule}['"]\\s*:\\s*`).exec(code);
    if (!at) continue;
    const rest = code.slice(at.index + at[0].length);
    const severity = /^\[?\s*(?:['"](error|warn|off)['"]|([012]))/.exec(rest);
    if (!severity || !isOn(severity[1] ?? Number(severity[2]))) continue;
    // The options object of this rule only: the first {...} inside its array.
    const options = /^\[[^\]]*?\{([^}]*)\}/.exec(rest)?.[1] ?? '';
    const ignore = /\bignore\s*:\s*\[([^\]]*)\]/.exec(options);
    return jsStyle(`${name} (${rule})`, ignore ? codes(ignore[1].split(',')) : []);
  }
  return {};
}
