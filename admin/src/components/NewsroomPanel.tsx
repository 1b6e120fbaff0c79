import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useDebounce, useForm, useQueryParams } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

import { readApiProblem } from '../api/errors';
import type { Preview, TopNewsItem } from '../api/types';
import { useNewsroomApi, type PreviewFields } from '../api/use-newsroom-api';
import { ARTICLE_UID } from '../plugin-id';
import { getTranslation } from '../utils/get-translation';
import { PreviewFacts } from './PreviewFacts';

import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

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
    PREVIEWED_FIELDS.filter((key) => values[key] !== undefined && values[key] !== '').map((key) => [key, values[key]])
  );
}

/** The Content Manager's side panel "Newsroom" on articles (spec §6). */
export const NewsroomPanel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Newsroom' }),
    content: <NewsroomPanelContent documentId={documentId} />,
  };
};

type PanelState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; preview: Preview; topNews: TopNewsItem | null | undefined };

function NewsroomPanelContent({ documentId }: { documentId?: string }) {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const locale = query.plugins?.i18n?.locale;
  const values = useForm('NewsroomPanel', (form) => form.values as Record<string, unknown>);
  // Serialised, so an unchanged form is an unchanged request however often the form re-renders.
  const request = useDebounce(JSON.stringify({ ...previewFields(values), locale, documentId }), TYPING_PAUSE_MS);
  const [state, setState] = useState<PanelState>({ status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    (async () => {
      try {
        const preview = await api.preview(JSON.parse(request) as PreviewFields, abort.signal);
        const topNews =
          documentId && preview.editionDate
            ? (await api.topNews({ date: preview.editionDate, locale })).items.find(
                (item) => item.articleDocumentId === documentId
              ) ?? null
            : undefined;
        if (!abort.signal.aborted) setState({ status: 'ready', preview, topNews });
      } catch (error) {
        if (!abort.signal.aborted) setState({ status: 'error', message: readApiProblem(error).message });
      }
    })();
    return () => abort.abort();
  }, [api, request, documentId, locale]);

  if (state.status === 'loading') {
    return (
      <Flex justifyContent="center" padding={2} width="100%">
        <Loader small>{formatMessage({ id: getTranslation('panel.loading'), defaultMessage: 'Generating preview…' })}</Loader>
      </Flex>
    );
  }
  if (state.status === 'error') {
    return (
      <Box width="100%" data-testid="newsroom-panel-error">
        <Typography variant="pi" textColor="danger600" tag="p">
          {formatMessage({ id: getTranslation('panel.error'), defaultMessage: 'The preview failed:' })} {state.message}
        </Typography>
      </Box>
    );
  }
  const { preview, topNews } = state;
  const fields = previewFields(values);
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  const awaitingHeadline = !documentId && blank(fields.headline) && blank(fields.slug);
  const slugPending = awaitingHeadline
    ? formatMessage({ id: getTranslation('panel.slug.awaitingHeadline'), defaultMessage: 'Made from the headline once you type one' })
    : undefined;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-panel">
      <PreviewFacts {...preview} slugPending={slugPending} />
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage({ id: getTranslation('panel.topNews'), defaultMessage: 'Today’s Top News' })}
        </Typography>
        <Typography variant="omega" tag="p" data-testid="newsroom-top-news-position">
          {topNews === undefined
            ? formatMessage({ id: getTranslation('panel.topNews.unpublished'), defaultMessage: 'Ranked once published' })
            : topNews === null
              ? formatMessage(
                  { id: getTranslation('panel.topNews.absent'), defaultMessage: 'Not in the list of {date}' },
                  { date: preview.editionDate }
                )
              : formatMessage(
                  {
                    id: getTranslation('panel.topNews.position'),
                    defaultMessage: 'No. {position} on {date}{pinned, select, true { (pinned)} other {}}',
                  },
                  { position: topNews.position, date: preview.editionDate, pinned: String(topNews.pinned) }
                )}
        </Typography>
      </Box>
    </Flex>
  );
}
