/** Reporting verbs with their speakers, found in a paragraph whose quoted words are masked. */
import { type Cues, WINDOW } from './cues';
import { MASK } from './marks';
import { sentenceStart } from './sentences';
import { BOUNDARY, isOrganisation, isTitle } from './speaker/words';
import { speakerBeforeUnspaced } from './speaker-unspaced';
import {
  canSpeak,
  describedSubject,
  isBody,
  mayBeASource,
  speakerAfter,
  speakerBefore,
  type Speaker,
} from './speaker';
import type { Attribution } from './types';

/**
 * `…, said Grant had …`, `… recalled Mr. Obama talking about …`: the name after the verb is the
 * subject of the reported clause, not the speaker.
 */
const CLAUSE_FOLLOWS =
  /^\s+(?:is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|did|does|do|\p{Ll}+ing)(?![\p{L}'’-])/u;

/** `Gov. John Kasich (R-OH)`, `Sen. Claire McCaskill (D-Mo.)`, `Gov. Pat McCrory (R)`: a party tag between a name and its verb. */
const PARTY_TAG = /\s\((?:[DRI]|Dem|Rep|Ind)(?:\s?[-–]\s?[A-Z][A-Za-z.]{1,6})?\)/gu;
/** `Mitch McConnell, R-Ky., said`: the wire's tag between commas; the second comma stays, as after a blanked `(R-Ky.),`. */
const PARTY_TAG_IN_COMMAS = /,\s[DRI]-[A-Z][A-Za-z.]{1,6},/gu;
/** `Johnnie Wilson, of Springfield, Va., said`: a hometown between commas, blanked the same way. */
const HOMETOWN_IN_COMMAS =
  /,\sof\s\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?,/gu;
const blankTo = (keep: string) => (tag: string) => `${' '.repeat(tag.length - keep.length)}${keep}`;
/**
 * `Cambridge, Mass.,`, `Columbus, Ohio,`: the comma between a city and its state (abbreviated as
 * AP does, or one of the eight states AP spells out), made a space.
 */
const CITY_STATE =
  /, (?=(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.,|(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah|New Hampshire|New York|New Jersey|North Carolina|South Carolina|Pennsylvania|Virginia|California|Florida|Michigan|Wisconsin|Massachusetts),)/gu;
/**
 * A paragraph with the asides between a name and its verb blanked (party tags, hometowns) and a
 * city's comma before its state made a space; offsets do not move. Every paragraph is read here:
 * each expression but the first runs only where its first characters stand.
 */
export const blankAsides = (text: string): string => {
  // A letter before the comma: a city's name, not a number or a closing mark.
  let blanked = text.replace(CITY_STATE, (comma: string, at: number) =>
    /\p{L}/u.test(text[at - 1] ?? '') ? '  ' : comma
  );
  if (blanked.includes(' (')) blanked = blanked.replace(PARTY_TAG, blankTo(''));
  if (blanked.includes(', of ')) blanked = blanked.replace(HOMETOWN_IN_COMMAS, blankTo(','));
  return blanked.includes('-') ? blanked.replace(PARTY_TAG_IN_COMMAS, blankTo(',')) : blanked;
};
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:of|the|an?)\s+$/iu;
/** `… and declared`, `… and then told reporters`: a verb coordinated with the sentence's first one. */
const COORDINATED = /\s(?:and|but)(?:\s+(?:then|later|also|again))?\s+$/u;
/** `he said Wednesday, saying "…"`: a participle whose subject opens the sentence. */
const PARTICIPLE = /ing$/u;
export const NAMING_CUE = /^call/u;
const TELLING = /^(?:told|tell|tells|telling)$/u;
/** `Trump is telling …`, `He's claiming …`, `Clinton has been saying …`: the live blog's progressive; the speaker stands before the auxiliary. */
const PROGRESSIVE =
  /(?:\s(?:is|are|was|were|(?:has|have|had)\s+been)|['’]s)(?:\s+(?:also|now|again|still))?\s+$/u;
/** The text before a participle with its auxiliary blanked (same length, so offsets stay). */
const withoutProgressive = (before: string): string =>
  before.replace(PROGRESSIVE, (aux) => ' '.repeat(aux.length));

export function findAttributions(masked: string, cues: Cues): Attribution[] {
  const found: Attribution[] = [];
  for (const m of cues.find(masked)) {
    const verbStart = m.index;
    const verbEnd = verbStart + m.text.length;
    const cue = m.text.toLowerCase().replace(/\s+/gu, ' ');
    // `the United States "needs …"`: a capitalised verb is a name's word, unless it opens a sentence.
    if (
      /^\p{Lu}/u.test(m.text) &&
      masked.slice(sentenceStart(masked, verbStart), verbStart).trim() !== ''
    )
      continue;
    // `the former secretary of state aggressively pushed …`: after "of" or an article, a noun.
    if (NOUN_BEFORE.test(masked.slice(Math.max(0, verbStart - 5), verbStart))) continue;
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
    // `Said Ellis: "…"`: nothing of its sentence before the verb, so no speaker there either.
    const opens = opensSentence(masked, verbStart, m.text);
    const match = opens
      ? null
      : cues.unspaced
        ? speakerBeforeUnspaced(before, cues.unspaced)
        : speakerBefore(participle ? withoutProgressive(before) : before);
    const naming = NAMING_CUE.test(cue);
    // `Officials called it a "success"`: calling names things; only a person's words count,
    // one named or described by a title (`Gary Johnson's doctor is calling him "fit"`), or a
    // body's (`the Association of Flight Attendants called Clinton a "champion"`).
    if (
      match &&
      naming &&
      !(
        match.speaker.person ||
        match.speaker.pronoun ||
        headIsTitle(match.speaker) ||
        namedBody(match.speaker)
      )
    )
      continue;
    // `a lunch counter`, `the phone call`: a cue in its bare form after one thing is a noun.
    if (match && cue === m.text && NOUN_TOO.has(cue) && isOneThing(match.speaker)) continue;
    if (match && !mayBeASource(match.speaker)) continue;
    // `Trump unleashed a series of tweets early Friday saying …`: before a participle, a thing
    // that cannot speak is its object; the sentence's subject speaks (below).
    const object = match && participle && !canSpeak(match.speaker) && !isBody(match.speaker);
    if (match && !object) {
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
          : match.speaker.name === 'it'
            ? (bodyOpening(masked, verbStart) ??
              bodyOpeningBefore(masked, verbStart) ??
              match.speaker)
            : match.speaker,
        afterQuoteOnly,
      });
      continue;
    }
    // `"…," said X` and `…, said X`: the verb opens the clause and the speaker follows it.
    const previous = before.trimEnd().slice(-1);
    // `…, calling the situation "…"`: after a participle or "called" comes the object, not the speaker.
    // `…, told Politico that …`: after "told" comes the listener, never the speaker.
    const inverted =
      !participle &&
      !naming &&
      !TELLING.test(cue) &&
      (previous === ',' || CLOSING.includes(previous) || opens) &&
      after();
    // `…, said the event brought back memories`: a description after the verb is its speaker
    // only when it names someone who speaks (`said a spokesman for the ministry`).
    if (
      inverted &&
      endsThere(
        inverted.speaker,
        masked.slice(verbEnd + inverted.end, verbEnd + inverted.end + 24)
      ) &&
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
      participle && (object || previous === ',' || /(?:,["”’]|\sby)\s*$/u.test(before.slice(-6)));
    if (byParticiple || COORDINATED.test(before.slice(-24))) {
      const subject = clauseSubject(masked, verbStart) ?? sentenceSubject(masked, verbStart);
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
  // `"…," Gilmore said. Fiorina said`: a lower-case word with a period has ended a sentence.
  return m[1].split(/\s+/u).some((w) => NOT_DESCRIPTIVE.test(w) || /^\p{Ll}+\.$/u.test(w))
    ? ''
    : m[1];
}

/** A capitalised verb with nothing before it in its sentence (`… reform. Said Ellis: "…"`). */
const opensSentence = (masked: string, verbStart: number, verb: string): boolean =>
  /^\p{Lu}/u.test(verb) && masked.slice(sentenceStart(masked, verbStart), verbStart).trim() === '';

/**
 * `…, said the event brought back memories of …`: a description read after the verb that runs
 * on into more words (not a clause's or preposition's) was cut short; it names no speaker.
 */
function endsThere(speaker: Speaker, rest: string): boolean {
  if (speaker.person || speaker.pronoun || speaker.title !== null) return true;
  const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(rest);
  return !next || BOUNDARY.has(next[1]);
}
/** `the Association of Flight Attendants`, `the Security Council`: a body by its name, not `a group`. */
const namedBody = (speaker: Speaker): boolean =>
  /^the\s\p{Lu}/u.test(speaker.name) &&
  speaker.name.split(' ').some((word) => /^\p{Lu}/u.test(word) && isOrganisation(word));
/** `a lunch counter`, `a snappy retort`, `a rare note`: verbs that are nouns too, uninflected. */
const NOUN_TOO = new Set(
  `counter call charge comment remark note answer reply claim tweet post report state promise
  pledge joke protest demand boast quip vow shout yell scream whisper snap sigh laugh retort`.split(
    /\s+/u
  )
);
/** A description of one thing that neither speaks nor issues words: `a lunch`, `the phone`. */
const isOneThing = (speaker: Speaker): boolean =>
  !speaker.person &&
  !speaker.pronoun &&
  !canSpeak(speaker) &&
  !isBody(speaker) &&
  !/s$/u.test(speaker.name);
const headIsTitle = (speaker: Speaker): boolean =>
  isTitle(speaker.name.slice(speaker.name.lastIndexOf(' ') + 1));

/** Closing marks of every locale: after one, a verb may open the attribution (`"…," said X`). */
const CLOSING = '"”»«“」』';

/**
 * `Christie blasted Clinton after she attacked the police and blamed …`: a clause opened by a
 * conjunction with its own "he"/"she" before the verb has that subject, not the sentence's.
 */
function clauseSubject(masked: string, at: number): Speaker | null {
  const lead = masked.slice(sentenceStart(masked, at), at);
  const clause = SUBORDINATE_PRONOUN.exec(lead);
  return clause
    ? { name: clause[1].toLowerCase(), title: null, pronoun: true, person: false }
    : null;
}
const SUBORDINATE_PRONOUN =
  /\b(?:after|when|because|while|since|before|until|although|though|if)\s+(he|she)\s+\p{Ll}[^,;:\uE000]*$/u;

/** `The Security Council … pledged sanctions against what it called "…"`: "it" is the body opening its sentence. */
function bodyOpening(masked: string, at: number): Speaker | null {
  const lead = masked.slice(sentenceStart(masked, at), at).trimStart();
  const match = speakerAfter(lead);
  if (!match) return null;
  const subject = match.speaker;
  // `Donald Trump’s campaign is …`: the owner's name, then the body.
  const owned = /['’]s$/u.test(subject.name) && /^\s+(\p{Ll}+)/u.exec(lead.slice(match.end));
  if (owned && isOrganisation(owned[1]))
    return { name: `${subject.name} ${owned[1]}`, title: null, pronoun: false, person: false };
  return !subject.pronoun && !subject.person && isBody(subject) ? subject : null;
}
/** `Trump's campaign is defending the tweets. It's denouncing what it calls …`: the sentence before's. */
function bodyOpeningBefore(masked: string, at: number): Speaker | null {
  const start = sentenceStart(masked, at);
  // "It" must open its own sentence: `It's denouncing`, not `… and it called`.
  if (!/^\s*it\b/iu.test(masked.slice(start, at)) || start < 2) return null;
  return bodyOpening(masked, start - 2);
}

/**
 * `In an interview on Thursday,`, `Earlier,`, `Asked whether Mr. Clinton …,`: what may stand
 * before a sentence's subject, with a second phrase after it (`On Thursday, after remaining
 * neutral,`).
 */
const LEADING_ADVERBIAL =
  /^\s*(?:(?:Meanwhile|However|Still|Instead|Then|Now|Also|To wit|\p{Lu}\p{Ll}{3,}ly(?=,)),?\s+)?(?:(?:\p{Lu}\p{Ll}+ing|In|On|At|By|For|With|Within|Following|Amid|Since|Despite|Throughout|Under|During|After|Before|Earlier|Later|Last|This|Speaking|Asked|Pressed|When\s+(?:asked|pressed)|Today|Yesterday|Back|Hours|Days|Weeks|Months|Years|Moments|Minutes)(?![\p{L}'’-])(?:[^,.!?\uE000"“”]|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|St)\.){0,80},)?(?:\s*(?:after|before|during|despite|following|in|on|at|with|while)\s[^,.!?\uE000"“”]{0,80},)?/u;

/** `Reid, in particular, has been pounding …`: a sentence adverb between commas before the verb. */
const SENTENCE_ADVERB = String.raw`(?:\s*,\s+(?:in particular|meanwhile|however|too|though|for (?:his|her) part|in turn),)?`;
const VERB_NEXT = new RegExp(`^${SENTENCE_ADVERB}\\s+\\p{Ll}`, 'u');
const VERB_NEXT_TITLED = new RegExp(`^${SENTENCE_ADVERB},?\\s+\\p{Ll}`, 'u');

/**
 * The person who opens the sentence holding `at`: `Hillary Clinton immediately posted a comment,
 * saying "…"`. Only a named person or a pronoun followed by a lower-case word (a verb).
 */
export function sentenceSubject(masked: string, at: number): Speaker | null {
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
  // `Hale, her opponent, bemoaned …`: an apposition's closing comma stands before the verb.
  const verbNext = match.speaker.title ? VERB_NEXT_TITLED : VERB_NEXT;
  return verbNext.test(next) && !lead.slice(0, offset + match.end).includes(MASK)
    ? match.speaker
    : null;
}
