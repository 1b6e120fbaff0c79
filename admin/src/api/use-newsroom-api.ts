import { useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import { CORRECTION_UID } from '../plugin-id';
import type {
  CorrectionKind,
  CorrectionNote,
  ImportInput,
  ImportedStory,
  NewsroomSettings,
  Preview,
  PreviewInput,
  SettingsRequest,
  TopNews,
  TopNewsQueryInput,
} from './types';

/** The article fields `POST /newsroom/preview` accepts (it refuses any other key): the server's own schema type. */
export type PreviewFields = PreviewInput;

/** An article in one locale, as the edit view shows it. */
export interface ArticleInLocale {
  documentId: string;
  locale?: string;
}

/** Correction notes go through the Content Manager's own API: its permissions on the type apply. */
const NOTES = `/content-manager/collection-types/${CORRECTION_UID}`;

/** Typed calls to the plugin's admin routes (docs/admin.md), through Strapi's authenticated fetch client. */
export function useNewsroomApi() {
  const { get, post, put } = useFetchClient();
  return useMemo(
    () => ({
      getSettings: async () =>
        (await get<{ data: NewsroomSettings }>('/newsroom/settings')).data.data,
      updateSettings: async (settings: SettingsRequest) =>
        (await put<{ data: NewsroomSettings }>('/newsroom/settings', settings)).data.data,
      preview: async (fields: PreviewFields, signal?: AbortSignal) =>
        (await post<{ data: Preview }>('/newsroom/preview', fields, { signal })).data.data,
      importStory: async (request: ImportInput) =>
        (await post<{ data: ImportedStory }>('/newsroom/import', request)).data.data,
      topNews: async (query: Pick<TopNewsQueryInput, 'date' | 'locale'> = {}) =>
        (await get<{ data: TopNews }>('/newsroom/top-news', { params: query })).data.data,
      /** The article's notes, newest first. */
      notes: async ({ documentId, locale }: ArticleInLocale) =>
        (
          await get<{ results: CorrectionNote[] }>(NOTES, {
            params: {
              filters: { article: { documentId: { $eq: documentId } } },
              sort: 'at:DESC',
              pageSize: 100,
              ...(locale && { locale }),
            },
          })
        ).data.results,
      addNote: async (
        { documentId, locale }: ArticleInLocale,
        kind: CorrectionKind,
        text: string
      ) =>
        (
          await post<{ data: CorrectionNote }>(
            NOTES,
            { kind, text, article: { connect: [{ documentId, ...(locale && { locale }) }] } },
            { params: locale ? { locale } : {} }
          )
        ).data.data,
    }),
    [get, post, put]
  );
}
