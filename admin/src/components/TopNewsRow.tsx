import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';

import type { TopNewsItem } from '../api/types';
import { ARTICLE_UID } from '../plugin-id';
import { getTranslation } from '../utils/get-translation';

const editLink = (documentId: string) =>
  `/content-manager/collection-types/${ARTICLE_UID}/${documentId}`;

/** One item of the widget's list: its position, its title (a link to its article when it has one), "Pinned". */
export function TopNewsRow({ item }: { item: TopNewsItem }) {
  const { formatMessage } = useIntl();
  return (
    <Flex
      tag="li"
      gap={2}
      paddingTop={2}
      paddingBottom={2}
      borderColor="neutral150"
      borderStyle="solid"
      borderWidth="0 0 1px 0"
    >
      <Typography
        variant="omega"
        fontWeight="bold"
        textColor="neutral500"
        style={{ minWidth: '1.5em' }}
      >
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
        <Badge>
          {formatMessage({ id: getTranslation('widget.pinned'), defaultMessage: 'Pinned' })}
        </Badge>
      )}
    </Flex>
  );
}
