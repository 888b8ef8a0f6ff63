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

export const DEFAULT_LANGUAGES = [
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'go', 'java', 'kotlin', 'scala',
  'csharp', 'php', 'ruby', 'rust', 'dart', 'swift', 'elixir', 'yaml', 'json', 'jsonc', 'http', 'nginx', 'markdown',
];
