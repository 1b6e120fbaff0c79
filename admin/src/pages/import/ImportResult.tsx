import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

import { PreviewFacts } from '../../components/PreviewFacts';
import type { ImportOutcome } from '../../hooks/use-story-import';
import { ARTICLE_UID } from '../../plugin-id';
import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';

/** Default (English) messages too long to sit in their t() call. */
const EMPTY_MESSAGE =
  'Preview the story to see its headline, slug, dateline, quotes and top news before anything is written.';

/** What the import stored, or would store: status, headline and deck, the generated facts, the pinned top news. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const t = useTranslator((id) => getTranslation(`import.${id}`));
  if (outcome.kind === 'none') {
    return (
      <Typography variant="omega" textColor="neutral600">
        {t('empty', EMPTY_MESSAGE)}
      </Typography>
    );
  }
  const { article, quotes, topNews } = outcome.story;
  const created = outcome.kind === 'created';
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="sigma" textColor={created ? 'success600' : 'neutral600'}>
        {created
          ? outcome.published
            ? t('published', 'Published')
            : t('draft', 'Created as a draft')
          : t('dryRun', 'Preview — nothing written yet')}
      </Typography>
      <Box>
        <Typography variant="beta" tag="h2" data-testid="newsroom-import-headline">
          {article.headline}
        </Typography>
        {article.deck && (
          <Typography variant="epsilon" textColor="neutral600" tag="p">
            {article.deck}
          </Typography>
        )}
      </Box>
      <PreviewFacts
        slug={article.slug}
        dateline={article.dateline}
        editionDate={article.editionDate}
        quotes={quotes}
      />
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('topNews', 'Top news pinned for its day ({count})', { count: topNews.length })}
        </Typography>
        <Box tag="ol">
          {topNews.map((item) => (
            <Typography key={item.position} variant="pi" tag="li">
              {item.position}. {item.title}
            </Typography>
          ))}
        </Box>
      </Box>
      {created && article.documentId && (
        <LinkButton
          tag={RouterLink}
          to={`/content-manager/collection-types/${ARTICLE_UID}/${article.documentId}`}
        >
          {t('open', 'Open the article')}
        </LinkButton>
      )}
    </Flex>
  );
}
