import { isFetchError } from '@strapi/strapi/admin';

export interface ApiProblem {
  message: string;
  /** Per field, keyed by the joined path ("topNews.size"), as the server's 400 names them. */
  fields: Record<string, string>;
}

/** Reads Strapi's error shape off a failed admin request, so a screen can show it where it belongs. */
export function readApiProblem(error: unknown): ApiProblem {
  if (!isFetchError(error))
    return { message: error instanceof Error ? error.message : String(error), fields: {} };
  const apiError = error.response?.data?.error as
    { message?: string; details?: { errors?: { path: string[]; message: string }[] } } | undefined;
  const fields = Object.fromEntries(
    (apiError?.details?.errors ?? []).map((issue) => [issue.path.join('.'), issue.message])
  );
  return { message: apiError?.message ?? error.message, fields };
}
