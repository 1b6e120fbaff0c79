import type { Core } from '@strapi/strapi';

import { oncePerTransaction } from '../utils/per-transaction';

interface StoreEntry {
  type: 'plugin';
  name: string;
  key: string;
}

/** Where the settings service saves the admin's settings. */
export const NEWSROOM_SETTINGS: StoreEntry = { type: 'plugin', name: 'newsroom', key: 'settings' };
const DEFAULT_LOCALE: StoreEntry = { type: 'plugin', name: 'i18n', key: 'default_locale' };

/** The row key `strapi.store({ type, name }).get({ key })` reads. */
const rowKey = ({ type, name, key }: StoreEntry) => `${type}_${name}_${key}`;

export interface WriteStore {
  /** What the admin saved of the plugin's settings (README.md#configuration), or null. */
  newsroomSettings: unknown;
  /** i18n's default locale code, or null. */
  defaultLocale: unknown;
}

/** A core-store value decoded as `strapi.store().get` decodes it. */
function decode(row: { type: string | null; value: string | null } | undefined): unknown {
  if (!row || row.value === null) return null;
  if (row.type === 'number') return Number(row.value);
  if (!['object', 'array', 'boolean', 'string'].includes(row.type ?? '')) return null;
  try {
    return JSON.parse(row.value);
  } catch {
    return new Date(row.value);
  }
}

/**
 * The two core-store values every write needs — the plugin's saved settings and the default
 * locale — in one query, once per transaction. Both are read from the database for every write,
 * so a change saved in one Strapi process holds at once in every other; reading them together
 * halves what that costs (npm run bench, createOverhead).
 */
export function readWriteStore(strapi: Core.Strapi): Promise<WriteStore> {
  return oncePerTransaction(strapi, 'write-store', async () => {
    const rows = (await strapi.db.query('strapi::core-store').findMany({
      where: {
        key: { $in: [rowKey(NEWSROOM_SETTINGS), rowKey(DEFAULT_LOCALE)] },
        environment: null,
        tag: null,
      },
      select: ['key', 'type', 'value'],
    })) as { key: string; type: string | null; value: string | null }[];
    const valueOf = (entry: StoreEntry) => decode(rows.find((row) => row.key === rowKey(entry)));
    return { newsroomSettings: valueOf(NEWSROOM_SETTINGS), defaultLocale: valueOf(DEFAULT_LOCALE) };
  });
}
