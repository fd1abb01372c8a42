import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * The machine has no outside network: without these switches Chromium keeps trying to reach
 * Google's services (updates, sync, QUIC probes) and floods the log with refused connections.
 */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium on a fresh profile (no cache, no stored token); `close` removes the profile. */
export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium for a browser test, or fails saying what to install: browser tests
 * never skip.
 */
export async function launchTestBrowser(
  profilePrefix: string,
  options: Omit<Parameters<typeof chromium.launchPersistentContext>[1], "executablePath" | "headless" | "args"> = {},
): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}; install Debian's chromium package: apt-get install -y chromium, ` +
        "which .ci/run does (or point CHROMIUM_PATH at a Chromium or Chrome executable).",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), `${profilePrefix}-`));
  const context = await chromium.launchPersistentContext(profile, { ...options, executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
