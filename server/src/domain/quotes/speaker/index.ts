/**
 * Who is speaking: reads the noun phrase next to a reporting verb ("Turkish Foreign
 * Minister Mevlut Cavusoglu", "the joint statement", "he", "X, the CEO of Y,") and splits
 * a title from a name. Precision over recall: anything that does not read as a speaker
 * gives null, and then no quote is made.
 */

export type { Speaker, SpeakerMatch } from './types';
export { speakerBefore } from './before';
export { speakerAfter } from './after';
export { canSpeak, describedSubject, isBody, mayBeASource, peopleNamed } from './people';
