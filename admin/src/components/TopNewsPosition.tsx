import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { TopNewsItem } from '../api/types';
import { getTranslation } from '../utils/get-translation';

interface TopNewsPositionProps {
  /** `undefined`: not published yet; `null`: not in the day's list. */
  topNews: TopNewsItem | null | undefined;
  editionDate: string | null;
}

/** The side panel's "Today's Top News": where the article stands in its edition day's list. */
export function TopNewsPosition({ topNews, editionDate }: TopNewsPositionProps) {
  const { formatMessage } = useIntl();
  return (
    <Box>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage({ id: getTranslation('panel.topNews'), defaultMessage: 'Today’s Top News' })}
      </Typography>
      <Typography variant="omega" tag="p" data-testid="newsroom-top-news-position">
        {topNews === undefined
          ? formatMessage({
              id: getTranslation('panel.topNews.unpublished'),
              defaultMessage: 'Ranked once published',
            })
          : topNews === null
            ? formatMessage(
                {
                  id: getTranslation('panel.topNews.absent'),
                  defaultMessage: 'Not in the list of {date}',
                },
                { date: editionDate }
              )
            : formatMessage(
                {
                  id: getTranslation('panel.topNews.position'),
                  defaultMessage:
                    'No. {position} on {date}{pinned, select, true { (pinned)} other {}}',
                },
                { position: topNews.position, date: editionDate, pinned: String(topNews.pinned) }
              )}
      </Typography>
    </Box>
  );
}
