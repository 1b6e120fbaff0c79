import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { FeedUrls } from './FeedUrls';
import { NumberField, TextField } from './fields';
import { Cell, Section, type SectionProps } from './Section';
import type { SettingsForm } from '../settings-form';

/** Default (English) messages too long to sit in their t() call. */
const ARTICLE_PATH_HINT =
  'After the site URL. Tokens: {slug} (required), {locale}, {editionDate}, {section}.';
const PUBLICATION_HINT = 'As Google News knows it. Empty: the agency.';

type NumberKey = 'feedsNewsWindowHours' | 'feedsSize' | 'feedsMaxAge' | 'feedsSitemapPageSize';

/** Feeds and sitemaps (docs/feeds.md): article URLs, the publication's name, sizes, caching. */
export function FeedsSection({ form, errors, readOnly, set }: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const text = (key: keyof SettingsForm & ('articlePath' | 'feedsPublicationName')) => ({
    name: key,
    value: form[key],
    error: errors[key],
    disabled: readOnly,
    onChange: (value: string) => set(key, value),
  });
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
          {...text('articlePath')}
          label={t('articlePath', 'Article path')}
          hint={t('articlePath.hint', ARTICLE_PATH_HINT)}
        />
      </Cell>
      <Cell>
        <TextField
          {...text('feedsPublicationName')}
          label={t('feedsPublicationName', 'Publication name')}
          hint={t('feedsPublicationName.hint', PUBLICATION_HINT)}
        />
      </Cell>
      {numbers.map(({ key, label, hint }) => (
        <Cell key={key}>
          <NumberField
            name={key}
            label={label}
            hint={hint}
            value={form[key]}
            error={errors[key]}
            disabled={readOnly}
            onChange={(value) => set(key, value)}
          />
        </Cell>
      ))}
      <FeedUrls />
    </Section>
  );
}
