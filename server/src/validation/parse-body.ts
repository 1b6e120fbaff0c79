import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { describeIssues } from '../config/schema';

/** A 400 in Strapi's error shape naming each bad field, or the typed body. */
export function parseBody<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown
): z.infer<Schema> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const issues = describeIssues(result.error);
  throw new errors.ValidationError(issues.map((issue) => issue.message).join('; '), {
    errors: issues.map((issue) => ({
      path: issue.path,
      message: issue.message,
      name: 'ValidationError',
    })),
  });
}
