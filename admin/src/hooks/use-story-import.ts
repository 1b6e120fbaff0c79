import { useState } from 'react';

import { readApiProblem } from '../api/errors';
import type { ImportedStory } from '../api/types';
import { useNewsroomApi } from '../api/use-newsroom-api';

export type ImportAction = 'preview' | 'draft' | 'publish';

export type ImportOutcome =
  | { kind: 'none' }
  | { kind: 'preview'; story: ImportedStory }
  | { kind: 'created'; story: ImportedStory; published: boolean };

/** The import page's data: the story's text, and a dry run (preview) or a write of it. */
export function useStoryImport() {
  const api = useNewsroomApi();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<ImportAction>();
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'none' });

  async function run(action: ImportAction) {
    setBusy(action);
    setError(undefined);
    try {
      const story = await api.importStory({
        text,
        dryRun: action === 'preview',
        publish: action === 'publish',
      });
      setOutcome(
        action === 'preview'
          ? { kind: 'preview', story }
          : { kind: 'created', story, published: action === 'publish' }
      );
    } catch (failure) {
      const problem = readApiProblem(failure);
      setError(problem.message);
      setOutcome({ kind: 'none' });
    } finally {
      setBusy(undefined);
    }
  }

  /** A new text makes any preview stale. */
  function edit(next: string) {
    setText(next);
    setOutcome({ kind: 'none' });
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setText(await file.text());
    setOutcome({ kind: 'none' });
    setError(undefined);
  }

  return { text, error, busy, outcome, run, edit, upload };
}
