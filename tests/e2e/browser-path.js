/** Debian's Chromium, which .ci/run installs (spec §12). */
module.exports = { CHROMIUM: '/usr/bin/chromium' };
