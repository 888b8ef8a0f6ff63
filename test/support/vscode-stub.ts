import * as fs from 'node:fs';
import * as vm from 'node:vm';

/**
 * The built extension (dist/extension.js) activated against a recording stand-in for the `vscode` module:
 * which commands it registers, which settings it reads, which providers it hands over. For unit tests of
 * the manifest's promises; the real editor is the integration tier's.
 */
export interface Activated {
  commands: Set<string>;
  /** Every `section.key` read through getConfiguration(section).get/inspect(key). */
  settingsRead: Set<string>;
  hover?: { provideHover(doc: unknown, pos: unknown, token: unknown): unknown };
  completion?: { provideCompletionItems(doc: unknown, pos: unknown, token: unknown, context: unknown): unknown };
}

export function activateBuilt(bundlePath: string): Activated {
  const out: Activated = { commands: new Set(), settingsRead: new Set() };
  const disposable = { dispose() {} };
  class Stub {
    constructor(..._args: unknown[]) {}
    dispose() {}
  }
  const configuration = (section = '') => ({
    get: (key: string) => (out.settingsRead.add(section ? `${section}.${key}` : key), undefined),
    inspect: (key: string) => (out.settingsRead.add(section ? `${section}.${key}` : key), undefined),
    update: async () => undefined,
    has: () => false,
  });
  const vscode = {
    Disposable: class extends Stub { static from() { return disposable; } },
    ThemeIcon: Stub, CompletionItem: Stub, CompletionList: Stub, Hover: Stub, MarkdownString: Stub, Range: Stub, Position: Stub,
    InlayHint: Stub, CodeAction: Stub, WorkspaceEdit: Stub, Diagnostic: Stub, SnippetString: Stub, TerminalLink: Stub,
    Uri: { from: () => ({}), parse: () => ({}), joinPath: () => ({}) },
    CompletionItemKind: { Constant: 20, EnumMember: 19, Value: 11 }, CompletionItemTag: { Deprecated: 1 }, QuickPickItemKind: { Separator: -1 },
    ConfigurationTarget: { Global: 1 }, CodeActionKind: { QuickFix: {}, RefactorRewrite: {} }, DiagnosticSeverity: { Information: 2, Hint: 3 },
    InlayHintKind: { Type: 1 }, StatusBarAlignment: { Right: 2 }, CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1, TriggerForIncompleteCompletions: 2 },
    RelativePattern: Stub,
    EventEmitter: class { event = () => disposable; fire() {} dispose() {} },
    workspace: {
      getConfiguration: configuration, onDidChangeConfiguration: () => disposable, registerTextDocumentContentProvider: () => disposable,
      textDocuments: [], onDidOpenTextDocument: () => disposable, onDidChangeTextDocument: () => disposable, onDidCloseTextDocument: () => disposable,
      createFileSystemWatcher: () => ({ onDidChange: () => disposable, onDidCreate: () => disposable, onDidDelete: () => disposable, dispose() {} }),
      onDidChangeWorkspaceFolders: () => disposable, onDidGrantWorkspaceTrust: () => disposable, getWorkspaceFolder: () => undefined,
      findFiles: async () => [], fs: {}, workspaceFolders: undefined, isTrusted: true,
    },
    languages: {
      registerHoverProvider: (_s: unknown, p: Activated['hover']) => ((out.hover = p), disposable),
      registerCompletionItemProvider: (_s: unknown, p: Activated['completion']) => ((out.completion = p), disposable),
      registerInlayHintsProvider: () => disposable, registerCodeActionsProvider: () => disposable,
      createDiagnosticCollection: () => ({ dispose() {}, set() {}, delete() {}, clear() {} }), getLanguages: async () => [],
    },
    commands: { registerCommand: (id: string) => (out.commands.add(id), disposable), executeCommand: async () => undefined },
    window: {
      showWarningMessage: async () => undefined, showInformationMessage: async () => undefined, setStatusBarMessage: () => disposable,
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }), onDidChangeActiveTextEditor: () => disposable, activeTextEditor: undefined,
      registerTerminalLinkProvider: () => disposable,
    },
    l10n: { t: (s: string) => s },
    env: { language: 'en', clipboard: { writeText: async () => undefined } },
    extensions: { getExtension: () => undefined },
  };
  const module = { exports: {} as { activate?: (ctx: unknown) => unknown } };
  const code = fs.readFileSync(bundlePath, 'utf8');
  vm.runInThisContext(`(function (exports, require, module) {${code}\n})`)(module.exports, (id: string) => (id === 'vscode' ? vscode : require(id)), module);
  module.exports.activate!({ subscriptions: [], extensionUri: {}, globalState: { get: () => undefined, update: async () => undefined }, workspaceState: { get: () => undefined, update: async () => undefined } });
  return out;
}
