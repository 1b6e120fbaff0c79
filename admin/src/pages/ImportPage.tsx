import { Box, Button, Field, Flex, Grid, LinkButton, Textarea, Typography } from '@strapi/design-system';
import { Eye, Upload } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';

import { readApiProblem } from '../api/errors';
import type { ImportedStory } from '../api/types';
import { useNewsroomApi } from '../api/use-newsroom-api';
import { PreviewFacts } from '../components/PreviewFacts';
import { PERMISSIONS } from '../permissions';
import { ARTICLE_UID } from '../plugin-id';
import { getTranslation } from '../utils/get-translation';

type Outcome =
  | { kind: 'none' }
  | { kind: 'preview'; story: ImportedStory }
  | { kind: 'created'; story: ImportedStory; published: boolean };

/** The plugin's page (`/admin/plugins/newsroom`, spec §6): "Import story" — paste or upload, preview, create. */
export function ImportPage() {
  return (
    <Page.Protect permissions={PERMISSIONS.importStories}>
      <ImportStory />
    </Page.Protect>
  );
}

function ImportStory() {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(`import.${id}`), defaultMessage }, values);
  const api = useNewsroomApi();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'preview' | 'draft' | 'publish'>();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function run(action: 'preview' | 'draft' | 'publish') {
    setBusy(action);
    setError(undefined);
    try {
      const story = await api.importStory({ text, dryRun: action === 'preview', publish: action === 'publish' });
      setOutcome(action === 'preview' ? { kind: 'preview', story } : { kind: 'created', story, published: action === 'publish' });
    } catch (failure) {
      const problem = readApiProblem(failure);
      setError(problem.message);
      setOutcome({ kind: 'none' });
    } finally {
      setBusy(undefined);
    }
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setText(await file.text());
    setOutcome({ kind: 'none' });
    setError(undefined);
  }

  const created = outcome.kind === 'created';
  return (
    <Page.Main>
      <Page.Title>{t('title', 'Import story')}</Page.Title>
      <Layouts.Header
        title={t('title', 'Import story')}
        subtitle={t('subtitle', 'Paste a wire story or upload its text file: preview what the newsroom will store, then create it.')}
      />
      <Layouts.Content>
        <Grid.Root gap={6}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                <Field.Root
                  name="text"
                  error={error}
                  hint={t('text.hint', 'Optional front matter between --- lines, then the headline, the deck and the paragraphs.')}
                >
                  <Field.Label>{t('text', 'Story text')}</Field.Label>
                  <Textarea
                    value={text}
                    rows={18}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                      setText(event.target.value);
                      setOutcome({ kind: 'none' });
                    }}
                  />
                  <Field.Hint />
                  <Field.Error />
                </Field.Root>
                <Flex gap={2} wrap="wrap">
                  <Button variant="tertiary" startIcon={<Upload />} tag="label" htmlFor="newsroom-story-file" style={{ cursor: 'pointer' }}>
                    {t('upload', 'Upload a file')}
                    <input
                      id="newsroom-story-file"
                      type="file"
                      accept=".txt,text/plain"
                      hidden
                      onChange={(event) => upload(event.target.files?.[0])}
                    />
                  </Button>
                  <Button variant="secondary" startIcon={<Eye />} disabled={!text.trim() || busy !== undefined} loading={busy === 'preview'} onClick={() => run('preview')}>
                    {t('preview', 'Preview')}
                  </Button>
                  <Button variant="secondary" disabled={outcome.kind !== 'preview' || busy !== undefined} loading={busy === 'draft'} onClick={() => run('draft')}>
                    {t('createDraft', 'Create draft')}
                  </Button>
                  <Button disabled={outcome.kind !== 'preview' || busy !== undefined} loading={busy === 'publish'} onClick={() => run('publish')}>
                    {t('publish', 'Create and publish')}
                  </Button>
                </Flex>
              </Flex>
            </Box>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Box background="neutral0" hasRadius shadow="filterShadow" padding={6} data-testid="newsroom-import-result">
              {outcome.kind === 'none' ? (
                <Typography variant="omega" textColor="neutral600">
                  {t('empty', 'Preview the story to see its headline, slug, dateline, quotes and top news before anything is written.')}
                </Typography>
              ) : (
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="sigma" textColor={created ? 'success600' : 'neutral600'}>
                    {created
                      ? outcome.published
                        ? t('published', 'Published')
                        : t('draft', 'Created as a draft')
                      : t('dryRun', 'Preview — nothing written yet')}
                  </Typography>
                  <Box>
                    <Typography variant="beta" tag="h2" data-testid="newsroom-import-headline">
                      {outcome.story.article.headline}
                    </Typography>
                    {outcome.story.article.deck && (
                      <Typography variant="epsilon" textColor="neutral600" tag="p">
                        {outcome.story.article.deck}
                      </Typography>
                    )}
                  </Box>
                  <PreviewFacts
                    slug={outcome.story.article.slug}
                    dateline={outcome.story.article.dateline}
                    editionDate={outcome.story.article.editionDate}
                    quotes={outcome.story.quotes}
                  />
                  <Box>
                    <Typography variant="sigma" textColor="neutral600" tag="h3">
                      {t('topNews', 'Top news pinned for its day ({count})', { count: outcome.story.topNews.length })}
                    </Typography>
                    <Box tag="ol">
                      {outcome.story.topNews.map((item) => (
                        <Typography key={item.position} variant="pi" tag="li">
                          {item.position}. {item.title}
                        </Typography>
                      ))}
                    </Box>
                  </Box>
                  {outcome.kind === 'created' && outcome.story.article.documentId && (
                    <LinkButton
                      tag={RouterLink}
                      to={`/content-manager/collection-types/${ARTICLE_UID}/${outcome.story.article.documentId}`}
                    >
                      {t('open', 'Open the article')}
                    </LinkButton>
                  )}
                </Flex>
              )}
            </Box>
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
}
