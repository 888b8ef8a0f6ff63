import * as assert from 'node:assert/strict';
import { compareVersions, parseDependencyFile } from '../../src/core/dependencies';

/** [file name, text, expected package versions (a subset of what is read)]. */
const FILES: Array<[string, string, Record<string, string>]> = [
  ['Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.7)\n    rails (7.2.1)\n      actionpack (= 7.2.1)\n    nokogiri (1.16.7-x86_64-linux)\n', { rack: '3.1.7', rails: '7.2.1', nokogiri: '1.16.7' }],
  ['mix.lock', '%{\n  "plug": {:hex, :plug, "1.16.1", "abc", [:mix], [], "hexpm", "def"},\n  "phoenix": {:hex, :phoenix, "1.7.14", "x", [:mix], [], "hexpm", "y"},\n}\n', { plug: '1.16.1', phoenix: '1.7.14' }],
  ['package-lock.json', JSON.stringify({ packages: { '': { name: 'app' }, 'node_modules/@nestjs/common': { version: '10.3.2' }, 'node_modules/axios': { version: '1.7.7' }, 'node_modules/a/node_modules/axios': { version: '0.21.0' } } }), { '@nestjs/common': '10.3.2', axios: '1.7.7' }],
  ['yarn.lock', '"@angular/common@^17.0.0":\n  version "17.3.1"\n\naxios@^1.6.0:\n  version "1.6.8"\n', { '@angular/common': '17.3.1', axios: '1.6.8' }],
  ['pnpm-lock.yaml', "packages:\n\n  '@nestjs/common@10.4.1':\n    resolution: {integrity: sha512-x}\n\n  /http-status-codes@2.3.0:\n    resolution: {}\n", { '@nestjs/common': '10.4.1', 'http-status-codes': '2.3.0' }],
  ['go.mod', 'module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/gofiber/fiber/v2 v2.52.5\n)\n', { go: '1.22', 'github.com/gin-gonic/gin': '1.10.0', 'github.com/gofiber/fiber/v2': '2.52.5' }],
  ['composer.lock', JSON.stringify({ packages: [{ name: 'symfony/http-foundation', version: 'v7.1.4' }], 'packages-dev': [{ name: 'phpunit/phpunit', version: '11.3.0' }] }), { 'symfony/http-foundation': '7.1.4', 'phpunit/phpunit': '11.3.0' }],
  ['Cargo.lock', '[[package]]\nname = "http"\nversion = "1.1.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n[[package]]\nname = "axum"\nversion = "0.7.5"\n', { http: '1.1.0', axum: '0.7.5' }],
  ['poetry.lock', '[[package]]\nname = "Django_REST_framework"\nversion = "3.15.2"\ndescription = "x"\n', { 'django-rest-framework': '3.15.2' }],
  ['requirements.txt', 'fastapi==0.115.0\nstarlette[full]==0.38.6  # pinned\nrequests>=2\n', { fastapi: '0.115.0', starlette: '0.38.6' }],
  ['pyproject.toml', '[project]\nname = "app"\nrequires-python = ">=3.12"\n', { python: '3.12' }],
  ['.python-version', '3.13.1\n', { python: '3.13.1' }],
  ['pom.xml', '<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.4</version></parent><dependencies><dependency><groupId>org.springframework</groupId><artifactId>spring-web</artifactId><version>6.1.13</version></dependency></dependencies></project>', { 'org.springframework.boot:spring-boot-starter-parent': '3.3.4', 'org.springframework:spring-web': '6.1.13' }],
  ['build.gradle.kts', 'plugins { id("org.springframework.boot") version "3.2.0" }\ndependencies { implementation("io.ktor:ktor-server-core:2.3.12") }\n', { 'org.springframework.boot:spring-boot': '3.2.0', 'io.ktor:ktor-server-core': '2.3.12' }],
  ['Api.csproj', '<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup><ItemGroup><PackageReference Include="Polly" Version="8.4.1" /></ItemGroup></Project>', { dotnet: '8.0', Polly: '8.4.1' }],
  // Paths, other file names of a kind, and the formats' variants.
  ['app/backend/Gemfile.lock', 'GEM\n  specs:\n    rack (3.0.9)\n    rack-test (2.1.0)  \n', { rack: '3.0.9', 'rack-test': '2.1.0' }],
  ['C:\\work\\app\\mix.lock', '%{\n  "plug":  {:hex,   :plug,   "1.15.0", "abc"},\n}\n', { plug: '1.15.0' }],
  ['package-lock.json', JSON.stringify({ dependencies: { axios: { version: '0.27.2' }, express: { version: '4.19.2' } } }), { axios: '0.27.2', express: '4.19.2' }],
  ['package-lock.json', JSON.stringify({ packages: { 'node_modules/axios': { version: '1.7.7' } }, dependencies: { axios: { version: '0.27.2' } } }), { axios: '1.7.7' }],
  ['yarn.lock', 'axios@^1.6.0, axios@^1.6.2:\n  version  "1.6.8"\n\n"@nestjs/core@npm:10.3.0":\n  version: 10.3.0\n', { axios: '1.6.8', '@nestjs/core': '10.3.0' }],
  ['pnpm-lock.yaml', "packages:\n  /axios@1.7.2:\n    resolution: {}\n  'express@4.19.2(supports-color@8.1.1)':\n    resolution: {}\n", { axios: '1.7.2', express: '4.19.2' }],
  ['go.mod', 'module x\n\ngo 1.21.5\n\nrequire github.com/labstack/echo/v4 v4.12.0\n', { go: '1.21.5', 'github.com/labstack/echo/v4': '4.12.0' }],
  ['uv.lock', '[[package]]\nname = "starlette"\nversion = "0.38.6"\n', { starlette: '0.38.6' }],
  ['requirements-dev.txt', 'httpx==0.27.2\n', { httpx: '0.27.2' }],
  ['build.gradle', "dependencies {\n  implementation 'io.ktor:ktor-server-core:2.3.12'\n}\n", { 'io.ktor:ktor-server-core': '2.3.12' }],
  ['Api.fsproj', '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net9.0</TargetFramework></PropertyGroup></Project>', { dotnet: '9.0' }],
  ['pubspec.lock', 'packages:\n  http:\n    dependency: "direct main"\n    description:\n      name: http\n    source: hosted\n    version: "1.2.2"\nsdks:\n  dart: ">=3.4.0 <4.0.0"\n', { http: '1.2.2', dart: '3.4.0' }],
];

