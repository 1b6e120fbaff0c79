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
