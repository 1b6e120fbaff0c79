/**
 * Google News wants the publication's language as an ISO 639 code (2 or 3 letters), except Chinese:
 * `zh-cn` for Simplified, `zh-tw` for Traditional (its news sitemap schema allows exactly
 * `zh-cn|zh-tw|[a-z]{2,3}`). Strapi locales are BCP 47 tags: `en`, `en-GB`, `zh-Hans`, `zh-TW`.
 */
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)(-|$)/;

export function googleNewsLanguage(locale: string): string {
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  const primary = tag.split('-')[0];
  if (primary === 'zh') return TRADITIONAL_CHINESE.test(tag) ? 'zh-tw' : 'zh-cn';
  if (/^[a-z]{2,3}$/.test(primary)) return primary;
  throw new RangeError(`"${locale}" has no ISO 639 language code`);
}
