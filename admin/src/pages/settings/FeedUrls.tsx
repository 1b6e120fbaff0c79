import { Flex, IconButton, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';

import { useFeedUrls } from '../../hooks/use-feed-urls';
import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { Cell } from './Section';

/** Each feed's URL, to paste into Search Console, a feed reader or a site's rewrites. */
export function FeedUrls() {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const { urls, copyUrl } = useFeedUrls();
  return (
    <Cell col={12}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="pi" fontWeight="bold">
          {t('feedUrls', 'Feed URLs')}
        </Typography>
        {urls.map(({ file, url }) => (
          <Flex key={file} gap={2} justifyContent="space-between">
            <Typography variant="omega" textColor="neutral700">
              {url}
            </Typography>
            <IconButton
              label={t('feedUrls.copy', 'Copy the URL')}
              variant="ghost"
              onClick={() => copyUrl(url)}
            >
              <Duplicate />
            </IconButton>
          </Flex>
        ))}
      </Flex>
    </Cell>
  );
}
