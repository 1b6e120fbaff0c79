import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { TextField, ToggleField } from './fields';
import { Cell, Section, textInputOf, toggleOf, type SectionProps } from './Section';

/** Default (English) messages too long to sit in their t() call. */
const SITE_URL_HINT =
  'The frontend’s address, for the article URLs of JSON-LD and the feeds. Leave empty if unknown.';

/** Quotes and publishing: automatic quote extraction, public read access, the site's URL. */
export function PublishingSection(section: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  return (
    <Section title={t('section.publishing', 'Quotes and publishing')}>
      <Cell>
        <ToggleField
          {...toggleOf(section, 'autoExtractQuotes')}
          label={t('autoExtractQuotes', 'Extract quotes automatically')}
        />
      </Cell>
      <Cell>
        <ToggleField
          {...toggleOf(section, 'publicRead')}
          label={t('publicRead', 'Public read access')}
        />
      </Cell>
      <Cell col={12}>
        <TextField
          {...textInputOf(section, 'siteUrl')}
          label={t('siteUrl', 'Site URL')}
          hint={t('siteUrl.hint', SITE_URL_HINT)}
        />
      </Cell>
    </Section>
  );
}
