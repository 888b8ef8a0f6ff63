import * as vscode from 'vscode';
import { DEPENDENCY_FILES, parseDependencyFile, type Dependencies } from '../core/dependencies';

/**
 * The library versions each workspace folder runs, read once from its lock and project files through
 * vscode.workspace.fs (so it works in vscode.dev too) and read again when one of them changes.
 */
const byFolder = new Map<string, Dependencies>();
const loading = new Map<string, Promise<void>>();

/** At most this many dependency files are read per folder (monorepos hold hundreds). */
const MAX_FILES = 40;
/** A lock file larger than this is not read (a generated lock of a huge monorepo). */
const MAX_BYTES = 8 * 1024 * 1024;

async function load(folder: vscode.WorkspaceFolder): Promise<void> {
  const merged: Dependencies = {};
  try {
    const pattern = new vscode.RelativePattern(folder, `**/{${DEPENDENCY_FILES.join(',')},*.csproj}`);
    const files = await vscode.workspace.findFiles(pattern, '**/{node_modules,.git,vendor,deps,target,dist,out}/**', MAX_FILES);
    // Files nearer the root first: they speak for the whole folder.
    files.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
    for (const uri of files) {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) continue;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      for (const [pkg, version] of Object.entries(parseDependencyFile(uri.path, text))) merged[pkg] ??= version;
    }
  } catch {
    // An unreadable workspace (virtual, offline) has no known versions: the current names are used.
  }
  byFolder.set(folder.uri.toString(), merged);
}

/** The versions known for the folder of `uri` ({} until they are read, or when there is no folder). */
export function dependenciesFor(uri: vscode.Uri): Dependencies {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return {};
  const key = folder.uri.toString();
  const known = byFolder.get(key);
  if (known) return known;
  if (!loading.has(key)) loading.set(key, load(folder).finally(() => loading.delete(key)));
  return {};
}

/** Waits until the versions of the folder of `uri` are read (for tests and the first completion). */
export async function dependenciesReady(uri: vscode.Uri): Promise<Dependencies> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return {};
  dependenciesFor(uri);
  await loading.get(folder.uri.toString());
  return byFolder.get(folder.uri.toString()) ?? {};
}

/** Forgets what was read when a dependency file changes, is created or deleted. */
export function registerDependencies(): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${DEPENDENCY_FILES.join(',')},*.csproj}`);
  const forget = (uri: vscode.Uri) => {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) byFolder.delete(folder.uri.toString());
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(forget),
    watcher.onDidCreate(forget),
    watcher.onDidDelete(forget),
    vscode.workspace.onDidChangeWorkspaceFolders(() => byFolder.clear()),
  );
}
