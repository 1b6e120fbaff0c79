import { Box, Flex, Typography } from '@strapi/design-system';

import type { PreviewQuote } from '../api/types';
import { getTranslation } from '../utils/get-translation';
import { useTranslator } from '../utils/use-translator';

export type ListedQuote = Pick<PreviewQuote, 'text' | 'speaker' | 'speakerTitle'>;

/** "Quotes (n)": each quotation with its speaker and title, or that none was found. */
export function QuoteList({ quotes, none }: { quotes: ListedQuote[]; none: string }) {
  const t = useTranslator((id) => getTranslation(`preview.${id}`));
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('quotes', 'Quotes ({count})', { count: quotes.length })}
      </Typography>
      {quotes.length === 0 ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('quotes.empty', 'No attributed quotes found.')}
        </Typography>
      ) : (
        <Flex
          tag="ol"
          direction="column"
          alignItems="stretch"
          gap={2}
          paddingTop={1}
          data-testid="newsroom-quotes"
        >
          {quotes.map((quote, index) => (
            <Box
              tag="li"
              key={index}
              paddingLeft={2}
              borderColor="neutral200"
              borderStyle="solid"
              borderWidth="0 0 0 2px"
            >
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
  );
}
