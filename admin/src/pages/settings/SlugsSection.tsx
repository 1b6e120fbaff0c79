import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { NumberField, TextareaField } from './fields';
import { Cell, Section, type SectionProps } from './Section';

/** Default (English) messages too long to sit in their t() call. */
const SLUG_RESERVED_HINT = 'One per line. A headline that slugs to one of these gets a -2 suffix.';

/** Slugs and top news: the slug length limit, the list size, the reserved slugs. */
export function SlugsSection({ form, errors, readOnly, set }: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  return (
    <Section title={t('section.slugs', 'Slugs and top news')}>
      <Cell>
        <NumberField
          name="slugMaxLength"
          label={t('slugMaxLength', 'Slug length limit')}
          hint="16–200"
          value={form.slugMaxLength}
          error={errors.slugMaxLength}
          disabled={readOnly}
          onChange={(value) => set('slugMaxLength', value)}
        />
      </Cell>
      <Cell>
        <NumberField
          name="topNewsSize"
          label={t('topNewsSize', 'Top news items per day')}
          hint="1–50"
          value={form.topNewsSize}
          error={errors.topNewsSize}
          disabled={readOnly}
          onChange={(value) => set('topNewsSize', value)}
        />
      </Cell>
      <Cell col={12}>
        <TextareaField
          name="slugReserved"
          label={t('slugReserved', 'Reserved slugs')}
          hint={t('slugReserved.hint', SLUG_RESERVED_HINT)}
          value={form.slugReserved}
          error={errors.slugReserved}
          disabled={readOnly}
          onChange={(value) => set('slugReserved', value)}
        />
      </Cell>
    </Section>
  );
}
