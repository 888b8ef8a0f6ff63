// Types of code-server.mjs for the compiled TypeScript tests (test/e2e) that load it.
export declare const repoRoot: string;
export declare const CODE_SERVER_VERSION: string;
export declare const cacheDir: string;

export declare class SetupError extends Error {}

export declare function isCodeServerInstalled(): boolean;
export declare function ensureCodeServer(options?: { log?: (message: string) => void }): string;
export declare function freePort(): Promise<number>;

export interface ProfileOptions {
  untrusted?: boolean;
  settings?: Record<string, unknown>;
}
export declare function userSettings(options?: ProfileOptions): Record<string, unknown>;
export declare function writeUserSettings(userDataDir: string, options?: ProfileOptions): void;
export declare function registerDisplayLanguage(userDataDir: string, locale: string): void;

export interface Scratch {
  dir: string;
  env: { HOME: string; XDG_CONFIG_HOME: string; XDG_CACHE_HOME: string; XDG_DATA_HOME: string; TMPDIR: string };
  remove(): void;
}
export declare function makeScratch(prefix?: string): Scratch;
export declare function copyFolder(source: string, parent: string): string;

export interface StartOptions extends ProfileOptions {
  folder: string;
  copy?: boolean;
  locale?: string;
  env?: Record<string, string>;
  log?: (message: string) => void;
}
export interface CodeServer {
  port: number;
  origin: string;
  workspace: string;
  userDataDir: string;
  logFile: string;
  scratchDir: string;
  pid: number;
  workbenchUrl(options?: { extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
  stop(): Promise<void>;
}
export declare function startCodeServer(options: StartOptions): Promise<CodeServer>;
