import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { Widget, useRBAC } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import { readApiProblem } from '../api/errors';
import type { TopNews } from '../api/types';
import { useNewsroomApi } from '../api/use-newsroom-api';
import { getTranslation } from '../utils/get-translation';
import { PERMISSIONS } from '../permissions';
import { ARTICLE_UID } from '../plugin-id';

type WidgetState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; topNews: TopNews };

const editLink = (documentId: string) => `/content-manager/collection-types/${ARTICLE_UID}/${documentId}`;

/** Homepage widget "Today's Top News" (id `todays-top-news`, spec §6): today's list in the edition time zone. */
export function TopNewsWidget() {
  const { formatMessage } = useIntl();
  const api = useNewsroomApi();
  const [state, setState] = useState<WidgetState>({ status: 'loading' });
  const { allowedActions, isLoading: checkingPermissions } = useRBAC(PERMISSIONS.readArticles);

  useEffect(() => {
    let current = true;
    api.topNews().then(
      (topNews) => current && setState({ status: 'ready', topNews }),
      (error) => current && setState({ status: 'error', message: readApiProblem(error).message })
    );
    return () => {
      current = false;
    };
  }, [api]);

  if (checkingPermissions || state.status === 'loading') return <Widget.Loading />;
  if (!allowedActions.canRead) return <Widget.NoPermissions />;
  if (state.status === 'error') return <Widget.Error>{state.message}</Widget.Error>;
  const { date, items } = state.topNews;
  if (items.length === 0) {
    return (
      <Widget.NoData>
        {formatMessage(
          { id: getTranslation('widget.empty'), defaultMessage: 'Nothing published for {date} yet.' },
          { date }
        )}
      </Widget.NoData>
    );
  }
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="newsroom-top-news-widget">
      <Typography variant="pi" textColor="neutral600" tag="p">
        {formatMessage({ id: getTranslation('widget.edition'), defaultMessage: 'Edition of {date}' }, { date })}
      </Typography>
      <Box tag="ol">
        {items.map((item) => (
          <Flex tag="li" key={item.position} gap={2} paddingTop={2} paddingBottom={2} borderColor="neutral150" borderStyle="solid" borderWidth="0 0 1px 0">
            <Typography variant="omega" fontWeight="bold" textColor="neutral500" style={{ minWidth: '1.5em' }}>
              {item.position}
            </Typography>
            <Box flex="1" style={{ minWidth: 0 }}>
              {item.articleDocumentId ? (
                <Link to={editLink(item.articleDocumentId)} style={{ textDecoration: 'none' }}>
                  <Typography variant="omega" textColor="primary600" ellipsis>
                    {item.title}
                  </Typography>
                </Link>
              ) : (
                <Typography variant="omega" ellipsis>
                  {item.title}
                </Typography>
              )}
            </Box>
            {item.pinned && (
              <Badge>{formatMessage({ id: getTranslation('widget.pinned'), defaultMessage: 'Pinned' })}</Badge>
            )}
          </Flex>
        ))}
      </Box>
    </Flex>
  );
}
