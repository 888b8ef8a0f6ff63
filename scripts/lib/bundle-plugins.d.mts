// Types of bundle-plugins.mjs for the compiled TypeScript tests (test/unit) that load it.
import type { Plugin } from 'esbuild';

export declare const memoryBeside: Plugin;
