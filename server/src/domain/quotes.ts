/**
 * Quotations and their attribution in an article body (docs/api.md quote, docs/quotes.md).
 * Precision over recall: a quotation whose speaker cannot be read with confidence is
 * left out, because a wrong attribution printed in a quotes column is worse than none.
 */
import { vocabularyFor, type QuoteVocabulary } from './quote-vocabulary';
import { genderOf, type Gender } from './quote-vocabulary/gender';
import {
  countSentenceEnds,
  findQuoteSpans,
  MASK,
  maskQuotes,
  quotedText,
  sentenceEnd,
  sentenceStart,
  type QuoteSpan,
} from './quotes-marks';
import { speakerBeforeUnspaced } from './quotes-speaker-unspaced';
import {
  describedSubject,
  peopleNamed,
  speakerAfter,
  speakerBefore,
  type Speaker,
} from './quotes-speaker';

export type QuoteKind = 'direct' | 'partial';

export interface ExtractedQuote {
  text: string;
  speaker: string;
  speakerTitle: string | null;
  cue: string;
  kind: QuoteKind;
  paragraph: number;
}

/** A reporting verb with its speaker, found in a paragraph whose quoted words are masked. */
interface Attribution {
  /** Start of the whole phrase: the speaker for `X said`, the verb for `said X` / `according to X`. */
  start: number;
  verbStart: number;
  end: number;
  cue: string;
  speaker: Speaker;
  /** `"…," he continued`: a verb that attributes only right after a quotation. */
  afterQuoteOnly: boolean;
  /** `X defended "…," saying …`: the speaker is the sentence's subject, so a quotation just before the verb is not theirs for sure. */
  fromSubject?: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((verb) => escape(verb).replace(/ /gu, '\\s+'))
    .join('|');

interface Cues {
  verbs: RegExp;
  /** Chinese: speakers read by characters, with the locale's pronouns. */
  unspaced: Readonly<Record<string, string>> | null;
  afterQuote: ReadonlySet<string>;
  participles: boolean;
}

const CUES = new WeakMap<QuoteVocabulary, Cues>();

/** One regular expression per vocabulary, built once: every reporting verb, whole words only (except in Chinese). */
function cuesOf(vocabulary: QuoteVocabulary): Cues {
  let cues = CUES.get(vocabulary);
  if (!cues) {
    const words = alternation([...vocabulary.verbs, ...vocabulary.afterQuoteVerbs]);
    const source = vocabulary.unspaced
      ? `(?:${words})`
      : `(?<![\\p{L}\\p{N}'’-])(?:${words})(?![\\p{L}\\p{N}'’-])`;
    cues = {
      verbs: new RegExp(source, 'giu'),
      afterQuote: new Set(vocabulary.afterQuoteVerbs.map((v) => v.toLowerCase())),
      participles: vocabulary === vocabularyFor('en'),
      unspaced: vocabulary.unspaced ? vocabulary.pronouns : null,
    };
    CUES.set(vocabulary, cues);
  }
  return cues;
}
/** How far from a verb a speaker phrase may reach; keeps the work per verb constant. */
const WINDOW = 200;

/** Words before a quotation that make it a name (`the film "Parasite"`), not words spoken. */
const NAMING = new Set(
  `film movie book novel song album series show play documentary opera poem painting exhibition
  article column magazine newspaper campaign operation programme program project initiative app game
  slogan hashtag word term phrase titled entitled called named dubbed so-called nicknamed headlined`.split(
    /\s+/u
  )
);
/** `known as "the Office"`, `known locally as …`, `referred to as …`: a name follows, not words spoken. */
const KNOWN_AS = /\b(?:known|referred\s+to)(?:\s+[\p{L}-]+){0,4}\s+as\s*$/iu;
/** `…, said Grant had …`: the name after the verb is the subject of the reported clause, not the speaker. */
const CLAUSE_FOLLOWS =
  /^\s+(?:is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|did|does|do)(?![\p{L}'’-])/u;

/** `Gov. John Kasich (R-OH)`, `Sen. Claire McCaskill (D-Mo.)`, `Gov. Pat McCrory (R)`: a party tag between a name and its verb. */
const PARTY_TAG = /\s\((?:[DRI]|Dem|Rep|Ind)(?:\s?[-–]\s?[A-Z][A-Za-z.]{1,6})?\)/gu;
/** `Mitch McConnell, R-Ky., said`: the wire's tag between commas; the second comma stays, as after a blanked `(R-Ky.),`. */
const PARTY_TAG_IN_COMMAS = /,\s[DRI]-[A-Z][A-Za-z.]{1,6},/gu;
const blankPartyTags = (text: string): string =>
  text
    .replace(PARTY_TAG, (tag) => ' '.repeat(tag.length))
    .replace(PARTY_TAG_IN_COMMAS, (tag) => `${' '.repeat(tag.length - 1)},`);
/** `… and declared`, `… and then told reporters`: a verb coordinated with the sentence's first one. */
const COORDINATED = /\s(?:and|but)(?:\s+(?:then|later|also|again))?\s+$/u;
/** `he said Wednesday, saying "…"`: a participle whose subject opens the sentence. */
const PARTICIPLE = /ing$/u;
const NAMING_CUE = /^call/u;
/** `Trump is telling …`, `He's claiming …`, `Clinton has been saying …`: the live blog's progressive; the speaker stands before the auxiliary. */
const PROGRESSIVE =
  /(?:\s(?:is|are|was|were|(?:has|have|had)\s+been)|['’]s)(?:\s+(?:also|now|again|still))?\s+$/u;
/** The text before a participle with its auxiliary blanked (same length, so offsets stay). */
const withoutProgressive = (before: string): string =>
  before.replace(PROGRESSIVE, (aux) => ' '.repeat(aux.length));

function findAttributions(masked: string, cues: Cues): Attribution[] {
  const found: Attribution[] = [];
  for (const m of masked.matchAll(cues.verbs)) {
    const verbStart = m.index ?? 0;
    const verbEnd = verbStart + m[0].length;
    const cue = m[0].toLowerCase().replace(/\s+/gu, ' ');
    // `the United States "needs …"`: a capitalised verb is a name's word, unless it opens a sentence.
    if (
      /^\p{Lu}/u.test(m[0]) &&
      masked.slice(sentenceStart(masked, verbStart), verbStart).trim() !== ''
    )
      continue;
    const afterQuoteOnly = cues.afterQuote.has(cue);
    const after = () => speakerAfter(masked.slice(verbEnd, verbEnd + WINDOW));
    if (cue === 'according to') {
      const match = after();
      if (match)
        found.push({
          start: verbStart,
          verbStart,
          end: verbEnd + match.end,
          cue,
          speaker: match.speaker,
          afterQuoteOnly,
        });
      continue;
    }
    const from = Math.max(0, verbStart - WINDOW);
    const before = masked.slice(from, verbStart);
    const participle = cues.participles && PARTICIPLE.test(cue.split(' ')[0]);
    const match = cues.unspaced
      ? speakerBeforeUnspaced(before, cues.unspaced)
      : speakerBefore(participle ? withoutProgressive(before) : before);
    const naming = NAMING_CUE.test(cue);
    // `Officials called it a "success"`: calling names things; only a person's words count.
    if (match && naming && !(match.speaker.person || match.speaker.pronoun)) continue;
    if (match) {
      const lead = leadingWords(before.slice(0, match.start), match.speaker);
      found.push({
        start: from + match.start - lead.length,
        verbStart,
        end: verbEnd,
        cue,
        speaker: lead
          ? {
              ...match.speaker,
              title: [lead.trim(), match.speaker.title].filter(Boolean).join(' '),
            }
          : match.speaker,
        afterQuoteOnly,
      });
      continue;
    }
    // `"…," said X` and `…, said X`: the verb opens the clause and the speaker follows it.
    const previous = before.trimEnd().slice(-1);
    // `…, calling the situation "…"`: after a participle or "called" comes the object, not the speaker.
    const inverted =
      !participle && !naming && (previous === ',' || CLOSING.includes(previous)) && after();
    if (
      inverted &&
      !CLAUSE_FOLLOWS.test(masked.slice(verbEnd + inverted.end, verbEnd + inverted.end + 12))
    ) {
      found.push({
        start: verbStart,
        verbStart,
        end: verbEnd + inverted.end,
        cue,
        speaker: inverted.speaker,
        afterQuoteOnly,
      });
      continue;
    }
    // `Hale returned to the stage and declared, "…"`: a second verb shares the sentence's subject.
    const byParticiple =
      participle && (previous === ',' || /(?:,["”’]|\sby)\s*$/u.test(before.slice(-6)));
    if (byParticiple || COORDINATED.test(before.slice(-24))) {
      const subject = sentenceSubject(masked, verbStart);
      if (subject)
        found.push({
          start: verbStart,
          verbStart,
          end: verbEnd,
          cue,
          speaker: subject,
          afterQuoteOnly,
          fromSubject: true,
        });
    }
  }
  return found;
}

/** Words that start a new clause or refer elsewhere: never part of a speaker's description. */
const NOT_DESCRIPTIVE =
  /^(?:and|but|or|nor|then|while|as|when|because|so|after|before|which|who|that|where|if|though|although|since|until|also|in|on|at|of|for|with|by|to|from|he|she|it|they|we|i|you|his|her|its|their|the|a|an)$/iu;
/**
 * `"…," Harbour police Chief Dan Okoro said`: up to three plain words between a quotation's
 * closing mark and a named person describe that person (here: Harbour police). Returns them with
 * their trailing space, or '' when the speaker does not stand right after a quotation.
 */
function leadingWords(lead: string, speaker: Speaker): string {
  if (!speaker.person) return '';
  // The last 80 characters hold three words and the mark: the pattern is never run over a long lead.
  const m = /[,?!…]['’]?\s*["”»]\s+((?:[\p{L}][\p{L}\p{M}'’.-]*\s+){1,3})$/u.exec(lead.slice(-80));
  if (!m) return '';
  return m[1].split(/\s+/u).some((w) => w !== '' && NOT_DESCRIPTIVE.test(w)) ? '' : m[1];
}

/** Closing marks of every locale: after one, a verb may open the attribution (`"…," said X`). */
const CLOSING = '"”»«“」』';

/** `In an interview on Thursday,`, `Earlier,`: what may stand before a sentence's subject. */
const LEADING_ADVERBIAL =
  /^\s*(?:(?:In|On|At|During|After|Before|Earlier|Later|Last|This|Speaking|Meanwhile|However|Still|Instead|Then|Today|Yesterday)(?![\p{L}'’-])[^,.!?\uE000"“”]{0,80},)/u;

/**
 * The person who opens the sentence holding `at`: `Hillary Clinton immediately posted a comment,
 * saying "…"`. Only a named person or a pronoun followed by a lower-case word (a verb).
 */
function sentenceSubject(masked: string, at: number): Speaker | null {
  const from = sentenceStart(masked, at);
  const whole = masked.slice(from, at);
  // `On Sunday, Mr. Rhodes sought …, saying`: a short time or place phrase before the subject.
  const adverbial = LEADING_ADVERBIAL.exec(whole);
  const lead = adverbial ? whole.slice(adverbial[0].length) : whole;
  const offset = lead.length - lead.trimStart().length;
  const match = speakerAfter(lead.trimStart());
  if (!match) return null;
  if (!match.speaker.person && !match.speaker.pronoun) {
    // A description runs on into the verb (`the Florida senator took …`): its head noun ends it.
    const described = describedSubject(match.speaker);
    return described && !lead.slice(0, offset + match.end).includes(MASK) ? described : null;
  }
  const next = lead.slice(offset + match.end);
  // A quotation earlier in the sentence is no bar (`X defended "Harbour values," saying …`);
  // one inside the subject is: the subject is read from the sentence's first word.
  return /^\s+\p{Ll}/u.test(next) && !lead.slice(0, offset + match.end).includes(MASK)
    ? match.speaker
    : null;
}

/** One body while its quotations are read: raw and masked text, attributions per paragraph. */
interface Body {
  raw: readonly string[];
  masked: readonly string[];
  attributions: readonly Attribution[][];
  people: Map<Attribution, People>;
  /** The locale's third-person pronouns with their gender: "she" is never the man named last. */
  pronouns: Readonly<Record<string, Gender>>;
}

interface People {
  /** The person this attribution names, in full; null for pronouns, groups, organisations, documents. */
  person: Speaker | null;
  /** The people named before this attribution, nearest first (a few). */
  before: readonly Speaker[];
}

interface Attributed {
  attribution: Attribution;
  kind: QuoteKind;
}

function lastWord(text: string): string {
  const words = text.slice(-40).trimEnd().split(/\s+/u);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/** A fragment in Title Case (`told "Reuters"`, `praised "Libya First"`) names something; it is not speech. */
function looksLikeAName(text: string): boolean {
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
 * "he"/"she" as its subject, is someone's words; `a website called "…"` stays a name.
 */
function calledBySomeone(attributions: readonly Attribution[], open: number): boolean {
  return attributions.some(
    (a) =>
      NAMING_CUE.test(a.cue) &&
      a.end <= open &&
      a.end >= open - 3 &&
      (a.speaker.person || a.speaker.pronoun)
  );
}

/** The attribution of one quotation, from the words right after it or before it in its sentence. */
function attribute(
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
    (NAMING.has(lastWord(lead)) && !calledBySomeone(attributions[first.paragraph], open)) ||
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
    const attribution = attributions[last.paragraph].find(
      (a) => a.start === at && a.verbStart < tailEnd && !a.fromSubject
    );
    if (attribution) return { attribution, kind: leadOpensSentence ? 'direct' : 'partial' };
  } else if (leadOpensSentence) {
    const attribution = closingAfterStop(close, tail, tailEnd, attributions[last.paragraph]);
    if (attribution) return { attribution, kind: 'direct' };
  }

  const signed = signature(span, masked) ?? colonLeadIn(lead, leadStart);
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
  if (!nearest) return closingAttribution(span, masked, attributions, tailEnd);
  const between = masked[first.paragraph].slice(nearest.end, open).trim();
  const wholeSentence = tail.replace(/[\s.,!?;]/gu, '') === '';
  const introduces =
    between === ':' ||
    between === '：' ||
    ((between === '' || between === ',') && wholeSentence) ||
    (/[:：]$/u.test(between) && between.length <= 80 && !/[.!?]/u.test(between));
  return { attribution: nearest, kind: introduces ? 'direct' : 'partial' };
}

/** `She continued, "…"`, `The Times reports: "…"`: a verb that attributes only next to a quotation, with just a comma or colon before it. */
const introducesNext = (text: string, attribution: Attribution, open: number): boolean =>
  /^\s*[,:]\s*$/u.test(text.slice(attribution.end, open));

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

/**
 * `Ana Ruiz, Fox News: "…"`: a full name, a comma, an outlet or place in capitalised words and a
 * colon, as interview excerpts are introduced. Nothing else in the sentence before the mark.
 */
function colonLeadIn(lead: string, leadStart: number): Attribution | null {
  const m = COLON_LEAD_IN.exec(lead) ?? NAME_COLON.exec(lead);
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
  const rest = text.slice(attribution.end, tailEnd);
  const quiet = (s: string): boolean => !s.includes(MASK) && !/["“”]/u.test(s);
  if (!gap.trimEnd().endsWith(',') || !quiet(gap) || !quiet(rest) || rest.length > 60) return null;
  return { attribution, kind: 'partial' };
}

const isFullReference = (s: Speaker): boolean =>
  s.person && (s.title !== null || s.name.includes(' '));
const surname = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/**
 * One pass in text order over every attribution: who it names in full, and the nearest
 * person named before it (what "he" or "she" there refers to). "Putin" after "Russian
 * President Vladimir Putin" is the same person and keeps one name; a bare one-word name
 * never introduced in full is no one's referent, since "Gazprom said" reads like "Putin said".
 * People named outside attributions count too (`Senator Ruth Calloway and … traded barbs`),
 * the first of each sentence as the one a later "he" or "she" means.
 */
function resolvePeople(
  attributions: readonly Attribution[][],
  masked: readonly string[]
): Map<Attribution, People> {
  const people = new Map<Attribution, People>();
  const bySurname = new Map<string, Speaker>();
  let recent: Speaker[] = [];
  const meet = (person: Speaker): void => {
    recent = [person, ...recent.filter((p) => p.name !== person.name)].slice(0, RECENT);
  };
  for (let p = 0; p < attributions.length; p++) {
    const paragraph = attributions[p];
    const mentions = mentionsIn(masked[p], paragraph);
    let m = 0;
    /** Sentence (start offset) whose subject already set `nearest`: later names in it are objects. */
    let sentence = -1;
    const mention = ({ speaker, sentence: at }: Mention): void => {
      if (isFullReference(speaker) && !bySurname.has(surname(speaker.name)))
        bySurname.set(surname(speaker.name), speaker);
      const person = at === sentence ? null : referent(speaker, bySurname);
      if (person) {
        meet(person);
        sentence = at;
      }
    };
    for (const a of paragraph) {
      for (; m < mentions.length && mentions[m].start < a.start; m++) mention(mentions[m]);
      // A name later in an attribution's sentence is an object: `Putin said after meeting President X`.
      sentence = sentenceStart(masked[p], a.start);
      const { speaker } = a;
      let person: Speaker | null = null;
      if (isFullReference(speaker)) {
        person = speaker;
        bySurname.set(surname(speaker.name), speaker);
      } else if (speaker.person) {
        const full = bySurname.get(speaker.name);
        person = full
          ? { ...withHonorific(full, speaker), title: speaker.title ?? full.title }
          : null;
      }
      people.set(a, { person, before: recent });
      if (person) meet(person);
    }
    for (; m < mentions.length; m++) mention(mentions[m]);
  }
  return people;
}

/** `in West Harbour`, `of the United States`, `on Castle Hill`: a name after these is a place or a thing. */
const PLACE_PREPOSITION =
  /(?:^|\s)(?:in|at|from|to|across|near|of|on|into|for|against|outside|inside|throughout|the)\s+$/iu;
/** First words of place names and events, which the capitalised-run reading would take for a first name. */
const PLACE_WORDS = new Set(
  'new west east north south united saint san santa los las fort mount lake world rip'.split(' ')
);

/**
 * Whether a name found outside an attribution may be someone "he" or "she" refers to later:
 * a title makes it a person; without one, a place-like first word or a preposition before it
 * ("in West Harbour") does not.
 */
function couldBeAPerson(text: string, start: number, speaker: Speaker): boolean {
  if (speaker.title) return true;
  const first = speaker.name.split(' ')[0].toLowerCase();
  return (
    !PLACE_WORDS.has(first) && !PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start))
  );
}

interface Mention {
  speaker: Speaker;
  start: number;
  /** Start of its sentence: the first person named in a sentence is what "he" or "she" further on most likely means. */
  sentence: number;
}

/**
 * People named outside any attribution: "Senator Ruth Calloway and Governor Mike Hanley
 * traded barbs", "Hanley dismissed the charge." Only a title with a full name introduces
 * someone; a lone surname counts once its full name is known.
 */
function mentionsIn(text: string, attributions: readonly Attribution[]): Mention[] {
  const mentions: Mention[] = [];
  // Names and attributions both run in text order: one pass finds the names inside an attribution.
  const ranges = [...attributions].sort((a, b) => a.start - b.start);
  let r = 0;
  let reach = -1;
  for (const { speaker, start, end } of peopleNamed(text)) {
    for (; r < ranges.length && ranges[r].start < end; r++) reach = Math.max(reach, ranges[r].end);
    if (reach > start || !couldBeAPerson(text, start, speaker)) continue;
    mentions.push({ speaker, start, sentence: sentenceStart(text, start) });
  }
  return mentions;
}

/** The person a mention names: a full reference with a title, or the surname of one named so before. */
function referent(speaker: Speaker, bySurname: ReadonlyMap<string, Speaker>): Speaker | null {
  if (isFullReference(speaker)) return speaker;
  const full = bySurname.get(surname(speaker.name));
  return full && (speaker.name === full.name || !speaker.name.includes(' '))
    ? withHonorific(full, speaker)
    : null;
}

/** "Mrs. Okafor" after "Ada Okafor": the full name, keeping the honorific that tells her gender. */
const withHonorific = (full: Speaker, mention: Speaker): Speaker =>
  mention.honorific && !full.honorific ? { ...full, honorific: mention.honorific } : full;

/** How many people named before an attribution "he" or "she" may reach back to. */
const RECENT = 4;

/**
 * "he"/"she" is the nearest person named before whose gender (a title such as Mrs. or
 * spokeswoman, or a listed first name) does not contradict it; anyone else keeps their
 * words, named in full when known.
 */
function resolveSpeaker(body: Body, at: Attribution): Speaker | null {
  // "his spokesman" says whose only through a reference we do not resolve: too vague to print.
  if (/^(?:his|her|its|their) /u.test(at.speaker.name)) return null;
  const people = body.people.get(at);
  if (!at.speaker.pronoun) return people?.person ?? at.speaker;
  const wanted = body.pronouns[at.speaker.name];
  const referent = people?.before.find((person) => {
    const gender = genderOf(person.name, person.title ?? person.honorific ?? null);
    return !wanted || !gender || gender === wanted;
  });
  return referent ?? null;
}

/**
 * `''We will win,'' she said`: two apostrophes typed for a double mark (old wire systems). Read
 * as one `"`, padded with a space on the outer side so that offsets do not move.
 */
function doubledApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  // `'''`: a single mark nested against the double one (`''He said, 'No.'''`), inside it.
  return text.replace(/'''?/gu, (marks: string, at: number) => {
    const after = text[at + marks.length] ?? '';
    const opens = /[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '');
    if (marks.length === 3) return opens ? ` "'` : `'" `;
    return opens ? ' "' : '" ';
  });
}

/**
 * paragraphs: body paragraphs, index = paragraph number from 0. locale: the article's locale
 * (`fr`, `de-AT`, `zh-CN`…), which picks the quotation marks and reporting verbs; English
 * when missing or unknown. Deterministic; never throws; order = order in the text.
 */
export function extractQuotes(
  paragraphs: readonly string[],
  locale?: string | null
): ExtractedQuote[] {
  const vocabulary = vocabularyFor(locale);
  const raw = Array.isArray(paragraphs)
    ? paragraphs.map((p) => (typeof p === 'string' ? doubledApostrophes(p) : ''))
    : [];
  const spans = findQuoteSpans(raw, vocabulary.marks);
  if (spans.length === 0) return [];
  const masked = maskQuotes(raw, spans).map(blankPartyTags);
  const cues = cuesOf(vocabulary);
  const attributions = masked.map((text) => findAttributions(text, cues));
  const body: Body = {
    raw,
    masked,
    attributions,
    people: resolvePeople(attributions, masked),
    pronouns: vocabulary.pronouns,
  };

  const quotes: ExtractedQuote[] = [];
  let previous = null as {
    quote: ExtractedQuote;
    span: QuoteSpan;
    attribution: Attribution | null;
  } | null;
  for (const span of spans) {
    const text = quotedText(raw, span);
    const found = text === '' ? 'name' : attribute(span, body);
    if (found === 'name' || (found?.kind === 'partial' && looksLikeAName(text))) continue;
    const first = span.ranges[0];
    let quote: ExtractedQuote | null = null;
    if (found) {
      const { attribution, kind } = found;
      if (
        previous?.attribution === attribution &&
        interrupts(previous.span, span, attribution, masked)
      ) {
        // `"The truce," Putin said, "must hold."`: one quotation, interrupted by its attribution.
        previous.quote.text += ` ${text}`;
        previous.span = span;
        continue;
      }
      const speaker = resolveSpeaker(body, attribution);
      if (speaker) {
        quote = {
          text,
          speaker: speaker.name,
          speakerTitle: speaker.title,
          cue: attribution.cue,
          kind,
          paragraph: first.paragraph,
        };
      }
    } else if (
      previous &&
      (continuesPrevious(previous.span, span, masked) ||
        continuesInNextParagraph(previous.span, span, raw, masked))
    ) {
      // `"…," he said. "…"`: a quotation opening the next sentence, or making up the whole next
      // paragraph, is the same speaker's.
      quote = { ...previous.quote, text, kind: 'direct', paragraph: first.paragraph };
    }
    if (quote) {
      quotes.push(quote);
      previous = { quote, span, attribution: found ? found.attribution : null };
    }
  }
  return quotes;
}

/** `"We have the money," Hale told lawmakers, "but not …"`: the attribution, a few words and a comma between two parts. */
function interrupts(
  before: QuoteSpan,
  span: QuoteSpan,
  attribution: Attribution,
  masked: readonly string[]
): boolean {
  const first = span.ranges[0];
  if (before.ranges[before.ranges.length - 1].paragraph !== first.paragraph) return false;
  const between = masked[first.paragraph].slice(attribution.end, first.from - 1).trim();
  return between === ',' || /^[^.!?;:"“”\uE000]{1,60},$/u.test(between);
}

/**
 * Wire copy lets a speaker go on in a paragraph of its own: `"…," she told reporters.` then
 * `"We will not …"`. Only a paragraph that is nothing but the quotation, right after a
 * paragraph whose last sentence holds the earlier quotation.
 */
function continuesInNextParagraph(
  before: QuoteSpan,
  span: QuoteSpan,
  raw: readonly string[],
  masked: readonly string[]
): boolean {
  const end = before.ranges[before.ranges.length - 1];
  const start = span.ranges[0];
  const last = span.ranges[span.ranges.length - 1];
  if (start.paragraph !== end.paragraph + 1) return false;
  const previous = masked[end.paragraph].trimEnd();
  if (countSentenceEnds(previous, end.to, previous.length - 1) > 0) return false;
  const opening = raw[start.paragraph];
  const closing = raw[last.paragraph].trimEnd();
  return (
    opening.length - opening.trimStart().length === start.from - 1 &&
    closing.length === last.to + 1 &&
    /[.!?…]$/u.test(quotedText(raw, span))
  );
}

function continuesPrevious(before: QuoteSpan, span: QuoteSpan, masked: readonly string[]): boolean {
  const end = before.ranges[before.ranges.length - 1];
  const start = span.ranges[0];
  if (end.paragraph !== start.paragraph) return false;
  const text = masked[start.paragraph];
  const open = start.from - 1;
  const leadStart = sentenceStart(text, open);
  return (
    leadStart >= end.to &&
    text.slice(leadStart, open).trim() === '' &&
    countSentenceEnds(text, end.to, open) <= 1
  );
}

/** A quotation's words compared as a reader would: case, spacing and punctuation do not tell two apart. */
function quotationKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The extracted quotes whose words no quote of the editor's already holds (docs/quotes.md): an editor who
 * fixed a generated quote (its speaker's spelling, or a word added) made it theirs, and
 * re-extracting the body must not put the same words back beside it under the old attribution.
 */
export function withoutEditorsQuotations(
  extracted: readonly ExtractedQuote[],
  editorsTexts: readonly string[]
): ExtractedQuote[] {
  const held = editorsTexts.map((text) => ` ${quotationKey(text)} `);
  return extracted.filter((quote) => {
    const words = ` ${quotationKey(quote.text)} `;
    return words.trim() === '' || !held.some((text) => text.includes(words));
  });
}
