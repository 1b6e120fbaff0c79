import { useFetchClient } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import type {
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
    }),
    [get, post, put]
  );
}
