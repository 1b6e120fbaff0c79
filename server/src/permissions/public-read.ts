import type { Core } from '@strapi/strapi';

/** The content-API actions the Public role gets when `publicRead` is on (docs/api.md). */
export const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.article-by-slug.findOne',
  'plugin::newsroom.article-json-ld.findOne',
  'plugin::newsroom.article-ninjs.findOne',
  'plugin::newsroom.top-news.find',
  'plugin::newsroom.news-sitemap.find',
  'plugin::newsroom.sitemap.find',
  'plugin::newsroom.sitemap.findOne',
  'plugin::newsroom.rss.find',
  'plugin::newsroom.atom.find',
  'plugin::newsroom.related-news.find',
  'plugin::newsroom.related-news.findOne',
  'plugin::newsroom.quote.find',
  'plugin::newsroom.quote.findOne',
  'plugin::newsroom.correction.find',
  'plugin::newsroom.correction.findOne',
] as const;

const GRANTED_KEY = 'public-read-granted';

/**
 * Grants the Public role the read actions once, on first install. A flag in the plugin store records
 * that we did, so a permission an administrator later turns off stays off across restarts.
 * Actions added by a later plugin version are granted once too.
 */
async function grantToPublicRole(strapi: Core.Strapi): Promise<'done' | 'no public role'> {
  const store = strapi.store({ type: 'plugin', name: 'newsroom' });
  const granted = ((await store.get({ key: GRANTED_KEY })) as string[] | null) ?? [];
  const missing = PUBLIC_READ_ACTIONS.filter((action) => !granted.includes(action));
  if (missing.length === 0) return 'done';

  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!publicRole) return 'no public role';

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = await permissions.findMany({
    where: { role: publicRole.id, action: { $in: missing } },
  });
  const existingActions = new Set(
    existing.map((permission: { action: string }) => permission.action)
  );
  for (const action of missing) {
    if (!existingActions.has(action))
      await permissions.create({ data: { action, role: publicRole.id } });
  }
  await store.set({ key: GRANTED_KEY, value: [...granted, ...missing] });
  return 'done';
}

/**
 * Grants the read actions at bootstrap when the Public role exists. On a fresh database it may not
 * yet: users-permissions creates it in its own bootstrap, and Strapi runs plugin bootstraps in an
 * order no plugin controls (in a new app ours came first, and the public got 403 until a restart).
 * Then the grant waits for the first request: the server listens only after every bootstrap, so
 * the role exists by then, and the request's own permission check already sees the grant.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  if ((await grantToPublicRole(strapi)) === 'done') return;
  if (!strapi.plugin('users-permissions')) return; // no Public role will come: nothing to grant
  let grant: Promise<unknown> | null = null;
  let granted = false;
  const grantFirst: Core.MiddlewareHandler = async (_ctx, next) => {
    if (!granted) {
      grant ??= grantToPublicRole(strapi).then(
        (outcome) => (granted = outcome === 'done'),
        (error: unknown) =>
          strapi.log.error(
            `[newsroom] granting the Public role its read permissions failed: ${String(error)}`
          )
      );
      await grant;
      grant = null;
    }
    return next();
  };
  strapi.server.use(grantFirst);
}
