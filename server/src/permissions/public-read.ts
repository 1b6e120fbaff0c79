import type { Core } from '@strapi/strapi';

/** The content-API actions the Public role gets when `publicRead` is on (spec §5). */
export const PUBLIC_READ_ACTIONS = [
  'plugin::newsroom.article.find',
  'plugin::newsroom.article.findOne',
  'plugin::newsroom.article-by-slug.findOne',
  'plugin::newsroom.article-json-ld.findOne',
  'plugin::newsroom.top-news.find',
  'plugin::newsroom.related-news.find',
  'plugin::newsroom.related-news.findOne',
  'plugin::newsroom.quote.find',
  'plugin::newsroom.quote.findOne',
] as const;

const GRANTED_KEY = 'public-read-granted';

/**
 * Grants the Public role the read actions once, on first install. A flag in the plugin store records
 * that we did, so a permission an administrator later turns off stays off across restarts.
 * Actions added by a later plugin version are granted once too.
 */
export async function grantPublicRead(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'newsroom' });
  const granted = ((await store.get({ key: GRANTED_KEY })) as string[] | null) ?? [];
  const missing = PUBLIC_READ_ACTIONS.filter((action) => !granted.includes(action));
  if (missing.length === 0) return;

  const publicRole = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!publicRole) return; // users-permissions not installed: nothing to grant

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = await permissions.findMany({ where: { role: publicRole.id, action: { $in: missing } } });
  const existingActions = new Set(existing.map((permission: { action: string }) => permission.action));
  for (const action of missing) {
    if (!existingActions.has(action)) await permissions.create({ data: { action, role: publicRole.id } });
  }
  await store.set({ key: GRANTED_KEY, value: [...granted, ...missing] });
}
