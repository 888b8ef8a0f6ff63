import * as vscode from 'vscode';
import { DEPENDENCY_FILES, parseDependencyFile, type Dependencies } from '../core/dependencies';
import { mergeStyles, parseStyleFile, STYLE_FILES, type StatusStyle } from '../core/style';

/**
 * Facts each workspace folder's files give, read once through vscode.workspace.fs (so it works in
 * vscode.dev too) and read again when one of those files changes: the library versions of its lock and
 * project files, and the status style of its linter configuration.
 */
interface FolderFacts<T> {
  /** Fires once a folder's files have been read (first use, or after one of them changed). */
  readonly onDidRead: vscode.Event<void>;
  forUri(uri: vscode.Uri): T;
  register(): vscode.Disposable;
}

/** At most this many files are read per folder (monorepos hold hundreds). */
const MAX_FILES = 40;
/** A file larger than this is not read (a generated lock of a huge monorepo). */
const MAX_BYTES = 8 * 1024 * 1024;
const EXCLUDED = '**/{node_modules,.git,vendor,deps,target,dist,out}/**';

function folderFacts<T>(glob: string, parse: (texts: Array<{ path: string; text: string }>) => T, none: T): FolderFacts<T> {
  const byFolder = new Map<string, T>();
  const loading = new Map<string, Promise<void>>();
  const read = new vscode.EventEmitter<void>();

  async function load(folder: vscode.WorkspaceFolder): Promise<void> {
    const texts: Array<{ path: string; text: string }> = [];
    try {
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDED, MAX_FILES);
      // Files nearer the root first: they speak for the whole folder.
      files.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
      for (const uri of files) {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_BYTES) continue;
        texts.push({ path: uri.path, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) });
      }
    } catch {
      // An unreadable workspace (virtual, offline) says nothing: what was read so far is used.
    }
    byFolder.set(folder.uri.toString(), parse(texts));
    read.fire();
  }

  return {
    onDidRead: read.event,
    forUri(uri) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder) return none;
      const key = folder.uri.toString();
      const known = byFolder.get(key);
      if (known) return known;
      if (!loading.has(key)) loading.set(key, load(folder).finally(() => loading.delete(key)));
      return none;
    },
    register() {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      const forget = (uri: vscode.Uri) => {
        const folder = vscode.workspace.getWorkspaceFolder(uri);
        if (!folder) return;
        byFolder.delete(folder.uri.toString());
        // What was computed from the old files is stale: listeners ask again, which reads the files anew.
        read.fire();
      };
      return vscode.Disposable.from(
        read,
        watcher,
        watcher.onDidChange(forget),
        watcher.onDidCreate(forget),
        watcher.onDidDelete(forget),
        vscode.workspace.onDidChangeWorkspaceFolders(() => byFolder.clear()),
      );
    },
  };
}

const dependencies = folderFacts<Dependencies>(`**/{${DEPENDENCY_FILES.join(',')},*.csproj}`, (texts) => {
  const merged: Dependencies = {};
  for (const { path, text } of texts) for (const [pkg, version] of Object.entries(parseDependencyFile(path, text))) merged[pkg] ??= version;
  return merged;
}, {});

const styles = folderFacts<StatusStyle>(`**/{${STYLE_FILES.join(',')}}`, (texts) => mergeStyles(texts.map(({ path, text }) => parseStyleFile(path, text))), {});

/** The versions known for the folder of `uri` ({} until they are read, or when there is no folder). */
export const dependenciesFor = (uri: vscode.Uri): Dependencies => dependencies.forUri(uri);
/** The status style the linter configuration of the folder of `uri` asks for ({} until read, or when it says nothing). */
export const styleFor = (uri: vscode.Uri): StatusStyle => styles.forUri(uri);

/** Fires when a folder's versions have been read: hints computed without them are stale. */
export const onDidReadDependencies: vscode.Event<void> = dependencies.onDidRead;

/** Forgets what was read when a dependency or linter file changes, is created or deleted. */
export function registerDependencies(): vscode.Disposable {
  return vscode.Disposable.from(dependencies.register(), styles.register());
}
