/**
 * An article's dateline and edition date from its stored fields (docs/datelines.md): pure, so the
 * write hook and the admin preview give the same answer.
 */
import { formatDateline, type DatelineStyle } from './dateline';
import { calendarDate, resolveTimeZone } from './time-zone';

export interface DatingFields {
  datelineCity?: string | null;
  datelineCountry?: string | null;
  datelineTimeZone?: string | null;
  agency?: string | null;
  datelineLocked?: boolean | null;
  dateline?: string | null;
  firstPublishedAt?: string | Date | null;
}

export interface DatingSettings {
  datelineStyle: DatelineStyle;
  editionTimeZone: string;
}

export interface ArticleDating {
  /** null when there is no city (docs/datelines.md); the editor's text when locked. */
  dateline: string | null;
  /** 'YYYY-MM-DD' of firstPublishedAt in the edition time zone; null until the first publish. */
  editionDate: string | null;
}

/** A draft that was never published is dated `now` (docs/datelines.md). */
export function dateArticle(
  fields: DatingFields,
  settings: DatingSettings,
  now: Date
): ArticleDating {
  const published = fields.firstPublishedAt ? new Date(fields.firstPublishedAt) : null;
  const editionDate = published ? calendarDate(published, settings.editionTimeZone) : null;
  if (fields.datelineLocked) return { dateline: fields.dateline ?? null, editionDate };

  const timeZone = resolveTimeZone({
    timeZone: fields.datelineTimeZone,
    city: fields.datelineCity,
    country: fields.datelineCountry,
    fallback: settings.editionTimeZone,
  });
  const dateline = formatDateline({
    city: fields.datelineCity,
    country: fields.datelineCountry,
    timeZone,
    date: published ?? now,
    agency: fields.agency,
    style: settings.datelineStyle,
  });
  return { dateline: dateline || null, editionDate };
}
