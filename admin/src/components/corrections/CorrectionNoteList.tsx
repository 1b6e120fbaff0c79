import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CorrectionNote } from '../../api/types';
import { getTranslation } from '../../utils/get-translation';
import { NOTE_KIND_LABELS } from './note-kinds';

/** The article's notes, newest first, as readers will see them. */
export function CorrectionNoteList({ notes }: { notes: CorrectionNote[] }) {
  const { formatMessage, formatDate } = useIntl();
  if (notes.length === 0)
    return (
      <Typography variant="pi" textColor="neutral600" tag="p">
        {formatMessage({ id: getTranslation('panel.notes.none'), defaultMessage: 'No notes yet' })}
      </Typography>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ol" data-testid="newsroom-notes">
      {notes.map((note) => (
        <Box key={note.documentId} tag="li">
          <Typography variant="pi" fontWeight="bold" tag="p">
            {formatMessage({
              id: getTranslation(`panel.notes.kind.${note.kind}`),
              defaultMessage: NOTE_KIND_LABELS[note.kind],
            })}{' '}
            · {formatDate(note.at, { dateStyle: 'medium', timeStyle: 'short' })}
          </Typography>
          <Typography variant="pi" tag="p">
            {note.text}
          </Typography>
        </Box>
      ))}
    </Flex>
  );
}
