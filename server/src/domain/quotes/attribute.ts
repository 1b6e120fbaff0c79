/** Which attribution, if any, a quotation belongs to: after it, before it, or around it. */
import { NAMING_CUE } from './attributions';
import { WINDOW } from './cues';
import { MASK, type QuoteSpan, quotedText } from './marks';
import { sentenceEnd, sentenceStart } from './sentences';
import { isBody, speakerAfter, type Speaker } from './speaker';
import type { Attributed, Attribution, Body } from './types';

/** Words before a quotation that make it a name (`the film "Parasite"`), not words spoken. */
const NAMING = new Set(
  `word term phrase slogan hashtag titled entitled called named dubbed so-called nicknamed headlined`.split(
    /\s+/u
  )
);
/**
 * Works and undertakings: `the film "Parasite"` is a name, but `expects the campaign "to
 * continue calling out bias"` is words spoken, with the noun as their object. A name starts
 * with a capital or is short.
 */
const WORKS = new Set(
  `film movie book novel song album series show play documentary opera poem painting exhibition
  article column magazine newspaper campaign operation programme program project initiative app game`.split(
    /\s+/u
  )
);
const isSentenceLike = (text: string): boolean =>
  /^\p{Ll}/u.test(text) && text.split(' ').length >= 3;
/** `known as "the Office"`, `known locally as …`, `referred to as …`: a name follows, not words spoken. */
const KNOWN_AS = /\b(?:known|referred\s+to)(?:\s+[\p{L}-]+){0,4}\s+as\s*$/iu;

function lastWord(text: string): string {
  const words = text.slice(-40).trimEnd().split(/\s+/u);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** A fragment in Title Case (`told "Reuters"`, `praised "Libya First"`) names something; it is not speech. */
export function looksLikeAName(text: string): boolean {
  const words = text.split(' ');
  // "the Office", "the Wall of Madrid": a nickname keeps its article in lower case.
  const opening =
    /^\p{Lu}/u.test(words[0]) ||
    (/^(?:the|a|an)$/u.test(words[0]) && words.length > 1 && /^\p{Lu}/u.test(words[1]));
  return (
    opening &&
    words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|an|and|in|on|at|for|to)$/u.test(w))
  );
}

/**
 * `what Mr. Abebe called "the old model"`: "called" right before the mark, with a person or
 * "he"/"she" as its subject, or after "what" (`what it called "…"`), is someone's words; `a
 * website called "…"` stays a name.
 */
function calledBySomeone(
  text: string,
  attributions: readonly Attribution[],
  open: number
): boolean {
  return attributions.some(
    (a) =>
      NAMING_CUE.test(a.cue) &&
      a.end <= open &&
      a.end >= open - 3 &&
      (a.speaker.person ||
        a.speaker.pronoun ||
        /\bwhat\s+$/u.test(text.slice(a.start - 6, a.start)))
  );
}

