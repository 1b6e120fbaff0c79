import type { DatelinePreset, NewsroomSettings, SettingsRequest } from '../api/types';

export const DATELINE_PRESETS: readonly DatelinePreset[] = ['ap', 'ap-dated', 'reuters', 'xinhua'];

/**
 * The settings page's inputs: every README.md#configuration key as an input holds it (numbers and lists as text, so a
 * half-typed value is not lost); `toSettings` turns them back into the `PUT /newsroom/settings` body.
 */
export interface SettingsForm {
  agency: string;
  datelineStyle: DatelinePreset | 'custom';
  customTemplate: string;
  /** Twelve month names, comma-separated. */
  customMonths: string;
  editionTimeZone: string;
  topNewsSize: string;
  slugMaxLength: string;
  /** One reserved word per line (the server answers the built-in list when none is stored). */
  slugReserved: string;
  autoExtractQuotes: boolean;
  publicRead: boolean;
  siteUrl: string;
  articlePath: string;
  feedsPublicationName: string;
  feedsNewsWindowHours: string;
  feedsSize: string;
  feedsMaxAge: string;
  feedsSitemapPageSize: string;
}

/** Which form input shows a server error about a settings key ("topNews.size" → topNewsSize). */
export const INPUT_OF_KEY: Record<string, keyof SettingsForm> = {
  agency: 'agency',
  datelineStyle: 'datelineStyle',
  'datelineStyle.template': 'customTemplate',
  'datelineStyle.months': 'customMonths',
  editionTimeZone: 'editionTimeZone',
  'topNews.size': 'topNewsSize',
  'slug.maxLength': 'slugMaxLength',
  'slug.reserved': 'slugReserved',
  'quotes.autoExtract': 'autoExtractQuotes',
  publicRead: 'publicRead',
  siteUrl: 'siteUrl',
  articlePath: 'articlePath',
  'feeds.publicationName': 'feedsPublicationName',
  'feeds.newsWindowHours': 'feedsNewsWindowHours',
  'feeds.size': 'feedsSize',
  'feeds.maxAge': 'feedsMaxAge',
  'feeds.sitemapPageSize': 'feedsSitemapPageSize',
};

export function toForm(settings: NewsroomSettings): SettingsForm {
  const style = settings.datelineStyle;
  return {
    agency: settings.agency,
    datelineStyle: typeof style === 'string' ? style : 'custom',
    customTemplate: typeof style === 'string' ? '' : style.template,
    customMonths: typeof style === 'string' ? '' : style.months.join(', '),
    editionTimeZone: settings.editionTimeZone,
    topNewsSize: String(settings.topNews.size),
    slugMaxLength: String(settings.slug.maxLength),
    slugReserved: (settings.slug.reserved ?? []).join('\n'),
    autoExtractQuotes: settings.quotes.autoExtract,
    publicRead: settings.publicRead,
    siteUrl: settings.siteUrl,
    articlePath: settings.articlePath,
    feedsPublicationName: settings.feeds.publicationName,
    feedsNewsWindowHours: String(settings.feeds.newsWindowHours),
    feedsSize: String(settings.feeds.size),
    feedsMaxAge: String(settings.feeds.maxAge),
    feedsSitemapPageSize: String(settings.feeds.sitemapPageSize),
  };
}

/** Text that is not a whole number goes to the server as it is, so its 400 names the key. */
const toNumber = (text: string): number | string =>
  /^\s*-?\d+\s*$/.test(text) ? Number(text) : text;

const listOf = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

export function datelineStyleOf(
  form: Pick<SettingsForm, 'datelineStyle' | 'customTemplate' | 'customMonths'>
) {
  return form.datelineStyle === 'custom'
    ? { template: form.customTemplate, months: listOf(form.customMonths, /,/) }
    : form.datelineStyle;
}

export function toSettings(form: SettingsForm): SettingsRequest {
  return {
    agency: form.agency.trim(),
    datelineStyle: datelineStyleOf(form),
    editionTimeZone: form.editionTimeZone.trim(),
    topNews: { size: toNumber(form.topNewsSize) },
    slug: { maxLength: toNumber(form.slugMaxLength), reserved: listOf(form.slugReserved, /[\n,]/) },
    quotes: { autoExtract: form.autoExtractQuotes },
    publicRead: form.publicRead,
    siteUrl: form.siteUrl.trim(),
    articlePath: form.articlePath.trim(),
    feeds: {
      publicationName: form.feedsPublicationName.trim(),
      newsWindowHours: toNumber(form.feedsNewsWindowHours),
      size: toNumber(form.feedsSize),
      maxAge: toNumber(form.feedsMaxAge),
      sitemapPageSize: toNumber(form.feedsSitemapPageSize),
    },
  };
}

/** The input a server error belongs to: "slug.reserved.3" → slugReserved; unknown keys → none. */
export function inputForErrorPath(path: string): keyof SettingsForm | undefined {
  for (let segments = path.split('.'); segments.length > 0; segments = segments.slice(0, -1)) {
    const input = INPUT_OF_KEY[segments.join('.')];
    if (input) return input;
  }
  return undefined;
}
