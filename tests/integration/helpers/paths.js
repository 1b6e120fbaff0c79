const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');

module.exports = {
  repoRoot,
  playgroundDir: path.join(repoRoot, 'playground'),
  playgroundDistDir: path.join(repoRoot, 'playground', 'dist'),
  pluginServerEntry: path.join(repoRoot, 'dist', 'server', 'index.js'),
};
