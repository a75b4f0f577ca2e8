// Headless Debian Chromium driven by playwright-core; never a downloaded browser.
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_PATH = process.env.OSS_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** More Chromium switches; a switch given again here wins over the default (e.g. --autoplay-policy). */
  args?: string[];
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      ...(opts.args ?? []),
    ],
  });
}
