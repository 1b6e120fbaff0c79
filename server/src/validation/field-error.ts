import { errors } from '@strapi/utils';

/**
 * Strapi's usual 400 for one bad field: `details.errors[0].path` names it, as Strapi's own
 * validation does, so clients handle the plugin's refusals like any other.
 */
export function fieldError(
  field: string,
  message: string,
  value: unknown,
  details: Record<string, unknown> = {}
) {
  return new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError', value }],
    ...details,
  });
}
