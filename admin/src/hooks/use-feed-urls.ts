import { useNotification } from '@strapi/strapi/admin';
import { useClipboard } from '@strapi/strapi/admin';

import { getTranslation } from '../utils/get-translation';
import { useTranslator } from '../utils/use-translator';

/** The feeds' routes (docs/feeds.md), under the content API. */
export const FEED_FILES = ['news-sitemap.xml', 'sitemap.xml', 'rss.xml', 'atom.xml'] as const;

declare global {
  interface Window {
    strapi?: { backendURL?: string };
  }
}

/** Each feed's public URL on this Strapi server, and a copy that says whether it worked. */
export function useFeedUrls() {
  const { copy } = useClipboard();
  const { toggleNotification } = useNotification();
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const base = window.strapi?.backendURL || window.location.origin;
  const urls = FEED_FILES.map((file) => ({
    file,
    url: new URL(`/api/newsroom/feeds/${file}`, base).href,
  }));

  async function copyUrl(url: string) {
    const copied = await copy(url);
    toggleNotification(
      copied
        ? { type: 'success', message: t('feedUrls.copied', 'Copied') }
        : { type: 'danger', message: t('feedUrls.notCopied', 'Could not copy the URL') }
    );
  }

  return { urls, copyUrl };
}
