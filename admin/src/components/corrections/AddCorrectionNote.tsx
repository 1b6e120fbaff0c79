import {
  Button,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Textarea,
} from '@strapi/design-system';
import { useState } from 'react';

import type { CorrectionKind } from '../../api/types';
import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { NOTE_KIND_LABELS, NOTE_KINDS } from './note-kinds';

interface AddCorrectionNoteProps {
  saving: boolean;
  error?: string;
  add(kind: CorrectionKind, text: string): Promise<boolean>;
}

/** Kind and text of a new note; dated by the server when it is added. */
export function AddCorrectionNote({ saving, error, add }: AddCorrectionNoteProps) {
  const t = useTranslator((id) => getTranslation(`panel.notes.${id}`));
  const [kind, setKind] = useState<CorrectionKind>('correction');
  const [text, setText] = useState('');

  async function submit() {
    if (await add(kind, text)) setText('');
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root name="newsroom-note-kind">
        <Field.Label>{t('kind', 'Kind')}</Field.Label>
        <SingleSelect
          value={kind}
          onChange={(value: string | number) => setKind(value as CorrectionKind)}
        >
          {NOTE_KINDS.map((option) => (
            <SingleSelectOption key={option} value={option}>
              {t(`kind.${option}`, NOTE_KIND_LABELS[option])}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="newsroom-note-text" error={error}>
        <Field.Label>{t('text', 'What changed')}</Field.Label>
        <Textarea
          value={text}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
        />
        <Field.Error />
      </Field.Root>
      <Button variant="secondary" loading={saving} disabled={text.trim() === ''} onClick={submit}>
        {t('add', 'Add note')}
      </Button>
    </Flex>
  );
}
