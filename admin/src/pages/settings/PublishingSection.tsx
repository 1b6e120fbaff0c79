import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { TextField, ToggleField } from './fields';
import { Cell, Section, type SectionProps } from './Section';

/** Default (English) messages too long to sit in their t() call. */
const SITE_URL_HINT =
  'The frontend’s address, for the article URLs of JSON-LD and the feeds. Leave empty if unknown.';

/** Quotes and publishing: automatic quote extraction, public read access, the site's URL. */
export function PublishingSection({ form, errors, readOnly, set }: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  return (
    <Section title={t('section.publishing', 'Quotes and publishing')}>
      <Cell>
        <ToggleField
          name="autoExtractQuotes"
          label={t('autoExtractQuotes', 'Extract quotes automatically')}
          checked={form.autoExtractQuotes}
          disabled={readOnly}
          onChange={(value) => set('autoExtractQuotes', value)}
        />
      </Cell>
      <Cell>
        <ToggleField
          name="publicRead"
          label={t('publicRead', 'Public read access')}
          checked={form.publicRead}
          disabled={readOnly}
          onChange={(value) => set('publicRead', value)}
        />
      </Cell>
      <Cell col={12}>
        <TextField
          name="siteUrl"
          label={t('siteUrl', 'Site URL')}
          hint={t('siteUrl.hint', SITE_URL_HINT)}
          value={form.siteUrl}
          error={errors.siteUrl}
          disabled={readOnly}
          onChange={(value) => set('siteUrl', value)}
        />
      </Cell>
    </Section>
  );
}
