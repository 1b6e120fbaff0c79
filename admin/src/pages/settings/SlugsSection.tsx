import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { NumberField, TextareaField } from './fields';
import { Cell, Section, textInputOf, type SectionProps } from './Section';

/** Default (English) messages too long to sit in their t() call. */
const SLUG_RESERVED_HINT = 'One per line. A headline that slugs to one of these gets a -2 suffix.';

/** Slugs and top news: the slug length limit, the list size, the reserved slugs. */
export function SlugsSection(section: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  return (
    <Section title={t('section.slugs', 'Slugs and top news')}>
      <Cell>
        <NumberField
          {...textInputOf(section, 'slugMaxLength')}
          label={t('slugMaxLength', 'Slug length limit')}
          hint="16–200"
        />
      </Cell>
      <Cell>
        <NumberField
          {...textInputOf(section, 'topNewsSize')}
          label={t('topNewsSize', 'Top news items per day')}
          hint="1–50"
        />
      </Cell>
      <Cell col={12}>
        <TextareaField
          {...textInputOf(section, 'slugReserved')}
          label={t('slugReserved', 'Reserved slugs')}
          hint={t('slugReserved.hint', SLUG_RESERVED_HINT)}
        />
      </Cell>
    </Section>
  );
}
