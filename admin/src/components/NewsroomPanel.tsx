import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useArticlePreview } from '../hooks/use-article-preview';
import { useEditLocale } from '../hooks/use-edit-locale';
import { ARTICLE_UID } from '../plugin-id';
import { getTranslation } from '../utils/get-translation';
import { PreviewFacts } from './PreviewFacts';
import { TopNewsPosition } from './TopNewsPosition';
import { CorrectionNotes } from './corrections/CorrectionNotes';

import type { PanelComponent } from '@strapi/content-manager/strapi-admin';

/** The Content Manager's side panel "Newsroom" on articles (docs/admin.md). */
export const NewsroomPanel: PanelComponent = ({ model, documentId }) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Newsroom' }),
    content: <NewsroomPanelContent documentId={documentId} />,
  };
};

const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

function NewsroomPanelContent({ documentId }: { documentId?: string }) {
  const { formatMessage } = useIntl();
  const { state, fields } = useArticlePreview(documentId);
  const locale = useEditLocale();

  if (state.status === 'loading') {
    return (
      <Flex justifyContent="center" padding={2} width="100%">
        <Loader small>
          {formatMessage({
            id: getTranslation('panel.loading'),
            defaultMessage: 'Generating preview…',
          })}
        </Loader>
      </Flex>
    );
  }
  if (state.status === 'error') {
    return (
      <Box width="100%" data-testid="newsroom-panel-error">
        <Typography variant="pi" textColor="danger600" tag="p">
          {formatMessage({
            id: getTranslation('panel.error'),
            defaultMessage: 'The preview failed:',
          })}{' '}
          {state.message}
        </Typography>
      </Box>
    );
  }
  const { preview, topNews } = state;
  const awaitingHeadline = !documentId && blank(fields.headline) && blank(fields.slug);
  const slugPending = awaitingHeadline
    ? formatMessage({
        id: getTranslation('panel.slug.awaitingHeadline'),
        defaultMessage: 'Made from the headline once you type one',
      })
    : undefined;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-panel">
      <PreviewFacts {...preview} slugPending={slugPending} />
      <TopNewsPosition topNews={topNews} editionDate={preview.editionDate} />
      {documentId && <CorrectionNotes documentId={documentId} locale={locale} />}
    </Flex>
  );
}
