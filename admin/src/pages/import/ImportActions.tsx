import { Button, Flex } from '@strapi/design-system';
import { Eye, Upload } from '@strapi/icons';

import type { ImportAction, ImportOutcome } from '../../hooks/use-story-import';
import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';

interface ImportActionsProps {
  text: string;
  busy: ImportAction | undefined;
  outcome: ImportOutcome;
  run(action: ImportAction): void;
  upload(file: File | undefined): void;
}

/** Upload a file; preview; then, once previewed, create the article as a draft or published. */
export function ImportActions({ text, busy, outcome, run, upload }: ImportActionsProps) {
  const t = useTranslator((id) => getTranslation(`import.${id}`));
  const unpreviewed = outcome.kind !== 'preview' || busy !== undefined;
  return (
    <Flex gap={2} wrap="wrap">
      <Button
        variant="tertiary"
        startIcon={<Upload />}
        tag="label"
        htmlFor="newsroom-story-file"
        style={{ cursor: 'pointer' }}
      >
        {t('upload', 'Upload a file')}
        <input
          id="newsroom-story-file"
          type="file"
          accept=".txt,text/plain"
          hidden
          onChange={(event) => upload(event.target.files?.[0])}
        />
      </Button>
      <Button
        variant="secondary"
        startIcon={<Eye />}
        disabled={!text.trim() || busy !== undefined}
        loading={busy === 'preview'}
        onClick={() => run('preview')}
      >
        {t('preview', 'Preview')}
      </Button>
      <Button
        variant="secondary"
        disabled={unpreviewed}
        loading={busy === 'draft'}
        onClick={() => run('draft')}
      >
        {t('createDraft', 'Create draft')}
      </Button>
      <Button disabled={unpreviewed} loading={busy === 'publish'} onClick={() => run('publish')}>
        {t('publish', 'Create and publish')}
      </Button>
    </Flex>
  );
}
