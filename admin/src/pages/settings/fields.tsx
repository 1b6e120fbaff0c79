import { Field, NumberInput, TextInput, Textarea, Toggle } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/get-translation';

interface InputProps<Value> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  disabled: boolean;
  value: Value;
  onChange(value: Value): void;
}

type TextChange = React.ChangeEvent<HTMLInputElement>;

type FrameProps = Pick<InputProps<unknown>, 'name' | 'label' | 'hint' | 'error'>;

/** The label, hint and error around one input, as every field of the settings page shows them. */
function LabelledField({
  name,
  label,
  hint,
  error,
  children,
}: FrameProps & React.PropsWithChildren) {
  return (
    <Field.Root name={name} error={error} hint={hint}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

export function TextField({ disabled, value, onChange, ...frame }: InputProps<string>) {
  return (
    <LabelledField {...frame}>
      <TextInput
        value={value}
        disabled={disabled}
        onChange={(event: TextChange) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

export function TextareaField({ disabled, value, onChange, ...frame }: InputProps<string>) {
  return (
    <LabelledField {...frame}>
      <Textarea
        value={value}
        disabled={disabled}
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      />
    </LabelledField>
  );
}

/** A number kept as its text, so a half-typed value is not lost; empty is ''. */
export function NumberField({ disabled, value, onChange, ...frame }: InputProps<string>) {
  return (
    <LabelledField {...frame}>
      <NumberInput
        value={value === '' ? undefined : Number(value)}
        disabled={disabled}
        onValueChange={(next: number | undefined) =>
          onChange(next === undefined ? '' : String(next))
        }
      />
    </LabelledField>
  );
}

type ToggleProps = Omit<InputProps<boolean>, 'value'> & { checked: boolean };

export function ToggleField({ name, label, checked, disabled, onChange }: ToggleProps) {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        checked={checked}
        disabled={disabled}
        onLabel={formatMessage({ id: getTranslation('settings.on'), defaultMessage: 'On' })}
        offLabel={formatMessage({ id: getTranslation('settings.off'), defaultMessage: 'Off' })}
        onChange={(event: TextChange) => onChange(event.target.checked)}
      />
    </Field.Root>
  );
}
