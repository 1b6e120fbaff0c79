import { useQueryParams } from '@strapi/strapi/admin';

/** The locale the Content Manager's edit view shows (its `plugins[i18n][locale]` query), if any. */
export function useEditLocale(): string | undefined {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  return query.plugins?.i18n?.locale;
}
