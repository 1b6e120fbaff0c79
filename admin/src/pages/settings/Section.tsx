import { Box, Flex, Grid, Typography } from '@strapi/design-system';

import type { SetSetting, SettingsErrors } from '../../hooks/use-settings-form';
import type { SettingsForm } from '../settings-form';

/** What each section of the settings page edits. */
export interface SectionProps {
  form: SettingsForm;
  errors: SettingsErrors;
  readOnly: boolean;
  set: SetSetting;
}

/** The form's keys edited as free text (text and number inputs alike keep their value as text). */
type TextKey = {
  [K in keyof SettingsForm]: string extends SettingsForm[K] ? K : never;
}[keyof SettingsForm];
type ToggleKey = {
  [K in keyof SettingsForm]: SettingsForm[K] extends boolean ? K : never;
}[keyof SettingsForm];

/** What a text or number field of one key takes from its section: name, value, error, setter. */
export function textInputOf({ form, errors, readOnly, set }: SectionProps, key: TextKey) {
  return {
    name: key,
    value: form[key],
    error: errors[key],
    disabled: readOnly,
    onChange: (value: string) => set(key, value),
  };
}

/** What a toggle of one key takes from its section. */
export function toggleOf({ form, readOnly, set }: SectionProps, key: ToggleKey) {
  return {
    name: key,
    checked: form[key],
    disabled: readOnly,
    onChange: (value: boolean) => set(key, value),
  };
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="filterShadow"
      paddingTop={6}
      paddingBottom={6}
      paddingLeft={7}
      paddingRight={7}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {title}
        </Typography>
        <Grid.Root gap={5}>{children}</Grid.Root>
      </Flex>
    </Box>
  );
}

/** A grid cell of the section: half the width (`col={6}`) or all of it. */
export function Cell({ col = 6, children }: { col?: 6 | 12; children: React.ReactNode }) {
  return (
    <Grid.Item col={col} s={col === 6 ? 12 : undefined} direction="column" alignItems="stretch">
      {children}
    </Grid.Item>
  );
}
