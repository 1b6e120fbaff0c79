import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';

import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { DATELINE_PRESETS, type SettingsForm } from '../settings-form';
import { DatelineExample } from './DatelineExample';
import type { SectionProps } from './Section';

type DatelineStyle = SettingsForm['datelineStyle'];

/** The dateline style: a preset or "custom", with the dateline the choice gives, before it is saved. */
export function DatelineStyleField({ form, errors, readOnly, set }: SectionProps) {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  return (
    <>
      <Field.Root name="datelineStyle" error={errors.datelineStyle}>
        <Field.Label>{t('datelineStyle', 'Dateline style')}</Field.Label>
        <SingleSelect
          value={form.datelineStyle}
          disabled={readOnly}
          onChange={(value: string | number) =>
            set('datelineStyle', String(value) as DatelineStyle)
          }
        >
          {[...DATELINE_PRESETS, 'custom' as const].map((style) => (
            <SingleSelectOption key={style} value={style}>
              {t(`datelineStyle.${style}`, style)}
            </SingleSelectOption>
          ))}
        </SingleSelect>
        <Field.Error />
      </Field.Root>
      <DatelineExample form={form} agency={form.agency} />
    </>
  );
}
