/**
 * The ids written once (commands, settings section, default languages). Pure, so the manifest test can
 * read them without an editor; package.json must agree with them (test/unit/manifest.test.ts).
 */
export const SECTION = 'statusLens';

export const COMMANDS = {
  lookUp: 'statusLens.lookUp',
  showDetails: 'statusLens.showDetails',
  openReference: 'statusLens.openReference',
  toggleHover: 'statusLens.toggleHover',
} as const;

/**
 * Every language in which web developers meet statuses, on by default: the web's languages and their
 * single-file components, the server languages, scripting and shell (curl checks), and the configuration
 * formats of servers, proxies, gateways and infrastructure.
 */
export const DEFAULT_LANGUAGES = [
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'astro', 'html', 'python', 'go',
  'java', 'kotlin', 'scala', 'groovy', 'csharp', 'php', 'ruby', 'rust', 'dart', 'swift', 'elixir', 'erlang',
  'clojure', 'haskell', 'ocaml', 'c', 'cpp', 'perl', 'lua', 'r', 'julia', 'powershell', 'shellscript', 'dockerfile',
  'yaml', 'json', 'jsonc', 'toml', 'terraform', 'http', 'nginx', 'apacheconf', 'markdown',
];
