import { useCallback, useEffect, useState } from 'react';

import { readApiProblem } from '../api/errors';
import type { CorrectionKind, CorrectionNote } from '../api/types';
import { useNewsroomApi, type ArticleInLocale } from '../api/use-newsroom-api';

/**
 * The side panel's correction notes (docs/corrections.md): the article's list, newest first, and
 * adding one. The server checks the note (an article never published gets its 400 message here).
 */
export function useCorrectionNotes(article: ArticleInLocale) {
  const api = useNewsroomApi();
  const { documentId, locale } = article;
  const [notes, setNotes] = useState<CorrectionNote[]>([]);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const reload = useCallback(async () => {
    try {
      setNotes(await api.notes({ documentId, locale }));
    } catch (failure) {
      setError(readApiProblem(failure).message);
    }
  }, [api, documentId, locale]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Adds a note; true when the server took it. */
  async function add(kind: CorrectionKind, text: string): Promise<boolean> {
    setSaving(true);
    setError(undefined);
    try {
      await api.addNote({ documentId, locale }, kind, text);
      await reload();
      return true;
    } catch (failure) {
      setError(readApiProblem(failure).message);
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { notes, error, saving, add };
}
