import * as vscode from 'vscode';
import { headerHints, numericStatuses } from '../core/beyond';
import { activeCatalogue } from '../core/catalogue';
import { findProblems, type Edit, type Problem } from '../core/problems';
import { dependenciesFor, onDidReadDependencies, styleFor } from './dependencies';
import { SECTION, settingsFor } from './settings';
import { registerForLanguages } from './languages';

/** Inline names after status literals: `res.status(404 Not Found)`, dimmed. Off by default. */
export class StatusInlayHints implements vscode.InlayHintsProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;

  refresh(): void {
    this.changed.fire();
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): vscode.InlayHint[] {
    const settings = settingsFor(doc);
    if (!settings.inlayHints || !settings.enabled || token.isCancellationRequested) return [];
    const locale = settings.locale;
    const hints: vscode.InlayHint[] = [];
    for (const hit of numericStatuses(doc, range.start.line, range.end.line + 1)) {
      if (token.isCancellationRequested) return [];
      const entry = activeCatalogue().lookup(hit.code)[0];
      if (!entry || (entry.kind === 'unofficial' && !entry.custom && settings.unofficialCodes === 'hide')) continue;
      const name = (locale === 'zh-cn' && entry.localPhrase?.['zh-cn']) || entry.phrase;
      const hint = new vscode.InlayHint(new vscode.Position(hit.line, hit.end), name);
      hint.paddingLeft = true;
      hint.tooltip = entry.summary[locale];
      hints.push(hint);
    }
    return hints;
  }
}

/**
 * "Replace 404 with HttpStatus.NOT_FOUND" where the file already writes a constant family or the team's
 * linter configuration asks for constants (ST1013's and no-magic-numbers' allowed numbers stay), and
 * "Replace :not_found with 404" where RuboCop's Rails/HttpStatus asks for numbers.
 */
export class ConstantQuickFix implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite];

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, _ctx: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const settings = settingsFor(doc);
    if (!settings.enabled || token.isCancellationRequested) return [];
    const context = { dependencies: dependenciesFor(doc.uri), style: styleFor(doc.uri) };
    const at = range.start;
    const here = findProblems(doc, at.line, at.line, context, ['literal']).find((p) => p.start <= at.character && at.character <= p.end);
    if (!here) return [];
    const one = new vscode.CodeAction(vscode.l10n.t('Replace {0} with {1}', doc.lineAt(here.line).text.slice(here.start, here.end), here.fixes[0].edits[0].newText), vscode.CodeActionKind.QuickFix);
    one.edit = editOf(doc, here.fixes[0].edits);
    one.isPreferred = true;
    if (token.isCancellationRequested) return [];
    const toNumbers = /^\d+$/.test(here.fixes[0].edits[0].newText);
    const all = new vscode.CodeAction(toNumbers
      ? vscode.l10n.t('Replace all status symbols in this file with their numbers')
      : vscode.l10n.t('Replace all status numbers in this file with their constants'), vscode.CodeActionKind.QuickFix);
    const every = findProblems(doc, 0, doc.lineCount - 1, context, ['literal']);
    all.edit = editOf(doc, every.flatMap((p) => p.fixes[0].edits));
    return every.length > 1 ? [one, all] : [one];
  }
}

/** The titles of "Fix all in file", per kind of problem. */
const FIX_ALL: Record<string, Record<'en' | 'zh-cn', string>> = {
  'missing-header': { en: 'Set the missing headers in this file', 'zh-cn': '为本文件中所有缺少的头补上设置' },
  'body-not-allowed': { en: 'Send no content wherever this file sends it with a status that allows none', 'zh-cn': '本文件中凡是不允许带内容的状态都不再发送内容' },
  'former-name': { en: 'Rename every former name in this file', 'zh-cn': '将本文件中所有旧名称改为新名称' },
};

/** The kinds fixed here; the literal-to-constant rewrite is ConstantQuickFix's. */
const FIXED_HERE: Problem['kind'][] = ['missing-header', 'body-not-allowed', 'former-name'];

/**
 * Fixes for the spec problems of the lines under the cursor (problemsIn): set the header a status requires,
 * send no content with a 204, rename a former constant where the locked library has the current name.
 * The literal-to-constant rewrite is ConstantQuickFix's.
 */
