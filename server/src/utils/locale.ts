import type { Core } from '@strapi/strapi';

import { oncePerTransaction } from './per-transaction';

/** The locale a document-service call writes to: the one given, else the default (what Strapi does). */
export async function resolveLocale(strapi: Core.Strapi, locale: unknown): Promise<string> {
  if (typeof locale === 'string' && locale !== '*') return locale;
  return oncePerTransaction(strapi, 'default-locale', () => strapi.plugin('i18n').service('locales').getDefaultLocale());
}
