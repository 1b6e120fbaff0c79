import type { Core } from '@strapi/strapi';

import { readWriteStore } from '../repositories/write-store';

/** The locale a document-service call writes to: the one given, else the default (what Strapi does). */
export async function resolveLocale(strapi: Core.Strapi, locale: unknown): Promise<string> {
  if (typeof locale === 'string' && locale !== '*') return locale;
  const { defaultLocale } = await readWriteStore(strapi);
  if (typeof defaultLocale === 'string') return defaultLocale;
  return strapi.plugin('i18n').service('locales').getDefaultLocale();
}
