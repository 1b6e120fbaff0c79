import path from 'path';

// The repository root is the plugin package. An absolute path, because Strapi first tries a relative
// `resolve` with require.resolve from its own loader file, where '..' happens to exist.
// (This file runs compiled, from playground/dist/config.)
const pluginRoot = path.resolve(__dirname, '..', '..', '..');

export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'newsroom-demo-users-permissions-jwt-secret'),
    },
  },
  newsroom: {
    enabled: true,
    resolve: pluginRoot,
    config: {
      agency: 'China Daily',
      editionTimeZone: 'Asia/Shanghai',
    },
  },
});
