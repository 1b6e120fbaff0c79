/**
 * `Reid has gone after Trump as a "human leech"`: a quoted fragment with no reporting verb in
 * its sentence is the words of the sentence's subject, when that subject is someone the body
 * names (or "he"/"she" for them) and a verb follows it at once. A fragment after a copula
 * (`Trump is a "con artist"`) describes, it does not quote, and is left out.
 */
import { sentenceSubject } from './attributions';
import { MASK, type QuoteSpan } from './marks';
import { sentenceBefore, sentenceStart } from './sentences';
import type { Attribution } from './types';

/** First words after a subject that make the sentence a description, not someone's words. */
const DESCRIBING = new Set(
  'is was are were be been being seems seemed looks looked remains remained became becomes appears appeared'.split(
    ' '
  )
);
/** Adverbs and auxiliaries between a subject and its verb: `Reid has been steadily pounding`. */
const BEFORE_VERB =
  'also|then|later|again|still|once|often|even|now|repeatedly|openly|steadily|has|have|had|will|would|could|can|should|may|might|must|did|does|do|been';
/** The verb after the subject, after an apposition's commas if any, with the words before it. */
const VERB_AFTER_SUBJECT = new RegExp(
  `^\\s*(,[^,\\uE000]{1,80},)?\\s+((?:(?:${BEFORE_VERB})\\s+)*)(\\p{Ll}[\\p{L}'’-]*)`,
  'u'
);
/** Words that follow an auxiliary but are no verb: `has been a "con artist"`, `had no "plan"`. */
const NO_VERB = new Set(
  'a an the no not to of in on as at for with so very more most all'.split(' ')
);
/** `whom fans call "…"`, `what they described as "…"`: a clause that names its own speaker of the fragment. */
const RELATIVE =
  /(?:^|[\s,])(?:who|whom|whose|which|what)\s(?:[^\s]+\s){0,3}(?:call|calls|called|say|says|said|describe|describes|described|term|terms|termed|dub|dubs|dubbed|label|labels|labeled|labelled|read|reads)\b/u;
/** How far a fragment may stand from its subject: further, the sentence has likely moved on to someone else. */
const MOST_WORDS = 25;

export function subjectOfFragment(
  span: QuoteSpan,
  masked: readonly string[],
  attributions: readonly (readonly Attribution[])[]
): Attribution | null {
  const first = span.ranges[0];
  const { text, from, lead } = sentenceBefore(span, masked);
  const open = first.from - 1;
  if (lead.trim() === '' || lead.includes(MASK) || /[:：]\s*$/u.test(lead)) return null;
  if (lead.split(/\s+/u).length > MOST_WORDS) return null;
  // A sentence with a reporting verb of its own has been read by its rules, which left this one out.
  if (attributions[first.paragraph].some((a) => sentenceStart(text, a.verbStart) === from))
    return null;
  const subject = sentenceSubject(text, open);
  // `Mayor Ana Ruiz's tweet called …`: a possessive names whose thing acts, not who speaks.
  if (!subject || !(subject.person || subject.pronoun) || /['’]s?$/u.test(subject.name))
    return null;
  // `She went after …`: the pronoun comes back in lower case.
  const at = subject.pronoun
    ? lead.toLowerCase().indexOf(subject.name)
    : lead.indexOf(subject.name);
  if (at < 0) return null;
  const after = at + subject.name.length;
  // `Mori will face the seed whom fans call "the Wall"`: the fragment is the clause's, not the subject's.
  if (RELATIVE.test(lead.slice(after))) return null;
  const verb = VERB_AFTER_SUBJECT.exec(lead.slice(after));
  const helpers = verb?.[2].trim().split(/\s+/u) ?? [];
  if (!verb || NO_VERB.has(verb[3]) || DESCRIBING.has(helpers[0] || verb[3])) return null;
  // `has been a …` describes; `has been pounding …` acts.
  if (helpers.includes('been') && !/(?:ing|ed)$/u.test(verb[3])) return null;
  const verbStart = from + after + verb[0].length - verb[3].length;
  return {
    start: from + at,
    verbStart,
    end: verbStart + verb[3].length,
    cue: verb[3],
    speaker: subject,
    afterQuoteOnly: false,
    fromSubject: true,
  };
}
