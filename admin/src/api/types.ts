/** What the plugin's admin routes answer (spec §6), as the admin screens read it. */

export type DatelinePreset = 'ap' | 'ap-dated' | 'reuters' | 'xinhua';

export interface NewsroomSettings {
  agency: string;
  datelineStyle: DatelinePreset | { template: string; months: string[] };
  editionTimeZone: string;
  topNews: { size: number };
  slug: { maxLength: number; reserved?: string[] };
  quotes: { autoExtract: boolean };
  publicRead: boolean;
  siteUrl: string;
}

export interface PreviewQuote {
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  cue: string | null;
  kind: string;
  paragraph: number;
}

export interface Preview {
  slug: string;
  dateline: string | null;
  editionDate: string | null;
  quotes: PreviewQuote[];
}

export interface TopNewsItem {
  position: number;
  title: string;
  url: string | null;
  slug: string | null;
  pinned: boolean;
  articleDocumentId: string | null;
}

export interface TopNews {
  date: string;
  locale: string;
  items: TopNewsItem[];
}

export interface ImportedStory {
  article: {
    documentId?: string;
    headline: string;
    deck: string | null;
    slug: string;
    dateline: string | null;
    editionDate: string | null;
    publishedAt?: string | null;
    locale?: string;
  };
  quotes: PreviewQuote[];
  topNews: { title: string; position: number; pinned: boolean }[];
}
