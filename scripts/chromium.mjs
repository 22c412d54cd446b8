// Debian's Chromium, driven by playwright-core (never a downloaded browser), started the
// way this machine allows: headless, no sandbox, nothing fetched in the background.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run',
    ],
  });
}
