import { useDebounce } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

import { readApiProblem } from '../api/errors';
import { useNewsroomApi } from '../api/use-newsroom-api';
import { datelineStyleOf, type SettingsForm } from '../pages/settings-form';

/** A filing the example dateline is written for: the seed story's. */
const EXAMPLE_STORY = {
  headline: 'Example',
  datelineCity: 'Istanbul',
  datelineCountry: 'Turkey',
  firstPublishedAt: '2020-01-08T10:00:00Z',
};

/** The dateline the chosen (unsaved) style gives the seed story, from the server's own rule. */
export function useDatelineExample(form: SettingsForm, agency: string) {
  const api = useNewsroomApi();
  const request = useDebounce(
    JSON.stringify({ ...EXAMPLE_STORY, agency, datelineStyle: datelineStyleOf(form) }),
    300
  );
  const [example, setExample] = useState<{ text: string; failed: boolean }>();

  useEffect(() => {
    const abort = new AbortController();
    api.preview(JSON.parse(request), abort.signal).then(
      (preview) => setExample({ text: preview.dateline ?? '', failed: false }),
      (error) =>
        !abort.signal.aborted && setExample({ text: readApiProblem(error).message, failed: true })
    );
    return () => abort.abort();
  }, [api, request]);

  return example;
}
