/** Removes the work folder (apps, tarball, logs, screenshots) unless KEEP_INSTALL_APPS=1. */
const fs = require('node:fs');

const { progress } = require('./helpers/process');

module.exports = async () => {
  const work = process.env.NEWSROOM_INSTALL_WORK;
  if (!work) return;
  if (process.env.KEEP_INSTALL_APPS === '1') {
    progress('teardown', `kept ${work} (KEEP_INSTALL_APPS=1): apps, logs, screenshots`);
    return;
  }
  fs.rmSync(work, { recursive: true, force: true });
};
