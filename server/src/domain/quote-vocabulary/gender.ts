/**
 * What tells a person's grammatical gender, so that "she said" is not given to the man named
 * last (docs/quotes.md). Deliberately small: honorifics and gender-marked titles, and common
 * first names of English-language news. A name not listed has no gender, and then "he" or
 * "she" may refer to it as before. Extend the lists; never guess from a name's ending.
 */
export type Gender = 'm' | 'f';

const words = (list: string): string[] => list.split(/\s+/u).filter(Boolean);

/** Titles and honorifics that mark a gender (compared in lower case, a final period dropped). */
export const GENDERED_TITLES: Readonly<Record<string, Gender>> = Object.fromEntries([
  ...words(`mr sir lord king prince emperor sultan sheikh emir spokesman chairman congressman
    councilman businessman father brother son husband uncle duke baron`).map((w) => [w, 'm']),
  ...words(`mrs ms miss madam dame lady queen princess empress spokeswoman chairwoman congresswoman
    councilwoman businesswoman mother sister daughter wife aunt duchess baroness`).map((w) => [
    w,
    'f',
  ]),
]) as Record<string, Gender>;

/** Common first names, unambiguous in news copy (names used for both, such as Jordan or Kim, are left out). */
const MALE = `aaron adam alan albert alex alexander andrew anthony antonio ben benjamin bernie bill bob
  bobby brad brian bruce carl carlos charles charlie chris christopher chuck dan daniel david dennis
  don donald doug douglas ed edward eric frank fred gary george gerald greg gregory harry henry howard
  ian jack jacob james jason jeb jeff jeffrey jerry jim jimmy joe john johnny jon jonathan jose joseph
  josh juan justin keith ken kenneth kevin larry lawrence louis luis marco mark martin matt matthew
  michael mike mitch mohammed muhammad nathan neil nick nicholas paul peter phil philip ralph randy ray
  raymond reince richard rick robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergei
  stephen steve steven ted thomas tim timothy todd tom tony vladimir walter wayne william xi barack
  mitt newt norman terence hugh kirk harold ross herbert colin cory bernard franklin lyndon dwight
  leon vincent victor reggie`;
const FEMALE = `abigail alice alicia amanda amy andrea angela ann anna anne barbara betty beth betsy
  carla carol caroline catherine cheryl christina christine claire cynthia deborah debbie diana diane
  donna dorothy elizabeth ellen emily emma evelyn gina hannah heather helen hillary huma jane janet
  jennifer jessica jill joan joanna joyce judith judy julia julie karen kate katherine kathleen kathy
  kellyanne kimberly laura lauren linda lisa loretta lori lynn margaret maria marie martha mary megan
  melania melanie michelle monica nancy nicole olivia pamela patricia rachel rebecca rosa rose ruth
  sandra sara sarah sharon shirley sonia sophia stephanie susan suzanne teresa theresa tiffany valerie
  victoria virginia wendy kamala condoleezza tulsi nikki carly madeleine samantha jeanne kirsten
  dianne tammy heidi gwen`;

export const FIRST_NAMES: Readonly<Record<string, Gender>> = Object.fromEntries([
  ...words(MALE).map((w) => [w, 'm']),
  ...words(FEMALE).map((w) => [w, 'f']),
]) as Record<string, Gender>;

const key = (word: string): string => word.toLowerCase().replace(/\.$/u, '');

/** A person's gender from their title words or first name; null when neither tells. */
export function genderOf(name: string, title: string | null): Gender | null {
  for (const word of (title ?? '').split(/\s+/u)) {
    const gender = GENDERED_TITLES[key(word)];
    if (gender) return gender;
  }
  const first = name.split(/\s+/u)[0] ?? '';
  return FIRST_NAMES[key(first)] ?? null;
}
