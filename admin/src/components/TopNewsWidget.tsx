import { Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { useTopNews } from '../hooks/use-top-news';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/get-translation';
import { TopNewsRow } from './TopNewsRow';

/** Homepage widget "Today's Top News" (id `todays-top-news`, docs/admin.md): today's list in the edition time zone. */
export function TopNewsWidget() {
  const { formatMessage } = useIntl();
  const state = useTopNews();
  const { allowedActions, isLoading: checkingPermissions } = useRBAC(PERMISSIONS.readArticles);

  if (checkingPermissions || state.status === 'loading') return <Widget.Loading />;
  if (!allowedActions.canRead) return <Widget.NoPermissions />;
  if (state.status === 'error') return <Widget.Error>{state.message}</Widget.Error>;
  const { date, items } = state.topNews;
  if (items.length === 0) {
    return (
      <Widget.NoData>
        {formatMessage(
          {
            id: getTranslation('widget.empty'),
            defaultMessage: 'Nothing published for {date} yet.',
          },
          { date }
        )}
      </Widget.NoData>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="newsroom-top-news-widget">
      <Typography variant="pi" textColor="neutral600" tag="p">
        {formatMessage(
          { id: getTranslation('widget.edition'), defaultMessage: 'Edition of {date}' },
          { date }
        )}
      </Typography>
      <Box tag="ol">
        {items.map((item) => (
          <TopNewsRow key={item.position} item={item} />
        ))}
      </Box>
    </Flex>
  );
}
