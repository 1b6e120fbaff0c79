import { useDebounce, useForm } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

import { readApiProblem } from '../api/errors';
import type { Preview, TopNewsItem } from '../api/types';
import { useNewsroomApi, type PreviewFields } from '../api/use-newsroom-api';
import { useEditLocale } from './use-edit-locale';

/** Long enough that a typist's keystrokes are one request, short enough to feel live. */
const TYPING_PAUSE_MS = 400;

const PREVIEWED_FIELDS = [
  'headline',
  'slug',
  'deck',
  'body',
  'datelineCity',
  'datelineCountry',
  'datelineTimeZone',
  'agency',
  'datelineLocked',
  'dateline',
  'firstPublishedAt',
] as const;

/** The form's values as the preview route takes them: only its keys, and empty inputs as absent. */
function previewFields(values: Record<string, unknown>): PreviewFields {
  return Object.fromEntries(
    PREVIEWED_FIELDS.filter((key) => values[key] !== undefined && values[key] !== '').map((key) => [
      key,
      values[key],
    ])
  );
}

export type PanelState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; preview: Preview; topNews: TopNewsItem | null | undefined };

/**
 * The side panel's data: the preview of the edit form's unsaved fields, and the article's place in
 * its day's top news (`undefined` until it has an edition date, `null` when not in the list).
 */
export function useArticlePreview(documentId: string | undefined) {
  const api = useNewsroomApi();
  const locale = useEditLocale();
  const fields = previewFields(
    useForm('NewsroomPanel', (form) => form.values as Record<string, unknown>)
  );
  // Serialised, so an unchanged form is an unchanged request however often the form re-renders.
  const request = useDebounce(JSON.stringify({ ...fields, locale, documentId }), TYPING_PAUSE_MS);
  const [state, setState] = useState<PanelState>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    (async () => {
      try {
        const preview = await api.preview(JSON.parse(request) as PreviewFields, abort.signal);
        const topNews =
          documentId && preview.editionDate
            ? ((await api.topNews({ date: preview.editionDate, locale })).items.find(
                (item) => item.articleDocumentId === documentId
              ) ?? null)
            : undefined;
        if (!abort.signal.aborted) setState({ status: 'ready', preview, topNews });
      } catch (error) {
        if (!abort.signal.aborted)
          setState({ status: 'error', message: readApiProblem(error).message });
      }
    })();
    return () => abort.abort();
  }, [api, request, documentId, locale]);

  return { state, fields };
}
