import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useDatelineExample } from '../../hooks/use-dateline-example';
import { getTranslation } from '../../utils/get-translation';
import type { SettingsForm } from '../settings-form';

/** "Example: ISTANBUL, Jan 8 (…) -" under the style select, for the style as chosen, not yet saved. */
export function DatelineExample({ form, agency }: { form: SettingsForm; agency: string }) {
  const { formatMessage } = useIntl();
  const example = useDatelineExample(form, agency);
  return (
    <Box paddingTop={2}>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage({ id: getTranslation('settings.example'), defaultMessage: 'Example:' })}{' '}
      </Typography>
      <Typography
        variant="pi"
        fontWeight="bold"
        textColor={example?.failed ? 'danger600' : 'neutral800'}
        data-testid="newsroom-dateline-example"
      >
        {example?.text ?? '…'}
      </Typography>
    </Box>
  );
}
