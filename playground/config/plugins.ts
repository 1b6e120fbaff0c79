import fs from 'fs';
import path from 'path';

/**
 * The repository root is the plugin package. An absolute path, because Strapi first tries a relative
 * `resolve` with require.resolve from its own loader file, where '..' happens to exist. Found by
 * walking up, because this file runs from two places: compiled (playground/dist/config) for the
 * server, and as source (playground/config) when `strapi build` collects the admin plugins.
 */
function findPluginRoot(dir: string): string {
  const manifest = path.join(dir, 'package.json');
  if (
    fs.existsSync(manifest) &&
    JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'strapi-plugin-newsroom'
  )
    return dir;
  const parent = path.dirname(dir);
  if (parent === dir) throw new Error('strapi-plugin-newsroom not found above the playground');
  return findPluginRoot(parent);
}
const pluginRoot = findPluginRoot(__dirname);

// Newsroom is declared before users-permissions, so its bootstrap runs first, as in an app that
// declares only newsroom: on a fresh database the Public role does not exist yet when it does.
export default ({ env }) => ({
  newsroom: {
    enabled: true,
    resolve: pluginRoot,
    config: {
      agency: 'China Daily',
      editionTimeZone: 'Asia/Shanghai',
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'newsroom-demo-users-permissions-jwt-secret'),
    },
  },
});
