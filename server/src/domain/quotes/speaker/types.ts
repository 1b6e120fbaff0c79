/** A speaker as read next to a reporting verb, and where its phrase stands. */

export interface Speaker {
  name: string;
  title: string | null;
  /** "he" / "she": to be resolved to an earlier named person by the caller. */
  pronoun: boolean;
  /** A named person (not an organisation, document or group): a pronoun may refer to it. */
  person: boolean;
  /** The honorific dropped from the name (`Mrs.` of "Mrs. Okafor"): it still tells "she" from "he". */
  honorific?: string;
}

/** `start`/`end`: offsets of the whole phrase in the string that was parsed. */
export interface SpeakerMatch {
  speaker: Speaker;
  start: number;
  end: number;
}
