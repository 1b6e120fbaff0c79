import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { FeedUrls } from './FeedUrls';
import { NumberField, TextField } from './fields';
import { Cell, Section, textInputOf, type SectionProps } from './Section';

/** Default (English) messages too long to sit in their t() call. */
const ARTICLE_PATH_HINT =
  'After the site URL. Tokens: {slug} (required), {locale}, {editionDate}, {section}.';
const PUBLICATION_HINT = 'As Google News knows it. Empty: the agency.';

type NumberKey = 'feedsNewsWindowHours' | 'feedsSize' | 'feedsMaxAge' | 'feedsSitemapPageSize';

/** Feeds and sitemaps (docs/feeds.md): article URLs, the publication's name, sizes, caching. */
export function FeedsSection(section: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const numbers: { key: NumberKey; label: string; hint: string }[] = [
    {
      key: 'feedsNewsWindowHours',
      label: t('feedsNewsWindowHours', 'News sitemap window (hours)'),
      hint: '1–168',
    },
    { key: 'feedsSize', label: t('feedsSize', 'RSS and Atom items'), hint: '1–500' },
    { key: 'feedsMaxAge', label: t('feedsMaxAge', 'Cache max-age (seconds)'), hint: '0–86400' },
    {
      key: 'feedsSitemapPageSize',
      label: t('feedsSitemapPageSize', 'URLs per sitemap page'),
      hint: '1–50000',
    },
  ];
  return (
    <Section title={t('section.feeds', 'Feeds and sitemaps')}>
      <Cell>
        <TextField
          {...textInputOf(section, 'articlePath')}
          label={t('articlePath', 'Article path')}
          hint={t('articlePath.hint', ARTICLE_PATH_HINT)}
        />
      </Cell>
      <Cell>
        <TextField
          {...textInputOf(section, 'feedsPublicationName')}
          label={t('feedsPublicationName', 'Publication name')}
          hint={t('feedsPublicationName.hint', PUBLICATION_HINT)}
        />
      </Cell>
      {numbers.map(({ key, label, hint }) => (
        <Cell key={key}>
          <NumberField {...textInputOf(section, key)} label={label} hint={hint} />
        </Cell>
      ))}
      <FeedUrls />
    </Section>
  );
}
