import { DEFAULT_SETTINGS, describeIssues, settingsSchema } from './schema';

/**
 * Defaults and the start-time check of `config/plugins.ts` → `newsroom.config`. Strapi merges the
 * user's object over `default` (a deep merge), then calls `validator`; a throw stops Strapi with the
 * message, which names the key.
 */
export default {
  default: DEFAULT_SETTINGS,
  validator(config: unknown) {
    const result = settingsSchema.safeParse(config);
    if (!result.success) {
      const problems = describeIssues(result.error).map((issue) => issue.message);
      throw new Error(`Invalid newsroom plugin config — ${problems.join('; ')}`);
    }
  },
};