describe('dependencies: the versions a workspace runs, from its lock and project files', () => {
  for (const [name, text, expected] of FILES) {
    it(`reads ${name}`, () => {
      const got = parseDependencyFile(name, text);
      for (const [pkg, version] of Object.entries(expected)) assert.equal(got[pkg], version, pkg);
    });
  }
  it('reads nothing, and throws nothing, from broken or unknown files', () => {
    assert.deepEqual(parseDependencyFile('package-lock.json', '{ not json'), {});
    assert.deepEqual(parseDependencyFile('composer.lock', 'null'), {});
    assert.deepEqual(parseDependencyFile('README.md', '# rack (3.1.0)'), {});
    assert.deepEqual(parseDependencyFile('Gemfile.lock', '\u0000\u0001binary'), {});
    assert.deepEqual(parseDependencyFile('requirements.txt.bak', 'fastapi==0.115.0'), {}, 'not a requirements file');
    assert.deepEqual(parseDependencyFile('my-requirements.txt', 'fastapi==0.115.0'), {}, 'requirements files are named requirements*.txt');
    assert.deepEqual(parseDependencyFile('Api.csproj.user', '<TargetFramework>net8.0</TargetFramework>'), {});
  });
  it('compares versions by number, not by text', () => {
    assert.equal(compareVersions('3.1.0', '3.0.9'), 1);
    assert.equal(compareVersions('3.10.0', '3.9.1'), 1);
    assert.equal(compareVersions('2.2.8', '3.1'), -1);
    assert.equal(compareVersions('3.1', '3.1.0'), 0);
    assert.equal(compareVersions('1.15.0-rc.1', '1.15.0'), 0);
  });
});
