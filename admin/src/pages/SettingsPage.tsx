import { Button, Flex } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';

import { useSettingsForm } from '../hooks/use-settings-form';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/get-translation';
import { useTranslator } from '../utils/use-translator';
import { DatelineSection } from './settings/DatelineSection';
import { FeedsSection } from './settings/FeedsSection';
import { PublishingSection } from './settings/PublishingSection';
import { SlugsSection } from './settings/SlugsSection';

/** Default (English) messages too long to sit in their t() call. */
const SUBTITLE_MESSAGE =
  'House style for datelines, slugs, top news and quotes. Saved settings apply at once, in every process.';

/** Settings → Newsroom (`/admin/settings/newsroom`, docs/admin.md): the README.md#configuration keys, saved through the settings API. */
export function SettingsPage() {
  return (
    <Page.Protect permissions={PERMISSIONS.readSettings}>
      <NewsroomSettings />
    </Page.Protect>
  );
}

function NewsroomSettings() {
  const t = useTranslator((id) => getTranslation(`settings.${id}`));
  const { allowedActions } = useRBAC({ update: PERMISSIONS.updateSettings });
  const { form, loadFailed, errors, saving, set, save } = useSettingsForm();

  if (loadFailed) return <Page.Error />;
  if (!form) return <Page.Loading />;

  const section = { form, errors, set, readOnly: !allowedActions.canUpdate };
  return (
    <Page.Main>
      <Page.Title>{t('title', 'Newsroom settings')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Newsroom settings')}
        subtitle={t('subtitle', SUBTITLE_MESSAGE)}
        primaryAction={
          <Button startIcon={<Check />} onClick={save} loading={saving} disabled={section.readOnly}>
            {t('save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <DatelineSection {...section} />
          <SlugsSection {...section} />
          <PublishingSection {...section} />
          <FeedsSection {...section} />
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}
