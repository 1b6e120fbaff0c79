/** Who each attribution names, and whom "he" or "she" refers to. */
import { type Gender, genderOf } from '../quote-vocabulary/gender';
import { sentenceStart } from './sentences';
import { isAdjectival, isListedFirstName } from './speaker/words';
import { canSpeak, isBody, peopleNamed, type Speaker } from './speaker';
import type { Attribution, Body, People } from './types';

/** A person named so that no company could be meant: a title, a first name, or `Mr.`/`Ms.`. */
const isFullReference = (s: Speaker): boolean =>
  s.person && (s.title !== null || s.name.includes(' ') || s.honorific !== undefined);
const surname = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
const isFirstName = (name: string): boolean => !name.includes(' ') && isListedFirstName(name);

/**
 * One pass in text order over every attribution: who it names in full, and the nearest
 * person named before it (what "he" or "she" there refers to). "Putin" after "Russian
 * President Vladimir Putin" is the same person and keeps one name; a bare one-word name
 * never introduced in full is no one's referent, since "Gazprom said" reads like "Putin said".
 * People named outside attributions count too (`Senator Ruth Calloway and … traded barbs`),
 * the first of each sentence as the one a later "he" or "she" means.
 */
export function resolvePeople(
  attributions: readonly Attribution[][],
  masked: readonly string[]
): Map<Attribution, People> {
  const people = new Map<Attribution, People>();
  const bySurname = new Map<string, Speaker>();
  let recent: Speaker[] = [];
  let thing: { speaker: Speaker; paragraph: number } | null = null;
  /** People named after a sentence's first person: `Christie described Hillary Clinton as …`. */
  let objects: Speaker[] = [];
  const meet = (person: Speaker): void => {
    recent = [person, ...recent.filter((p) => p.name !== person.name)].slice(0, RECENT);
  };
  /** Keeps the fullest name read for a surname: `Ted Cruz` over an earlier `Mr. Cruz`. */
  const remember = (person: Speaker, replace: boolean): void => {
    const known = bySurname.get(surname(person.name));
    if (!known || (person.name.includes(' ') && (replace || !known.name.includes(' '))))
      bySurname.set(surname(person.name), person);
  };
  for (let p = 0; p < attributions.length; p++) {
    const paragraph = attributions[p];
    const mentions = mentionsIn(masked[p], paragraph);
    let m = 0;
    /** Sentence (start offset) whose subject already set `nearest`: later names in it are objects. */
    let sentence = -1;
    const mention = ({
      speaker: written,
      sentence: at,
      inAttribution,
      introduced,
    }: Mention): void => {
      // `President Obama's decision`, `Hillary Clinton's campaign`: the owner is named, without the possessive.
      const speaker = withoutPossessive(written);
      const known = bySurname.has(surname(speaker.name));
      if (isFullReference(speaker)) remember(speaker, false);
      // `Christie, who campaigns for Donald Trump, said`: a name inside an attribution's phrase
      // tells a later "Trump" who that is, but is no one "he" refers to.
      if (inAttribution) return;
      // `… concerns Henry Crespo, president of the caucus.`: someone new, introduced with who
      // they are, is whom the next "he" means, wherever the sentence names them.
      const person = referent(speaker, bySurname);
      if (!person) return;
      if (at === sentence && !(introduced && !known)) {
        objects = [person, ...objects.filter((o) => o.name !== person.name)].slice(0, RECENT);
        return;
      }
      meet(person);
      sentence = at;
    };
    for (const a of paragraph) {
      for (; m < mentions.length && mentions[m].start < a.start; m++) mention(mentions[m]);
      // A name later in an attribution's sentence is an object: `Putin said after meeting President X`.
      sentence = sentenceStart(masked[p], a.start);
      const { speaker } = a;
      let person: Speaker | null = null;
      if (isFullReference(speaker)) {
        // `Rendell, a Clinton supporter, said` after `said Ed Rendell`: the full name stays.
        const known = fullerName(speaker, bySurname);
        person = known ? { ...known, title: speaker.title ?? known.title } : speaker;
        remember(person, true);
      } else if (speaker.person) {
        const full = bySurname.get(speaker.name);
        // `Melanie said`: a listed first name alone is someone, not a company like `Gazprom`.
        person = full
          ? { ...withHonorific(full, speaker), title: speaker.title ?? full.title }
          : isFirstName(speaker.name)
            ? speaker
            : null;
      }
      people.set(a, {
        person,
        before: recent,
        objects,
        thing: thing && p - thing.paragraph <= THING_REACH ? thing.speaker : null,
      });
      if (person) meet(person);
      else if (isThing(speaker)) thing = { speaker, paragraph: p };
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
  'new west east north south united saint san santa los las fort mount lake world rip capitol rhode'.split(
    ' '
  )
);

/**
 * Whether a name found outside an attribution may be someone "he" or "she" refers to later:
 * a title makes it a person; without one, a place-like first word or a preposition before it
 * ("in West Harbour") does not.
 */
function couldBeAPerson(text: string, start: number, speaker: Speaker): boolean {
  if (speaker.title) return true;
  const written = speaker.name.split(' ')[0];
  const first = written.toLowerCase();
  return (
    !PLACE_WORDS.has(first) &&
    !isHeadingWord(written) &&
    !PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start))
  );
}
/** `QUARTER Let's …`, `Presidential Debates`: a word in capitals or a capitalised adjective opens a heading, not a name. */
const isHeadingWord = (word: string): boolean => /^\p{Lu}{4,}$/u.test(word) || isAdjectival(word);

