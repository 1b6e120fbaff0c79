import type { Core } from '@strapi/strapi';

import { settingsSchema, type NewsroomSettings } from '../config/schema';

const STORE_KEY = 'settings';

/**
 * The effective settings: values saved from the admin (plugin store, in the database) over
 * `config/plugins.ts`. Read from the database on every use, so a change made in one Strapi
 * process applies at once in every other (spec §6, §10).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async get(): Promise<NewsroomSettings> {
    const configured = strapi.config.get('plugin::newsroom') as NewsroomSettings;
    const stored = (await strapi.store({ type: 'plugin', name: 'newsroom' }).get({ key: STORE_KEY })) as
      | Partial<NewsroomSettings>
      | null;
    if (!stored) return configured;
    return settingsSchema.parse({
      ...configured,
      ...stored,
      topNews: { ...configured.topNews, ...stored.topNews },
      slug: { ...configured.slug, ...stored.slug },
      quotes: { ...configured.quotes, ...stored.quotes },
    });
  },
});
