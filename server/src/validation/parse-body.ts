import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { describeIssues } from '../config/schema';
import { jsonPath } from './json-path';

/**
 * A 400 in Strapi's error shape naming each bad field, or the typed body. `at` places the body
 * inside a larger document (a ninjs document is the request's `ninjs`), so paths name it from the top.
 */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  at: readonly string[] = []
): z.infer<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues = describeIssues(result.error).map(({ path, message }) => {
    const full = [...at, ...path];
    return {
      path: full,
      message: `${jsonPath(full) || '(body)'}: ${message.replace(/^[^:]*: /, '')}`,
    };
  });
  throw new errors.ValidationError(issues.map((issue) => issue.message).join('; '), {
    errors: issues.map((issue) => ({
      path: issue.path,
      message: issue.message,
      name: 'ValidationError',
    })),
  });
}
