import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/get-translation';
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
  const { formatMessage } = useIntl();
  const none = formatMessage({ id: getTranslation('preview.none'), defaultMessage: '—' });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Fact
        label={formatMessage({ id: getTranslation('preview.slug'), defaultMessage: 'Slug' })}
        testId="slug"
      >
        {slugPending ?? (slug || none)}
      </Fact>
      <Fact
        label={formatMessage({
          id: getTranslation('preview.dateline'),
          defaultMessage: 'Dateline',
        })}
        testId="dateline"
      >
        {dateline ||
          formatMessage({
            id: getTranslation('preview.noDateline'),
            defaultMessage: 'No dateline (no city)',
          })}
      </Fact>
      <Fact
        label={formatMessage({
          id: getTranslation('preview.editionDate'),
          defaultMessage: 'Edition date',
        })}
        testId="edition-date"
      >
        {editionDate ||
          formatMessage({
            id: getTranslation('preview.editionDate.unset'),
            defaultMessage: 'Set at first publication',
          })}
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
