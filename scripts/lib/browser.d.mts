// Types of browser.mjs for the compiled TypeScript tests (test/e2e) that load it.
import type { Browser } from 'playwright-core';

export declare function findChromium(): string;
export declare function checkBrowser(): void;
export declare function launchChromium(options?: { env?: Record<string, string> }): Promise<Browser>;
