import { Box, Grid } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';

import { useStoryImport } from '../hooks/use-story-import';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/get-translation';
import { useTranslator } from '../utils/use-translator';
import { ImportResult } from './import/ImportResult';
import { StoryInput } from './import/StoryInput';

/** Default (English) messages too long to sit in their t() call. */
const SUBTITLE_MESSAGE =
  'Paste a wire story or upload its text file: preview what the newsroom will store, then create it.';

/** The plugin's page (`/admin/plugins/newsroom`, docs/admin.md): "Import story" — paste or upload, preview, create. */
export function ImportPage() {
  return (
    <Page.Protect permissions={PERMISSIONS.importStories}>
      <ImportStory />
    </Page.Protect>
  );
}

function ImportStory() {
  const t = useTranslator((id) => getTranslation(`import.${id}`));
  const storyImport = useStoryImport();
  return (
    <Page.Main>
      <Page.Title>{t('title', 'Import story')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Import story')}
        subtitle={t('subtitle', SUBTITLE_MESSAGE)}
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <StoryInput {...storyImport} />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Box
              background="neutral0"
              hasRadius
              shadow="filterShadow"
              padding={6}
              data-testid="newsroom-import-result"
            >
              <ImportResult outcome={storyImport.outcome} />
            </Box>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
