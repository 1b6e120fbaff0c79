/**
 * A playground Strapi in a process of its own, listening on PORT, on the database the DATABASE_*
 * variables name: what a second machine behind a load balancer is. Tells its parent when it is
 * ready (IPC), and stops on SIGTERM.
 */
const { createStrapi } = require('@strapi/strapi');

const { playgroundDir, playgroundDistDir } = require('./paths');

async function main() {
  const strapi = createStrapi({
    appDir: playgroundDir,
    distDir: playgroundDistDir,
    autoReload: false,
    serveAdminPanel: false,
  });
  await strapi.start();
  process.send?.({ ready: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
