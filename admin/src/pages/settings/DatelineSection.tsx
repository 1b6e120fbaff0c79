import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { DatelineStyleField } from './DatelineStyleField';
import { TextField } from './fields';
import { Cell, Section, textInputOf, type SectionProps } from './Section';

/** Default (English) messages too long to sit in their t() call. */
const AGENCY_HINT = 'Default agency of new articles, as printed in the dateline.';
const CUSTOM_TEMPLATE_HINT =
  "Tokens: '{CITY}' '{city}' '{country}' '{month}' '{day}' '{year}' '{agency}'";
const EDITION_TIME_ZONE_HINT =
  'IANA name, e.g. Asia/Shanghai: decides which day’s edition an article belongs to.';

/** Datelines: the style (a preset or a custom template), the default agency, the edition time zone. */
export function DatelineSection(section: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const input = (key: Parameters<typeof textInputOf>[1]) => textInputOf(section, key);
  return (
    <Section title={t('section.datelines', 'Datelines')}>
      <Cell>
        <DatelineStyleField {...section} />
      </Cell>
      <Cell>
        <TextField
          {...input('agency')}
          label={t('agency', 'Agency')}
          hint={t('agency.hint', AGENCY_HINT)}
        />
      </Cell>
      {section.form.datelineStyle === 'custom' && (
        <>
          <Cell>
            <TextField
              {...input('customTemplate')}
              label={t('customTemplate', 'Template')}
              hint={t('customTemplate.hint', CUSTOM_TEMPLATE_HINT)}
            />
          </Cell>
          <Cell>
            <TextField
              {...input('customMonths')}
              label={t('customMonths', 'Month names')}
              hint={t('customMonths.hint', 'Twelve names, January first, separated by commas.')}
            />
          </Cell>
        </>
      )}
      <Cell>
        <TextField
          {...input('editionTimeZone')}
          label={t('editionTimeZone', 'Edition time zone')}
          hint={t('editionTimeZone.hint', EDITION_TIME_ZONE_HINT)}
        />
      </Cell>
    </Section>
  );
}
