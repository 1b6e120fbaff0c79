import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { PreviewQuote } from '../api/types';
import { getTranslation } from '../utils/get-translation';

interface PreviewFactsProps {
  slug: string | null;
  dateline: string | null;
  editionDate: string | null;
  quotes: Pick<PreviewQuote, 'text' | 'speaker' | 'speakerTitle'>[];
  /** Shown instead of the slug: for a new article with no headline yet, the server's stand-in slug means nothing. */
  slugPending?: string;
}

/** What the server generates for an article — slug, dateline, edition date, quotes — as editors read it. */
export function PreviewFacts({ slug, dateline, editionDate, quotes, slugPending }: PreviewFactsProps) {
  const { formatMessage } = useIntl();
  const none = formatMessage({ id: getTranslation('preview.none'), defaultMessage: '—' });
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Fact label={formatMessage({ id: getTranslation('preview.slug'), defaultMessage: 'Slug' })} testId="slug">
        {slugPending ?? (slug || none)}
      </Fact>
      <Fact label={formatMessage({ id: getTranslation('preview.dateline'), defaultMessage: 'Dateline' })} testId="dateline">
        {dateline || formatMessage({ id: getTranslation('preview.noDateline'), defaultMessage: 'No dateline (no city)' })}
      </Fact>
      <Fact label={formatMessage({ id: getTranslation('preview.editionDate'), defaultMessage: 'Edition date' })} testId="edition-date">
        {editionDate ||
          formatMessage({ id: getTranslation('preview.editionDate.unset'), defaultMessage: 'Set at first publication' })}
      </Fact>
      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {formatMessage(
            { id: getTranslation('preview.quotes'), defaultMessage: 'Quotes ({count})' },
            { count: quotes.length }
          )}
        </Typography>
        {quotes.length === 0 ? (
          <Typography variant="pi" textColor="neutral600" tag="p">
            {formatMessage({ id: getTranslation('preview.quotes.empty'), defaultMessage: 'No attributed quotes found.' })}
          </Typography>
        ) : (
          <Flex tag="ol" direction="column" alignItems="stretch" gap={2} paddingTop={1} data-testid="newsroom-quotes">
            {quotes.map((quote, index) => (
              <Box tag="li" key={index} paddingLeft={2} borderColor="neutral200" borderStyle="solid" borderWidth="0 0 0 2px">
                <Typography variant="pi" tag="p">
                  “{quote.text}”
                </Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  — {[quote.speaker, quote.speakerTitle].filter(Boolean).join(', ') || none}
                </Typography>
              </Box>
            ))}
          </Flex>
        )}
      </Box>
    </Flex>
  );
}

function Fact({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {label}
      </Typography>
      <Typography variant="omega" tag="p" data-testid={`newsroom-${testId}`} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}
