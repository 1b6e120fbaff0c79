import { useEffect, useState } from 'react';

import { readApiProblem } from '../api/errors';
import type { TopNews } from '../api/types';
import { useNewsroomApi } from '../api/use-newsroom-api';

export type TopNewsState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; topNews: TopNews };

/** Today's top news in the edition time zone, read once. */
export function useTopNews() {
  const api = useNewsroomApi();
  const [state, setState] = useState<TopNewsState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    api.topNews().then(
      (topNews) => current && setState({ status: 'ready', topNews }),
      (error) => current && setState({ status: 'error', message: readApiProblem(error).message })
    );
    return () => {
      current = false;
    };
  }, [api]);

  return state;
}