/** `, president of …`, `, a senior aide`, `, the party's chairman`: an apposition opens. */
const APPOSITION =
  /^,\s+(?:the|a|an|his|her|its|their|\p{L}+['’]s|(?:\p{Ll}+\s+){0,2}(?:president|chairman|chairwoman|director|head|leader|spokesman|spokeswoman|founder|professor|executive|chief|member|owner|author|editor|secretary))\s/u;

interface Mention {
  speaker: Speaker;
  start: number;
  /** Start of its sentence: the first person named in a sentence is what "he" or "she" further on most likely means. */
  sentence: number;
  /** Named inside an attribution's phrase (its speaker's apposition or clause). */
  inAttribution: boolean;
  /** A full name followed by an apposition: `Henry Crespo, president of …`. */
  introduced: boolean;
}

/**
 * People named in a text: "Senator Ruth Calloway and Governor Mike Hanley traded barbs",
 * "Hanley dismissed the charge." Only a title with a full name introduces someone; a lone
 * surname counts once its full name is known. Those inside an attribution are marked.
 */
function mentionsIn(text: string, attributions: readonly Attribution[]): Mention[] {
  const mentions: Mention[] = [];
  // Names and attributions both run in text order: one pass finds the names inside an attribution.
  const ranges = [...attributions].sort((a, b) => a.start - b.start);
  let r = 0;
  let reach = -1;
  for (const { speaker, start, end } of peopleNamed(text)) {
    for (; r < ranges.length && ranges[r].start < end; r++) reach = Math.max(reach, ranges[r].end);
    if (!couldBeAPerson(text, start, speaker)) continue;
    mentions.push({
      speaker,
      start,
      sentence: sentenceStart(text, start),
      inAttribution: reach > start,
      introduced: speaker.name.includes(' ') && APPOSITION.test(text.slice(end, end + 24)),
    });
  }
  return mentions;
}

/**
 * `the Times wrote`, `the report says`, `Politifact said`: a speaker no one is named by, neither
 * a person's title nor a group (`a spokesman`, `officials`), nor "his campaign".
 */
const isThing = (speaker: Speaker): boolean =>
  !speaker.pronoun &&
  !/^(?:his|her|its|their) /u.test(speaker.name) &&
  (isBody(speaker) || speaker.person || !canSpeak(speaker));

const withoutPossessive = (speaker: Speaker): Speaker =>
  /['’]s$/u.test(speaker.name) ? { ...speaker, name: speaker.name.slice(0, -2) } : speaker;

/** The person a mention names: a full reference with a title, or the surname of one named so before. */
function referent(speaker: Speaker, bySurname: ReadonlyMap<string, Speaker>): Speaker | null {
  // `Mr. Netanyahu` after `Benjamin Netanyahu`: the full name, though `Mr.` alone names him too.
  if (isFullReference(speaker) && !fullerName(speaker, bySurname)) return speaker;
  const full = bySurname.get(surname(speaker.name));
  if (full && (speaker.name === full.name || !speaker.name.includes(' ')))
    return withHonorific(full, speaker);
  return isFirstName(speaker.name) ? speaker : null;
}

/** The full name known for a one-word name (`Rendell` → `Ed Rendell`), if any. */
function fullerName(speaker: Speaker, bySurname: ReadonlyMap<string, Speaker>): Speaker | null {
  if (speaker.name.includes(' ')) return null;
  const known = bySurname.get(speaker.name);
  return known?.name.includes(' ') ? known : null;
}

/** "Mrs. Okafor" after "Ada Okafor": the full name, keeping the honorific that tells her gender. */
const withHonorific = (full: Speaker, mention: Speaker): Speaker =>
  mention.honorific && !full.honorific ? { ...full, honorific: mention.honorific } : full;

/** How many people named before an attribution "he" or "she" may reach back to. */
const RECENT = 4;
/** How many paragraphs back "it" may reach for the newspaper or document that spoke. */
const THING_REACH = 8;

/**
 * "he"/"she" is the nearest person named before whose gender (a title such as Mrs. or
 * spokeswoman, or a listed first name) does not contradict it; anyone else keeps their
 * words, named in full when known.
 */
export function resolveSpeaker(body: Body, at: Attribution): Speaker | null {
  // "his spokesman" says whose only through a reference we do not resolve: too vague to print.
  if (/^(?:his|her|its|their) /u.test(at.speaker.name)) return null;
  const people = body.people.get(at);
  if (!at.speaker.pronoun) return people?.person ?? at.speaker;
  if (at.speaker.name === 'it') return people?.thing ?? null;
  const wanted = body.pronouns[at.speaker.name];
  // `Christie described Hillary Clinton as … after she attacked …`: with no one else of her
  // gender before, "she" is the woman the sentence named after its subject (known gender only).
  return (
    nearestOfGender(people?.before ?? [], wanted) ??
    (people?.objects ?? []).find((o) => wanted && genderOfPerson(o) === wanted) ??
    null
  );
}

const genderOfPerson = (person: Speaker): Gender | null =>
  genderOf(person.name, person.title ?? person.honorific ?? null);

/** The nearest of `people` whose title, honorific or first name does not contradict `wanted`. */
function nearestOfGender(people: readonly Speaker[], wanted: Gender | undefined): Speaker | null {
  return (
    people.find((person) => {
      const gender = genderOfPerson(person);
      return !wanted || !gender || gender === wanted;
    }) ?? null
  );
}

/**
 * The speaker a sentence's subject names where no reporting verb stands (quotes/subject.ts):
 * "he"/"she" as resolveSpeaker reads them, from the people named before that point; a name only
 * when it carries a title, or is someone the body has already quoted (`Reid` after `Harry Reid
 * said`). A capitalised word opening a sentence (`Following Monday's debate …`) is no one.
 */
export function resolveSubject(
  body: Body,
  subject: Attribution,
  paragraph: number
): Speaker | null {
  let nearest: People | undefined;
  for (let p = paragraph; p >= 0 && !nearest; p--) {
    const earlier = body.attributions[p].filter((a) => p < paragraph || a.start <= subject.start);
    const last = earlier[earlier.length - 1];
    if (last) nearest = body.people.get(last);
  }
  const known = nearest ? [nearest.person, ...nearest.before].filter((s): s is Speaker => !!s) : [];
  const { speaker } = subject;
  if (speaker.pronoun) {
    const wanted = body.pronouns[speaker.name];
    return wanted ? nearestOfGender(known, wanted) : null;
  }
  const quoted = [...body.people.values()].flatMap(({ person }) => (person ? [person] : []));
  const same = [...known, ...quoted].find(
    (person) => surname(person.name) === surname(speaker.name)
  );
  if (same) return same;
  return speaker.title && speaker.name.includes(' ') ? speaker : null;
}
