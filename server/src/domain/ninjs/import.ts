/**
 * An IPTC ninjs text item → the story structure the text import produces (domain/story.ts), so both
 * go through one import pipeline (docs/ninjs.md). Pure; never throws: a document the article
 * cannot hold is an error naming the JSON path of the value at fault.
 */
import type { NinjsInput } from '../../validation/ninjs';
import { bodyToParagraphs, collapseWhitespace } from '../paragraphs';
import { MAX_PARAGRAPHS, type ParsedStory, type StoryMeta } from '../story';
import { DECK_ROLE, LOCATED_REL } from './export';
import { htmlToBlocks } from './html-to-blocks';

export interface NinjsError {
  /** From the ninjs document's root, e.g. ['descriptions', 0, 'value']. */
  path: (string | number)[];
  message: string;
}

export type NinjsImportResult = { ok: true; story: ParsedStory } | { ok: false; error: NinjsError };

/** The article columns' lengths (content-types/article/schema.json). */
const MAX_DECK = 500;
const MAX_PLACE = 60;

/** The description roles read as a deck, best first; a description without a role comes after them. */
const DECK_ROLES = [DECK_ROLE, 'lead', 'summary', 'abstract', 'standfirst'];

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|body_xhtml)\b/i;
const PLAIN_TYPES = /^text\/plain\b/i;

type TextItem = { role?: string; contentType?: string; value: string };

function indexOfRole(items: readonly TextItem[], roles: readonly string[]): number {
  for (const role of roles) {
    const index = items.findIndex((item) => item.role?.toLowerCase() === role);
    if (index >= 0) return index;
  }
  return -1;
}

function pickHeadline(headlines: readonly TextItem[]): string {
  const main = indexOfRole(headlines, ['main']);
  return collapseWhitespace(headlines[main >= 0 ? main : 0].value);
}

function pickDeck(descriptions: readonly TextItem[] = []): NinjsError | string | null {
  let index = indexOfRole(descriptions, DECK_ROLES);
  if (index < 0) index = descriptions.findIndex((description) => description.role === undefined);
  if (index < 0) return null;
  const deck = collapseWhitespace(descriptions[index].value);
  if (Array.from(deck).length > MAX_DECK)
    return {
      path: ['descriptions', index, 'value'],
      message: `a deck is at most ${MAX_DECK} characters`,
    };
  return deck || null;
}

/**
 * The body as blocks: the first HTML body (the richest), else the first plain-text one, one
 * paragraph a line as in a text story. NITF and other XML bodies are not read.
 */
function pickBody(
  bodies: readonly TextItem[] = []
): NinjsError | { blocks: ParsedStory['blocks'] } {
  let index = bodies.findIndex((body) => HTML_TYPES.test(body.contentType ?? ''));
  let blocks: Record<string, unknown>[];
  if (index >= 0) blocks = htmlToBlocks(bodies[index].value);
  else {
    index = bodies.findIndex((body) => !body.contentType || PLAIN_TYPES.test(body.contentType));
    if (index < 0) return { blocks: [] };
    blocks = bodyToParagraphs(bodies[index].value).map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', text }],
    }));
  }
  if (blocks.length > MAX_PARAGRAPHS)
    return {
      path: ['bodies', index, 'value'],
      message: `a body may have at most ${MAX_PARAGRAPHS} paragraphs`,
    };
  return { blocks };
}

/** "Grossetto, Italy" → city and country; our own export writes the city alone and the country in `places`. */
function pickPlace(ninjs: NinjsInput): NinjsError | Pick<StoryMeta, 'city' | 'country'> {
  const place = ninjs.places?.find((candidate) => candidate.rel === LOCATED_REL)?.name;
  const located = ninjs.located ?? place;
  if (!located) return {};
  const [city, ...rest] = located.split(',').map(collapseWhitespace);
  const placeCountry =
    place?.includes(',') && collapseWhitespace(place.split(',')[0]) === city
      ? collapseWhitespace(place.slice(place.indexOf(',') + 1))
      : '';
  const country = rest.join(', ') || placeCountry;
  const path = ninjs.located !== undefined ? ['located'] : ['places'];
  if (Array.from(city).length > MAX_PLACE || Array.from(country).length > MAX_PLACE)
    return { path, message: `a dateline city or country is at most ${MAX_PLACE} characters` };
  return { ...(city && { city }), ...(country && { country }) };
}

function names(items: NinjsInput['subjects']): string[] {
  const all = (items ?? []).map((item) => collapseWhitespace(item.name ?? item.literal ?? ''));
  return [...new Set(all.filter(Boolean))];
}

export function ninjsToStory(ninjs: NinjsInput): NinjsImportResult {
  const deck = pickDeck(ninjs.descriptions);
  if (deck !== null && typeof deck === 'object') return { ok: false, error: deck };
  const body = pickBody(ninjs.bodies);
  if ('path' in body) return { ok: false, error: body };
  const place = pickPlace(ninjs);
  if ('path' in place) return { ok: false, error: place };

  const firstCreated = ninjs.firstCreated ?? ninjs.firstcreated;
  const byline = collapseWhitespace(ninjs.by ?? ninjs.byline ?? '');
  const tags = names(ninjs.subjects);
  const [section] = names(ninjs.genres);
  const meta: StoryMeta = {
    ...place,
    ...(firstCreated && { date: new Date(firstCreated) }),
    ...(byline && { byline }),
    ...(section && { section }),
    ...(tags.length > 0 && { tags }),
    ...(ninjs.language && { locale: ninjs.language }),
  };
  return {
    ok: true,
    story: {
      headline: pickHeadline(ninjs.headlines),
      deck,
      paragraphs: bodyToParagraphs(body.blocks),
      blocks: body.blocks,
      topNews: [],
      meta,
    },
  };
}
