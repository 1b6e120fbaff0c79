import { Box, Typography } from '@strapi/design-system';

import { useCorrectionNotes } from '../../hooks/use-correction-notes';
import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { AddCorrectionNote } from './AddCorrectionNote';
import { CorrectionNoteList } from './CorrectionNoteList';

/**
 * The side panel's "Corrections and updates" (docs/corrections.md): the notes readers see, and a
 * new one added without leaving the edit view. Notes belong to published articles.
 */
export function CorrectionNotes({ documentId, locale }: { documentId: string; locale?: string }) {
  const t = useTranslator((id) => getTranslation(`panel.notes.${id}`));
  const { notes, error, saving, add } = useCorrectionNotes({ documentId, locale });
  return (
    <Box data-testid="newsroom-corrections">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('title', 'Corrections and updates')}
      </Typography>
      <Box paddingTop={2} paddingBottom={2}>
        <CorrectionNoteList notes={notes} />
      </Box>
      <AddCorrectionNote saving={saving} error={error} add={add} />
    </Box>
  );
}
