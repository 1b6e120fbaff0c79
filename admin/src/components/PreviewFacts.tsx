import { Box, Flex, Typography } from '@strapi/design-system';

import { getTranslation } from '../utils/get-translation';
import { useTranslator } from '../utils/use-translator';
import { QuoteList, type ListedQuote } from './QuoteList';

interface PreviewFactsProps {
  slug: string | null;
  dateline: string | null;
  editionDate: string | null;
  quotes: ListedQuote[];
  /** Shown instead of the slug: for a new article with no headline yet, the server's stand-in slug means nothing. */
  slugPending?: string;
}

/** What the server generates for an article — slug, dateline, edition date, quotes — as editors read it. */
export function PreviewFacts({
  slug,
  dateline,
  editionDate,
  quotes,
  slugPending,
}: PreviewFactsProps) {
  const t = useTranslator((id) => getTranslation(`preview.${id}`));
  const none = t('none', '—');
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Fact label={t('slug', 'Slug')} testId="slug">
        {slugPending ?? (slug || none)}
      </Fact>
      <Fact label={t('dateline', 'Dateline')} testId="dateline">
        {dateline || t('noDateline', 'No dateline (no city)')}
      </Fact>
      <Fact label={t('editionDate', 'Edition date')} testId="edition-date">
        {editionDate || t('editionDate.unset', 'Set at first publication')}
      </Fact>
      <QuoteList quotes={quotes} none={none} />
    </Flex>
  );
}

function Fact({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {label}
      </Typography>
      <Typography
        variant="omega"
        tag="p"
        data-testid={`newsroom-${testId}`}
        style={{ overflowWrap: 'anywhere' }}
      >
        {children}
      </Typography>
    </Box>
  );
}
