import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { settingsSchema, type NewsroomSettings } from '../config/schema';
import { parseBody } from '../validation/parse-body';
import { oncePerTransaction } from '../utils/per-transaction';
import { NEWSROOM_SETTINGS, readWriteStore } from '../repositories/write-store';

type Stored = Partial<Omit<NewsroomSettings, 'topNews' | 'slug' | 'quotes' | 'feeds'>> & {
  topNews?: Partial<NewsroomSettings['topNews']>;
  feeds?: Partial<NewsroomSettings['feeds']>;
  slug?: Partial<NewsroomSettings['slug']>;
  quotes?: Partial<NewsroomSettings['quotes']>;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `over` on top of `under`, one level deep (the settings' groups: topNews, slug, quotes, feeds). */
function overlay(
  under: Record<string, unknown>,
  over: Record<string, unknown>
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    merged[key] =
      isObject(value) && isObject(under[key]) ? { ...(under[key] as object), ...value } : value;
  }
  return merged;
}

/**
 * The effective settings (docs/admin.md, README.md#configuration): values saved from the admin (the plugin store, in the
 * database) over `config/plugins.ts`. Read from the database for every write (once per
 * transaction, with the default locale: see write-store), so a change made in one Strapi process
 * holds at once in every other.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: NEWSROOM_SETTINGS.type, name: NEWSROOM_SETTINGS.name });
  const configured = () => strapi.config.get('plugin::newsroom') as NewsroomSettings;

  const readStored = async () =>
    ((await readWriteStore(strapi)).newsroomSettings as Stored | null) ?? {};

  return {
    async get(): Promise<NewsroomSettings> {
      return oncePerTransaction(strapi, 'settings', async () => {
        return settingsSchema.parse(overlay(configured(), await readStored())) as NewsroomSettings;
      });
    },

    /** Saves any subset of the keys; a bad value is a 400 naming the key, and nothing is saved. */
    async update(changes: unknown): Promise<NewsroomSettings> {
      if (!isObject(changes)) {
        throw new errors.ValidationError(
          'The settings must be an object of README.md#configuration keys'
        );
      }
      const stored = overlay(await readStored(), changes);
      const settings = parseBody(settingsSchema, overlay(configured(), stored)) as NewsroomSettings;
      // Saved as they are read: reserved words as slugs.
      if (isObject(stored.slug) && Array.isArray(stored.slug.reserved))
        stored.slug = { ...stored.slug, reserved: settings.slug.reserved };
      await store().set({ key: NEWSROOM_SETTINGS.key, value: stored });
      return settings;
    },
  };
};
