import type { Core } from '@strapi/strapi';

import { ARTICLE, CORRECTION, QUOTE, RELATED_NEWS } from '../content-types/uids';
import { labelOf } from './label';

/** The field the Content Manager titles an entry with; Strapi's default picks none of these (`text` columns). */
const MAIN_FIELDS = {
  [ARTICLE]: 'headline',
  [RELATED_NEWS]: 'title',
  [QUOTE]: 'text',
  [CORRECTION]: 'text',
} as const;

/** What the editor should know about the fields the server fills. */
const DESCRIPTIONS: Record<string, string> = {
  slug: 'Generated from the headline. Type one to choose it; it stays fixed once published.',
  dateline: 'Generated from the city, time zone, agency and first publication, unless locked.',
  firstPublishedAt: 'Set at the first publication; it never changes after.',
  editionDate: 'The day of the first publication in the edition time zone.',
  lastSignificantUpdateAt:
    'The newest correction or update note, else the first publication: what search engines and feeds show as modified.',
  at: 'When the note was made; now when left empty.',
};

const APPLIED_KEY = 'content-manager-layout-applied';

interface Configuration {
  settings: { mainField?: string };
  metadatas: Record<
    string,
    { edit?: { label?: string; description?: string }; list?: { label?: string } }
  >;
}

/**
 * Entry titles, readable labels and hints in the Content Manager, set once per type: the Content
 * Manager's own "Configure the view" owns them afterwards, so an administrator's choice stays.
 * Only labels still equal to the raw attribute name (Strapi's default) are replaced.
 */
export async function applyContentManagerLayout(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'newsroom' });
  const applied = ((await store.get({ key: APPLIED_KEY })) as string[] | null) ?? [];
  const contentTypes = strapi.plugin('content-manager').service('content-types');

  for (const [uid, mainField] of Object.entries(MAIN_FIELDS)) {
    if (applied.includes(uid)) continue;
    const contentType = contentTypes.findContentType(uid);
    const configuration = (await contentTypes.findConfiguration(
      contentType
    )) as Partial<Configuration>;
    // Not synced yet by the Content Manager (first boot): the next boot sets it.
    if (!configuration.metadatas || !configuration.settings) continue;
    const metadatas = Object.fromEntries(
      Object.entries(configuration.metadatas).map(([name, metadata]) => [
        name,
        {
          ...metadata,
          edit: metadata.edit && {
            ...metadata.edit,
            ...(metadata.edit.label === name && { label: labelOf(name) }),
            ...(!metadata.edit.description &&
              DESCRIPTIONS[name] && { description: DESCRIPTIONS[name] }),
          },
          list: metadata.list && {
            ...metadata.list,
            ...(metadata.list.label === name && { label: labelOf(name) }),
          },
        },
      ])
    );
    await contentTypes.updateConfiguration(contentType, {
      ...configuration,
      settings: { ...configuration.settings, mainField },
      metadatas,
    });
    applied.push(uid);
  }
  await store.set({ key: APPLIED_KEY, value: applied });
}
