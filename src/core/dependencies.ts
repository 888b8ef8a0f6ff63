/**
 * Which versions of which libraries a workspace runs, read from its lock and project files. Pure: the
 * editor reads the files (vscode.workspace.fs, so it works on the web too) and hands their text here.
 * Used where a library's status names changed between versions (Rack 3.1's :unprocessable_content).
 */

/** The file names this module reads, as glob patterns for a workspace search. */
export const DEPENDENCY_FILES = [
  'Gemfile.lock', 'mix.lock', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'go.mod', 'composer.lock', 'Cargo.lock',
  'poetry.lock', 'uv.lock', 'requirements.txt', 'pyproject.toml', '.python-version', 'pom.xml', 'build.gradle',
  'build.gradle.kts', 'global.json', 'pubspec.lock', 'Package.resolved',
];

export type Dependencies = Record<string, string>;

/** The packages and versions a lock or project file names; {} for a file it cannot read. Never throws. */
export function parseDependencyFile(fileName: string, text: string): Dependencies {
  try {
    const name = fileName.split(/[\\/]/).pop() ?? fileName;
    if (name === 'Gemfile.lock') return gemfileLock(text);
    if (name === 'mix.lock') return mixLock(text);
    if (name === 'package-lock.json') return packageLock(text);
    if (name === 'yarn.lock') return yarnLock(text);
    if (name === 'pnpm-lock.yaml') return pnpmLock(text);
    if (name === 'go.mod') return goMod(text);
    if (name === 'composer.lock') return composerLock(text);
    if (name === 'Cargo.lock' || name === 'poetry.lock' || name === 'uv.lock') return tomlPackages(text);
    if (/^requirements.*\.txt$/.test(name)) return requirements(text);
    if (name === 'pyproject.toml') return pyproject(text);
    if (name === '.python-version') return pythonVersion(text);
    if (name === 'pom.xml') return pom(text);
    if (name === 'build.gradle' || name === 'build.gradle.kts') return gradle(text);
    if (name.endsWith('.csproj') || name.endsWith('.fsproj')) return csproj(text);
    if (name === 'pubspec.lock') return pubspecLock(text);
    return {};
  } catch {
    return {};
  }
}

function gemfileLock(text: string): Dependencies {
  const out: Dependencies = {};
  // "    rack (3.1.7)" under GEM specs: four spaces, a name, a version in parentheses.
  for (const m of text.matchAll(/^ {4}([A-Za-z0-9_.-]+) \(([0-9][^)\s-]*)[^)]*\)\s*$/gm)) out[m[1]] ??= m[2];
  return out;
}

