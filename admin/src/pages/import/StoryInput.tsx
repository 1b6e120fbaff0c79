import { Box, Field, Flex, Textarea } from '@strapi/design-system';

import type { useStoryImport } from '../../hooks/use-story-import';
import { getTranslation } from '../../utils/get-translation';
import { useTranslator } from '../../utils/use-translator';
import { ImportActions } from './ImportActions';

/** Default (English) messages too long to sit in their t() call. */
const TEXT_HINT =
  'Optional front matter between --- lines, then the headline, the deck and the paragraphs.';

type StoryInputProps = ReturnType<typeof useStoryImport>;

/** The story's text, typed or pasted, and the buttons that preview and create it. */
export function StoryInput({ text, error, edit, ...actions }: StoryInputProps) {
  const t = useTranslator((id) => getTranslation(`import.${id}`));
  return (
    <Box background="neutral0" hasRadius shadow="filterShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Field.Root name="text" error={error} hint={t('text.hint', TEXT_HINT)}>
          <Field.Label>{t('text', 'Story text')}</Field.Label>
          <Textarea
            value={text}
            rows={18}
            onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => edit(event.target.value)}
          />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <ImportActions text={text} {...actions} />
      </Flex>
    </Box>
  );
}
