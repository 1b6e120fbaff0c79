/** Debian's Chromium (which .ci/run installs) driven by playwright-core, as the e2e suite does. */
const { chromium } = require('playwright-core');

const CHROMIUM = '/usr/bin/chromium';

function openBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

module.exports = { CHROMIUM, openBrowser };