function mixLock(text: string): Dependencies {
  const out: Dependencies = {};
  // "plug": {:hex, :plug, "1.16.1", ...
  for (const m of text.matchAll(/"([a-z0-9_]+)":\s*\{:hex,\s*:[a-z0-9_]+,\s*"([^"]+)"/g)) out[m[1]] = m[2];
  return out;
}

function packageLock(text: string): Dependencies {
  const json = JSON.parse(text) as { packages?: Record<string, { version?: string }>; dependencies?: Record<string, { version?: string }> };
  const out: Dependencies = {};
  for (const [key, value] of Object.entries(json.packages ?? {})) {
    const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(key)?.[1];
    if (name && value.version && !(name in out)) out[name] = value.version;
  }
  for (const [name, value] of Object.entries(json.dependencies ?? {})) if (value.version && !(name in out)) out[name] = value.version;
  return out;
}

function yarnLock(text: string): Dependencies {
  const out: Dependencies = {};
  // "@nestjs/common@^10.0.0":\n  version "10.3.2"   (v1)   or   "@nestjs/common@npm:^10": \n  version: 10.3.2   (berry)
  for (const m of text.matchAll(/^"?((?:@[^@\s/"]+\/)?[^@\s"]+)@[^\n]*:\s*\n\s+version:?\s+"?([^"\s]+)"?/gm)) out[m[1]] ??= m[2];
  return out;
}

function pnpmLock(text: string): Dependencies {
  const out: Dependencies = {};
  // "  /@nestjs/common@10.3.2:" (v6) or "  '@nestjs/common@10.3.2':" (v9)
  for (const m of text.matchAll(/^ {2}['"]?\/?((?:@[^@\s/'"]+\/)?[^@\s'"/]+)@(\d[^:('"\s]*)/gm)) out[m[1]] ??= m[2];
  return out;
}

function goMod(text: string): Dependencies {
  const out: Dependencies = {};
  const go = /^go\s+(\d+\.\d+(?:\.\d+)?)/m.exec(text);
  if (go) out.go = go[1];
  for (const m of text.matchAll(/^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]+\/[^\s]+)\s+v([0-9][^\s]*)/gm)) out[m[1]] = m[2];
  return out;
}

function composerLock(text: string): Dependencies {
  const json = JSON.parse(text) as { packages?: Array<{ name: string; version: string }>; 'packages-dev'?: Array<{ name: string; version: string }> };
  const out: Dependencies = {};
  for (const p of [...(json.packages ?? []), ...(json['packages-dev'] ?? [])]) out[p.name] = p.version.replace(/^v/, '');
  return out;
}

function tomlPackages(text: string): Dependencies {
  const out: Dependencies = {};
  // [[package]]\nname = "http"\nversion = "1.1.0"
  for (const m of text.matchAll(/\[\[package\]\]\s*\nname\s*=\s*"([^"]+)"\s*\nversion\s*=\s*"([^"]+)"/g)) out[normalizePy(m[1])] ??= m[2];
  return out;
}

function requirements(text: string): Dependencies {
  const out: Dependencies = {};
  for (const m of text.matchAll(/^\s*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(?:==|===)\s*([0-9][^\s;#]*)/gm)) out[normalizePy(m[1])] = m[2];
  return out;
}

function pyproject(text: string): Dependencies {
  const out: Dependencies = {};
  const py = /requires-python\s*=\s*["'][^"'\d]*(\d+\.\d+)/.exec(text);
  if (py) out.python = py[1];
  return out;
}

function pythonVersion(text: string): Dependencies {
  const v = /^\s*(\d+\.\d+(?:\.\d+)?)/.exec(text);
  return v ? { python: v[1] } : {};
}

function pom(text: string): Dependencies {
  const out: Dependencies = {};
  for (const m of text.matchAll(/<dependency>\s*<groupId>([^<]+)<\/groupId>\s*<artifactId>([^<]+)<\/artifactId>\s*<version>([0-9][^<]*)<\/version>/g)) {
    out[`${m[1]}:${m[2]}`] = m[3];
  }
  const parent = /<parent>\s*<groupId>([^<]+)<\/groupId>\s*<artifactId>([^<]+)<\/artifactId>\s*<version>([0-9][^<]*)<\/version>/.exec(text);
  if (parent) out[`${parent[1]}:${parent[2]}`] = parent[3];
  return out;
}

function gradle(text: string): Dependencies {
  const out: Dependencies = {};
  for (const m of text.matchAll(/["']([a-zA-Z0-9_.-]+):([a-zA-Z0-9_.-]+):([0-9][^"'@]*)["']/g)) out[`${m[1]}:${m[2]}`] = m[3];
  const boot = /id\s*\(?\s*["']org\.springframework\.boot["']\s*\)?\s*version\s*\(?\s*["']([0-9][^"']*)["']/.exec(text);
  if (boot) out['org.springframework.boot:spring-boot'] = boot[1];
  return out;
}

function csproj(text: string): Dependencies {
  const out: Dependencies = {};
  const tfm = /<TargetFrameworks?>\s*net(\d+\.\d+)/.exec(text);
  if (tfm) out.dotnet = tfm[1];
  for (const m of text.matchAll(/<PackageReference\s+Include="([^"]+)"\s+Version="([0-9][^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function pubspecLock(text: string): Dependencies {
  const out: Dependencies = {};
  const sdk = /sdks:\s*\n\s+dart:\s*["']?[^"'\d]*(\d+\.\d+\.\d+)/.exec(text);
  if (sdk) out.dart = sdk[1];
  for (const m of text.matchAll(/^ {2}([a-z0-9_]+):\n(?: {4}.*\n)*? {4}version:\s*"([^"]+)"/gm)) out[m[1]] = m[2];
  return out;
}

function normalizePy(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Compares dotted versions numerically: -1, 0 or 1 ("3.1.0" > "3.0.9"; a pre-release counts as its release). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/[-+].*$/, '').split('.').map((x) => parseInt(x, 10));
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = Number.isNaN(pa[i]) || pa[i] === undefined ? 0 : pa[i];
    const y = Number.isNaN(pb[i]) || pb[i] === undefined ? 0 : pb[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