export class ProblemQuickFix implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, ctx: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    const settings = settingsFor(doc);
    if (!settings.enabled || token.isCancellationRequested) return [];
    const actions: vscode.CodeAction[] = [];
    const context = { dependencies: dependenciesFor(doc.uri), style: styleFor(doc.uri) };
    const problems = findProblems(doc, range.start.line, range.end.line, context, FIXED_HERE);
    for (const p of problems) {
      if (token.isCancellationRequested) return [];
      const where = new vscode.Range(p.line, p.start, p.line, p.end);
      if (!where.intersection(range) && !(range.isEmpty && where.contains(range.start))) continue;
      p.fixes.forEach((fix, i) => {
        const action = new vscode.CodeAction(fix.title[settings.locale], vscode.CodeActionKind.QuickFix);
        if (fix.edits.some((e) => e.placeholder)) {
          action.edit = new vscode.WorkspaceEdit();
          action.edit.set(doc.uri, fix.edits.map((e) => snippetEdit(doc, e)));
        } else action.edit = editOf(doc, fix.edits);
        action.diagnostics = ctx.diagnostics.filter((d) => d.source === 'HTTP Status Lens' && d.range.isEqual(where));
        action.isPreferred = i === 0;
        actions.push(action);
      });
    }
    // "Fix all in file", once per kind the cursor's problems have, where the file has more than one of that kind.
    const kinds = [...new Set(actions.length ? problems.filter((p) => p.fixes.length).map((p) => p.kind) : [])];
    const inFile = kinds.length ? findProblems(doc, 0, doc.lineCount - 1, context, kinds) : [];
    for (const kind of kinds) {
      if (token.isCancellationRequested) return actions;
      const all = inFile.filter((p) => p.kind === kind && p.fixes.length);
      if (all.length < 2) continue;
      const action = new vscode.CodeAction(FIX_ALL[kind]?.[settings.locale] ?? kind, vscode.CodeActionKind.QuickFix);
      action.edit = editOf(doc, all.flatMap((p) => p.fixes[0].edits));
      actions.push(action);
    }
    return actions;
  }
}

/** The plain-text edits of core's fixes as one workspace edit of the document. */
function editOf(doc: vscode.TextDocument, edits: readonly Edit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(e.line, e.start, e.line, e.end), e.newText);
  return edit;
}

/**
 * An edit whose value we could not read from the file (Allow's GET where no route shows the methods, the
 * scheme of WWW-Authenticate) as a snippet: the value is selected, for the user to type over. A statement
 * inserted above a line ends with the newline only: the editor indents what follows a snippet's newline
 * like the line it is inserted on.
 */
function snippetEdit(doc: vscode.TextDocument, e: Edit): vscode.SnippetTextEdit {
  const escape = (t: string) => t.replace(/[\\$}]/g, '\\$&');
  const indent = /^[ \t]*/.exec(doc.lineAt(e.line).text)![0];
  let text = e.newText;
  if (e.start === indent.length && text.endsWith('\n' + indent)) text = text.slice(0, text.length - indent.length);
  const at = e.placeholder ? text.indexOf(e.placeholder) : -1;
  const snippet = at < 0 ? escape(text) : escape(text.slice(0, at)) + '${1:' + escape(e.placeholder!) + '}' + escape(text.slice(at + e.placeholder!.length));
  return new vscode.SnippetTextEdit(new vscode.Range(e.line, e.start, e.line, e.end), new vscode.SnippetString(snippet));
}

/** Information diagnostics where a handler sends 401/405/407/426 or 201/3xx and visibly sets no such header. */
function registerHeaderHints(): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('statusLens');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const check = (doc: vscode.TextDocument) => {
    const settings = settingsFor(doc);
    if (!settings.headerHints || !settings.enabled) {
      collection.delete(doc.uri);
      return;
    }
    const diagnostics = headerHints(doc).filter((h) => h.level === 'MUST' || settings.headerHintsShould).map((h) => {
      const d = new vscode.Diagnostic(
        new vscode.Range(h.line, h.start, h.line, h.end),
        vscode.l10n.t('{0}: the response {1} carry the {2} header field ({3} §{4}); this handler sets none.', String(h.code), h.level, h.header, h.document, h.section),
        vscode.DiagnosticSeverity.Information,
      );
      d.source = 'HTTP Status Lens';
      d.code = h.header;
      return d;
    });
    // Content sent with a status that allows none, and former names where the locked library has the new one.
    for (const p of findProblems(doc, 0, doc.lineCount - 1, { dependencies: dependenciesFor(doc.uri) }, ['body-not-allowed', 'former-name'])) {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, p.start, p.line, p.end), p.message[settings.locale], vscode.DiagnosticSeverity.Information);
      d.source = 'HTTP Status Lens';
      d.code = p.kind;
      diagnostics.push(d);
    }
    collection.set(doc.uri, diagnostics);
  };
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      check(doc);
    }, 300));
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
    // A lock file read after a document was checked may name the version that makes a former name renamable.
    onDidReadDependencies(() => vscode.workspace.textDocuments.forEach(schedule)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) vscode.workspace.textDocuments.forEach(check);
    }),
    new vscode.Disposable(() => timers.forEach((t) => clearTimeout(t))),
  );
}

export function registerBeyond(): vscode.Disposable {
  const inlay = new StatusInlayHints();
  const fix = new ConstantQuickFix();
  const problems = new ProblemQuickFix();
  return vscode.Disposable.from(
    registerForLanguages((selector) => vscode.languages.registerInlayHintsProvider(selector, inlay)),
    registerForLanguages((selector) => vscode.languages.registerCodeActionsProvider(selector, fix, { providedCodeActionKinds: ConstantQuickFix.kinds })),
    registerForLanguages((selector) => vscode.languages.registerCodeActionsProvider(selector, problems, { providedCodeActionKinds: ProblemQuickFix.kinds })),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) inlay.refresh();
    }),
    registerHeaderHints(),
  );
}