/** The attribution of one quotation, from the words right after it or before it in its sentence. */
export function attribute(
  span: QuoteSpan,
  { raw, masked, attributions }: Body
): Attributed | null | 'name' {
  const first = span.ranges[0];
  const last = span.ranges[span.ranges.length - 1];
  const open = first.from - 1;
  const close = last.to;
  const leadStart = sentenceStart(masked[first.paragraph], open);
  const lead = masked[first.paragraph].slice(leadStart, open);
  if (
    (NAMING.has(lastWord(lead)) &&
      !calledBySomeone(masked[first.paragraph], attributions[first.paragraph], open)) ||
    (WORKS.has(lastWord(lead)) && !isSentenceLike(quotedText(raw, span))) ||
    KNOWN_AS.test(lead)
  )
    return 'name';
  const tailEnd = sentenceEnd(masked[last.paragraph], close + 1);
  const tail = masked[last.paragraph].slice(close + 1, tailEnd);
  const leadOpensSentence = lead.trim() === '' || lead.trimEnd().endsWith(':');

  // `"…," X said` / `"…?" she asked` / `… "fragment", the statement said`: the speaker follows at once.
  const lastChar = raw[last.paragraph]
    .slice(Math.max(0, close - 20), close)
    .replace(/[\s'’‘]+$/u, '')
    .slice(-1);
  if ((lastChar !== '' && ',?!…—–-'.includes(lastChar)) || tail.trimStart().startsWith(',')) {
    const at = close + 1 + (tail.length - tail.replace(/^[\s,]+/u, '').length);
    const text = masked[last.paragraph];
    const attribution = attributions[last.paragraph].find(
      (a) => startsAt(text, a, at) && a.verbStart < tailEnd && !a.fromSubject
    );
    if (attribution) return { attribution, kind: leadOpensSentence ? 'direct' : 'partial' };
  } else if (leadOpensSentence) {
    const attribution = closingAfterStop(close, tail, tailEnd, attributions[last.paragraph]);
    if (attribution) return { attribution, kind: 'direct' };
  }

  const signed =
    signature(span, masked) ??
    colonLeadIn(
      lead,
      leadStart,
      attributions[first.paragraph].some((a) => a.start >= leadStart && a.end <= open)
    );
  if (signed) return { attribution: signed, kind: 'direct' };

  // `X said: "…"` / `X said "…"` (direct) and `X said … "fragment" …` (partial). The nearest
  // verb governs a fragment: `"Yes," Putin said, while Erdogan said it was "a first step"`.
  const inLead = attributions[first.paragraph].filter(
    (a) =>
      a.start >= leadStart &&
      a.end <= open &&
      (!a.afterQuoteOnly || introducesNext(masked[first.paragraph], a, open))
  );
  const nearest = inLead[inLead.length - 1];
  if (!nearest)
    return (
      closingAttribution(span, masked, attributions, tailEnd) ??
      introducedAbove(span, masked, attributions)
    );
  const between = masked[first.paragraph].slice(nearest.end, open).trim();
  const wholeSentence = tail.replace(/[\s.,!?;]/gu, '') === '';
  const introduces =
    between === ':' ||
    between === '：' ||
    ((between === '' || between === ',') && wholeSentence) ||
    (/[:：]$/u.test(between) && between.length <= 80 && !/[.!?]/u.test(between));
  return { attribution: nearest, kind: introduces ? 'direct' : 'partial' };
}

/**
 * Whether an attribution's phrase starts at `at`, right after a quotation: a named person's
 * phrase may keep out the possessive before it (`"…," his friend Mahamat Oumar told …`), and any
 * phrase the "as" before it (`"…," as a Homeland Security memo put it`).
 */
const startsAt = (text: string, a: Attribution, at: number): boolean =>
  a.start === at ||
  (a.start > at && /^as\s+$/u.test(text.slice(at, a.start))) ||
  (a.speaker.person && a.start > at && /^(?:his|her|their|its)\s+$/u.test(text.slice(at, a.start)));

const speaks = (speaker: Speaker): boolean => speaker.person || speaker.pronoun || isBody(speaker);

/**
 * `She continued, "…"`, `The Times reports: "…"`: a verb that attributes only next to a
 * quotation, with just a comma or colon before it; or one whose clause opens with "that" (`The
 * Post reports that her team … "…"`), which only a report of words has.
 */
const introducesNext = (text: string, attribution: Attribution, open: number): boolean =>
  /^\s*[,:]\s*$/u.test(text.slice(attribution.end, open)) ||
  // `the department which reported "…"`: right before the mark, when someone who speaks reports.
  (text.slice(attribution.end, open).trim() === '' && speaks(attribution.speaker)) ||
  // `reported at the time that …`: a few words of when or where may come before "that".
  /^(?:\s+[\p{L}\p{N}’'-]+){0,4}\s+that\s/u.test(text.slice(attribution.end, attribution.end + 40));

/**
 * `“…the files.” Reyes said.` and `“…a race of niches” Reyes said.`: a whole quoted sentence
 * closed without a comma, then an attribution that is all that is left of the sentence (a
 * short time or place may follow the verb, never a clause of its own).
 */
function closingAfterStop(
  close: number,
  tail: string,
  tailEnd: number,
  attributions: readonly Attribution[]
): Attribution | null {
  const at = close + 1 + (tail.length - tail.trimStart().length);
  if (at === close + 1) return null;
  const attribution = attributions.find(
    (a) => a.start === at && !a.afterQuoteOnly && !a.fromSubject
  );
  if (!attribution || attribution.verbStart >= tailEnd) return null;
  const rest = tail.slice(attribution.end - close - 1);
  return rest.length <= 40 && !/[\uE000"“”]|\bthat\b/u.test(rest) ? attribution : null;
}

const COLON_LEAD_IN = /^(\s*)([^,:]+),\s+((?:\p{Lu}[\p{L}.&'’-]*\s*){1,4}):\s*$/u;
/** `HEADLINE - Jeffrey M. Jones: "…"`, `More from Jones: "…"`: a name alone before the colon, as digests quote. */
const NAME_COLON =
  /^(.*?(?:^|\s[-–—]\s+|(?:^|\s)(?:More\s+from|From)\s+))((?:\p{Lu}[\p{L}.'’-]*\s*){2,4}):\s*$/u;
/** `Republican pollster Daron Shaw: "…"`: a whole sentence that is a titled name and a colon. */
const TITLED_NAME_COLON = /^(\s*)(\p{Lu}[\p{L}.'’ -]{3,80}):\s*$/u;

/**
 * `Ana Ruiz, Fox News: "…"`: a full name, a comma, an outlet or place in capitalised words and a
 * colon, as interview excerpts are introduced; or a titled full name alone before the colon
 * (`Republican pollster Daron Shaw: "…"`). Nothing else in the sentence before the mark.
 */
function colonLeadIn(lead: string, leadStart: number, hasVerb: boolean): Attribution | null {
  // `Said Ellis: "…"`: a lead with a verb of its own is read by the verb's rules.
  const m =
    COLON_LEAD_IN.exec(lead) ??
    NAME_COLON.exec(lead) ??
    (hasVerb ? null : TITLED_NAME_COLON.exec(lead));
  if (!m) return null;
  const name = speakerAfter(m[2]);
  if (
    !name?.speaker.person ||
    !name.speaker.name.includes(' ') ||
    name.end !== m[2].trimEnd().length
  )
    return null;
  const start = leadStart + m[1].length;
  return {
    start,
    verbStart: start + m[0].length - m[1].length - 1,
    end: leadStart + lead.length,
    cue: ':',
    speaker: { ...name.speaker, title: name.speaker.title ?? null },
    afterQuoteOnly: false,
  };
}

const SIGNATURE = /^\s*([―—–])\s*/u;

/**
 * `“We are proud.” ― Ana Ruiz`: a quotation signed with a dash and a full name, as readers'
 * or social-media quotes are printed. Only a named person (two words or more) standing alone:
 * nothing but the end of the paragraph, a period or another quotation after the name.
 */
function signature(span: QuoteSpan, masked: readonly string[]): Attribution | null {
  const last = span.ranges[span.ranges.length - 1];
  const text = masked[last.paragraph];
  const after = text.slice(last.to + 1, last.to + 1 + WINDOW);
  const dash = SIGNATURE.exec(after);
  if (!dash) return null;
  const match = speakerAfter(after.slice(dash[0].length));
  if (!match?.speaker.person || match.speaker.title || !match.speaker.name.includes(' '))
    return null;
  const rest = after.slice(dash[0].length + match.end);
  if (!/^(?:\s*$|\.|\s+["“”])/u.test(rest)) return null;
  const at = last.to + 1 + dash.index;
  return {
    start: at,
    verbStart: at,
    end: last.to + 1 + dash[0].length + match.end,
    cue: dash[1],
    speaker: match.speaker,
    afterQuoteOnly: true,
  };
}

const PARTICIPLE_AFTER_COMMA = /,\s+\p{Ll}+ing\s/u;

/**
 * `… "excessive growth" during childhood, the review said.`: an attribution that closes the
 * sentence after a comma governs a fragment earlier in it, when nothing else is quoted between.
 */
function closingAttribution(
  span: QuoteSpan,
  masked: readonly string[],
  attributions: readonly Attribution[][],
  tailEnd: number
): Attributed | null {
  const last = span.ranges[span.ranges.length - 1];
  const text = masked[last.paragraph];
  const close = last.to;
  const attribution = attributions[last.paragraph].find(
    (a) => !a.afterQuoteOnly && a.start > close && a.verbStart < tailEnd
  );
  if (!attribution) return null;
  const gap = text.slice(close + 1, attribution.start);
  // `…, Hollande said Tuesday in Paris, noting "…"`: a participle after a comma starts a clause of its own.
  const clause = text.slice(attribution.end, tailEnd);
  const rest = clause.slice(0, PARTICIPLE_AFTER_COMMA.exec(clause)?.index ?? clause.length);
  const quiet = (s: string): boolean => !s.includes(MASK) && !/["“”]/u.test(s);
  if (!gap.trimEnd().endsWith(',') || !quiet(gap) || !quiet(rest) || rest.length > 60) return null;
  return { attribution, kind: 'partial' };
}

/**
 * `Trump responded with Chicago. He said:` closing one paragraph, the quotation opening the next:
 * the verb and its colon are the last words of the paragraph before.
 */
function introducedAbove(
  span: QuoteSpan,
  masked: readonly string[],
  attributions: readonly Attribution[][]
): Attributed | null {
  const first = span.ranges[0];
  if (first.paragraph === 0 || masked[first.paragraph].slice(0, first.from - 1).trim() !== '')
    return null;
  // Blank lines between paragraphs are no paragraphs.
  let p = first.paragraph - 1;
  while (p > 0 && masked[p].trim() === '') p--;
  const above = masked[p].trimEnd();
  if (!/[:：]$/u.test(above)) return null;
  // `Caddell continued:`, `The Times reports:`: a verb that needs a quotation next to it has one.
  const said = attributions[p].find((a) => above.slice(a.end, -1).trim() === '');
  return said ? { attribution: said, kind: 'direct' } : null;
}
