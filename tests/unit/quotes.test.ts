import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  extractQuotes,
  withoutEditorsQuotations,
  type ExtractedQuote,
  type QuoteKind,
} from '../../server/src/domain/quotes';
import { REPORTING_VERBS } from '../../server/src/domain/reporting-verbs';

const quote = (
  text: string,
  speaker: string,
  cue: string,
  kind: QuoteKind,
  more: Partial<ExtractedQuote> = {}
): ExtractedQuote => ({ text, speaker, speakerTitle: null, cue, kind, paragraph: 0, ...more });

describe('extractQuotes: patterns that give a quote', () => {
  it.each<[string, string[], ExtractedQuote[]]>([
    [
      '"…," X said',
      ['"We will not back down," Putin said.'],
      [quote('We will not back down', 'Putin', 'said', 'direct')],
    ],
    [
      '“…,” X said (curly)',
      ['“We will not back down,” Putin said.'],
      [quote('We will not back down', 'Putin', 'said', 'direct')],
    ],
    [
      '"…," said X',
      ['"The pipeline is ready," said Vladimir Malinov.'],
      [quote('The pipeline is ready', 'Vladimir Malinov', 'said', 'direct')],
    ],
    [
      '“…,” said X (curly)',
      ['“The pipeline is ready,” said Vladimir Malinov.'],
      [quote('The pipeline is ready', 'Vladimir Malinov', 'said', 'direct')],
    ],
    [
      '"…," said X, who … (the relative clause is not a title)',
      ['"We welcome any serious call," said Fayez al-Serraj, who heads the GNA.'],
      [quote('We welcome any serious call', 'Fayez al-Serraj', 'said', 'direct')],
    ],
    [
      '"…," said X, the CEO of Y (apposition as title)',
      ['"Gas is flowing," said Vladimir Malinov, the CEO of Bulgartransgaz.'],
      [
        quote('Gas is flowing', 'Vladimir Malinov', 'said', 'direct', {
          speakerTitle: 'CEO of Bulgartransgaz',
        }),
      ],
    ],
    [
      '"…," X, the CEO of Y, said',
      ['"Gas is flowing," Vladimir Malinov, the CEO of Bulgartransgaz, said.'],
      [
        quote('Gas is flowing', 'Vladimir Malinov', 'said', 'direct', {
          speakerTitle: 'CEO of Bulgartransgaz',
        }),
      ],
    ],
    [
      '"…," X, Country\'s title, said',
      ['"The truce is fragile," Sergei Lavrov, Russia\'s foreign minister, said.'],
      [
        quote('The truce is fragile', 'Sergei Lavrov', 'said', 'direct', {
          speakerTitle: "Russia's foreign minister",
        }),
      ],
    ],
    [
      '"…," said X, Country\'s title',
      ['"The truce is fragile," said Sergei Lavrov, Russia\'s foreign minister.'],
      [
        quote('The truce is fragile', 'Sergei Lavrov', 'said', 'direct', {
          speakerTitle: "Russia's foreign minister",
        }),
      ],
    ],
    [
      '"…," his title, X, confirmed',
      ['"The details are agreed," his Russian counterpart, Sergei Lavrov, confirmed.'],
      [
        quote('The details are agreed', 'Sergei Lavrov', 'confirmed', 'direct', {
          speakerTitle: 'Russian counterpart',
        }),
      ],
    ],
    [
      '"…," said the title, Name (a description before the name is its title)',
      ['"It is a mistake," said the European Union\'s foreign policy chief, Josep Borrell.'],
      [
        quote('It is a mistake', 'Josep Borrell', 'said', 'direct', {
          speakerTitle: "European Union's foreign policy chief",
        }),
      ],
    ],
    [
      '"…," the title, Name, said',
      ['"It is a mistake," the European Union\'s foreign policy chief, Josep Borrell, said.'],
      [
        quote('It is a mistake', 'Josep Borrell', 'said', 'direct', {
          speakerTitle: "European Union's foreign policy chief",
        }),
      ],
    ],
    [
      'an unnamed speaker described in full',
      ['"No comment," a spokeswoman for the ministry said on Tuesday.'],
      [quote('No comment', 'a spokeswoman for the ministry', 'said', 'direct')],
    ],
    [
      'an honorific is neither name nor title',
      ['Mr. Smith said: "Fine."'],
      [quote('Fine.', 'Smith', 'said', 'direct')],
    ],
    [
      'X said: "…"',
      ['Putin said: "The truce starts at midnight."'],
      [quote('The truce starts at midnight.', 'Putin', 'said', 'direct')],
    ],
    [
      'X said: “…” (curly)',
      ['Putin said: “The truce starts at midnight.”'],
      [quote('The truce starts at midnight.', 'Putin', 'said', 'direct')],
    ],
    [
      'X said "…"',
      ['Erdogan said "we are ready to help."'],
      [quote('we are ready to help.', 'Erdogan', 'said', 'direct')],
    ],
    [
      'X told someone somewhere: "…"',
      ['Lavrov told reporters in Moscow: "Both sides must stop firing."'],
      [quote('Both sides must stop firing.', 'Lavrov', 'told', 'direct')],
    ],
    [
      '"…," Title First Last announced',
      ['"The truce starts at midnight," Turkish Foreign Minister Mevlut Cavusoglu announced.'],
      [
        quote('The truce starts at midnight', 'Mevlut Cavusoglu', 'announced', 'direct', {
          speakerTitle: 'Turkish Foreign Minister',
        }),
      ],
    ],
    [
      'Russian President Vladimir Putin',
      ['“We support the truce,” Russian President Vladimir Putin said.'],
      [
        quote('We support the truce', 'Vladimir Putin', 'said', 'direct', {
          speakerTitle: 'Russian President',
        }),
      ],
    ],
    [
      'UN Secretary-General Antonio Guterres, title before a colon',
      ['UN Secretary-General Antonio Guterres said: “Every call for peace matters.”'],
      [
        quote('Every call for peace matters.', 'Antonio Guterres', 'said', 'direct', {
          speakerTitle: 'UN Secretary-General',
        }),
      ],
    ],
    [
      'a title with "of" and an abbreviation that is not a sentence end',
      ['U.S. Secretary of State Antony Blinken said: "We back the truce."'],
      [
        quote('We back the truce.', 'Antony Blinken', 'said', 'direct', {
          speakerTitle: 'U.S. Secretary of State',
        }),
      ],
    ],
    [
      'X said … "fragment" … (partial, leading "The" lower-cased)',
      ['The GNA said on Wednesday it welcomed any "serious call" to return to political talks.'],
      [quote('serious call', 'the GNA', 'said', 'partial')],
    ],
    [
      'X said that … “fragment” (partial, curly)',
      ['Lavrov said that the plan was “realistic and fair”.'],
      [quote('realistic and fair', 'Lavrov', 'said', 'partial')],
    ],
    [
      '… and "fragment", the joint statement said',
      [
        'The conflict is undermining security and "triggering irregular migration", the joint statement said.',
      ],
      [quote('triggering irregular migration', 'the joint statement', 'said', 'partial')],
    ],
    [
      '"…," according to X',
      ['"Talks will resume in Berlin," according to the statement.'],
      [quote('Talks will resume in Berlin', 'the statement', 'according to', 'direct')],
    ],
    [
      'According to X, … "fragment"',
      ['According to Cavusoglu, the truce is "a first step".'],
      [quote('a first step', 'Cavusoglu', 'according to', 'partial')],
    ],
    [
      '"…?" X asked keeps the question mark',
      ['"Why now?" Angela Merkel asked.'],
      [quote('Why now?', 'Angela Merkel', 'asked', 'direct')],
    ],
    [
      'an adverb between speaker and verb',
      ['"Talks will resume," Lavrov also said.'],
      [quote('Talks will resume', 'Lavrov', 'said', 'direct')],
    ],
    [
      'a group as speaker',
      ['"The road is closed," police said.'],
      [quote('The road is closed', 'police', 'said', 'direct')],
    ],
    [
      'nested single quotes stay in the text',
      ['“He told me ‘never again’,” Serraj said.'],
      [quote('He told me ‘never again’', 'Serraj', 'said', 'direct')],
    ],
    [
      'apostrophes never open a quote',
      [
        "Today's talks in Russia's capital were \"a serious step\", the country's foreign ministry said.",
      ],
      [quote('a serious step', "the country's foreign ministry", 'said', 'partial')],
    ],
    [
      'two speakers in one sentence: the nearer verb governs the fragment',
      ['"Yes," Putin said, while Erdogan said the plan was "a first step".'],
      [
        quote('Yes', 'Putin', 'said', 'direct'),
        quote('a first step', 'Erdogan', 'said', 'partial'),
      ],
    ],
    [
      'the next sentence opening with a quotation is the same speaker',
      ['"We are ready," Putin said. "The truce must hold."'],
      [
        quote('We are ready', 'Putin', 'said', 'direct'),
        quote('The truce must hold.', 'Putin', 'said', 'direct'),
      ],
    ],
    [
      'a pronoun resolves to the person named in an earlier paragraph, outside any quote',
      [
        'Foreign Minister Mevlut Cavusoglu said on Monday the truce would start at midnight.',
        '"Both sides have agreed," he added.',
      ],
      [
        quote('Both sides have agreed', 'Mevlut Cavusoglu', 'added', 'direct', {
          paragraph: 1,
          speakerTitle: 'Foreign Minister',
        }),
      ],
    ],
    [
      'a pronoun skips a bare one-word name never introduced in full (it may be a company)',
      [
        '"We are ready," Putin said.',
        '"Gas is flowing," Gazprom said.',
        '"We will wait," he said.',
      ],
      [
        quote('We are ready', 'Putin', 'said', 'direct'),
        quote('Gas is flowing', 'Gazprom', 'said', 'direct', { paragraph: 1 }),
      ],
    ],
    [
      'an apposition with no title word does not make a company a person',
      ['"Gas is flowing," Gazprom, the Russian gas producer, said.', '"We will wait," he said.'],
      [
        quote('Gas is flowing', 'Gazprom', 'said', 'direct', {
          speakerTitle: 'Russian gas producer',
        }),
      ],
    ],
    [
      'a surname after the full name is the same person, named in full',
      [
        '“We are ready,” Russian President Vladimir Putin said.',
        '“The truce must hold,” Putin added.',
        '“So must the talks,” he said.',
      ],
      [
        quote('We are ready', 'Vladimir Putin', 'said', 'direct', {
          speakerTitle: 'Russian President',
        }),
        quote('The truce must hold', 'Vladimir Putin', 'added', 'direct', {
          paragraph: 1,
          speakerTitle: 'Russian President',
        }),
        quote('So must the talks', 'Vladimir Putin', 'said', 'direct', {
          paragraph: 2,
          speakerTitle: 'Russian President',
        }),
      ],
    ],
    [
      'a quotation interrupted by its attribution is one quote',
      ['"The truce," Putin said, "must hold."'],
      [quote('The truce must hold.', 'Putin', 'said', 'direct')],
    ],
    [
      'a name that is also a modal verb',
      ['Theresa May said: "Brexit means Brexit."'],
      [quote('Brexit means Brexit.', 'Theresa May', 'said', 'direct')],
    ],
    [
      'a pronoun resolves to the last named person, with the title',
      [
        '"We are ready," Russian President Vladimir Putin said.',
        'The GNA said it was "open to talks".',
        '"We will wait," he said.',
      ],
      [
        quote('We are ready', 'Vladimir Putin', 'said', 'direct', {
          speakerTitle: 'Russian President',
        }),
        quote('open to talks', 'the GNA', 'said', 'partial', { paragraph: 1 }),
        quote('We will wait', 'Vladimir Putin', 'said', 'direct', {
          paragraph: 2,
          speakerTitle: 'Russian President',
        }),
      ],
    ],
    [
      'a quotation over two paragraphs (straight marks, speaker after)',
      [
        '"We will not accept a truce that rewards aggression.',
        '"Our forces will stay where they are," Serraj said.',
      ],
      [
        quote(
          'We will not accept a truce that rewards aggression. Our forces will stay where they are',
          'Serraj',
          'said',
          'direct'
        ),
      ],
    ],
    [
      'a quotation over three paragraphs (curly marks, speaker before)',
      [
        'Putin said: “The truce starts at midnight.',
        '“Both sides have agreed to it.',
        '“Monitors will follow.”',
        'Talks go on.',
      ],
      [
        quote(
          'The truce starts at midnight. Both sides have agreed to it. Monitors will follow.',
          'Putin',
          'said',
          'direct'
        ),
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(extractQuotes(paragraphs)).toEqual(expected);
  });
});

describe('extractQuotes: no speaker, no quote', () => {
  it.each<[string, string[]]>([
    ['empty input', []],
    ['empty paragraphs', ['', '   ']],
    ['a film title', ['The film "Parasite" won the top prize.']],
    ['a film title inside reported speech', ['Bong said the film "Parasite" changed his life.']],
    ['a book title, curly', ['Her book “The Long Truce” was published in Cairo.']],
    ['a scare-quoted word', ['The so-called "reform" stalled in parliament.']],
    ['a scare-quoted word with no reporting verb', ['Officials called it a "success" on Tuesday.']],
    ['a fragment in Title Case names something', ['Putin told "Reuters" about the plan.']],
    ['a speaker known only as "his spokesman"', ['"We are ready," his spokesman said.']],
    ['a verb that is not a reporting verb', ['"We will win," the crowd chanted.']],
    ['a pronoun with no named person before it', ['"We will wait," she said.']],
    [
      '"they" and "it" are not resolved',
      ['Putin spoke first.', '"We will wait," they said. "No," it said.'],
    ],
    [
      'apostrophes and single quotes only',
      ["Russia's President said the country's 'red lines' were clear."],
    ],
    ['an inch sign is not an opening mark', ['The 6" pipe was laid on Monday, engineers said.']],
    [
      'a quotation never closed nor continued',
      ['Putin said: "The truce starts at midnight.', 'Both sides agreed.'],
    ],
    [
      'a sentence-final quotation with the speaker in the sentence before',
      ['Putin was blunt. "We will not wait."'],
    ],
  ])('%s', (_name, paragraphs) => {
    expect(extractQuotes(paragraphs)).toEqual([]);
  });

  it('does not throw on values that are not strings', () => {
    expect(extractQuotes([null, 42, '"Yes," Putin said.'] as unknown as string[])).toEqual([
      quote('Yes', 'Putin', 'said', 'direct', { paragraph: 2 }),
    ]);
    expect(extractQuotes(undefined as unknown as string[])).toEqual([]);
  });
});

describe('extractQuotes: cost', () => {
  /** Best of three runs, so a busy machine's pause is not read as the code's cost. */
  function fastestMs(run: () => unknown): number {
    return Math.min(
      ...[1, 2, 3].map(() => {
        const started = performance.now();
        run();
        return performance.now() - started;
      })
    );
  }

  it('returns [] for a 10,000-character paragraph with no quotes in < 50 ms', () => {
    const paragraph = 'Officials said the talks went on, and analysts said more. '
      .repeat(200)
      .slice(0, 10_000);
    expect(paragraph).toHaveLength(10_000);
    expect(extractQuotes([paragraph])).toEqual([]);
    expect(fastestMs(() => extractQuotes([paragraph]))).toBeLessThan(50);
  });

  it.each([
    ['stray marks and verbs', '"a said, " b told, '],
    ['unresolvable pronouns', '"a," he said. '],
    ['long capitalised runs', 'A B C D E F G H said "x" '],
  ])('stays linear on a 10,000-character paragraph of %s', (_name, unit) => {
    const paragraph = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    expect(fastestMs(() => extractQuotes([paragraph]))).toBeLessThan(500);
  });
});

describe('extractQuotes: any text', () => {
  const marks = fc.constantFrom('"', '“', '”', "'", '‘', '’', ',', '.', ' ', ':', '?', '\n');
  const words = fc.constantFrom(
    'said',
    'he',
    'she',
    'Putin',
    'the',
    'statement',
    'according to',
    'Minister',
    'told',
    'truce'
  );
  const paragraph = fc
    .array(fc.oneof(marks, words, fc.string({ maxLength: 6 })), { maxLength: 40 })
    .map((parts) => parts.join(' '));

  it('never throws, keeps text order, and quotes only what was written', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        const quotes = extractQuotes(paragraphs);
        expect(extractQuotes(paragraphs)).toEqual(quotes);
        quotes.forEach((q, i) => {
          expect(q.text.trim()).not.toBe('');
          expect(q.speaker.trim()).not.toBe('');
          expect(q.paragraph).toBeGreaterThanOrEqual(i > 0 ? quotes[i - 1].paragraph : 0);
          expect(q.paragraph).toBeLessThan(paragraphs.length);
          expect(paragraphs.join(' ')).toContain(q.text.split(' ')[0]);
        });
      }),
      { numRuns: 300 }
    );
  });
});

describe('REPORTING_VERBS', () => {
  it('holds the common cues once each', () => {
    expect(REPORTING_VERBS).toEqual(
      expect.arrayContaining(['said', 'told', 'added', 'announced', 'according to'])
    );
    expect(new Set(REPORTING_VERBS).size).toBe(REPORTING_VERBS.length);
  });
});

describe('extractQuotes: the Libya story', () => {
  /** Line 1 headline, line 2 deck, line 3 blank; the body runs to the line before "Today's Top News". */
  function libyaBody(): string[] {
    const lines = readFileSync(
      join(__dirname, '../fixtures/stories/libya-truce.txt'),
      'utf8'
    ).split(/\r?\n/);
    const topNews = lines.findIndex((line) => /^today['’]s top news$/i.test(line.trim()));
    return lines.slice(3, topNews).filter((line) => line.trim() !== '');
  }

  it('gives the GNA, Cavusoglu and the joint statement, in text order', () => {
    const body = libyaBody();
    expect(body).toHaveLength(17);
    expect(extractQuotes(body)).toEqual([
      quote('serious call', 'the GNA', 'said', 'partial', { paragraph: 3 }),
      quote(
        'Today our President Erdogan and Russian head of state Putin are making a call for a truce in Libya, ' +
          'starting from midnight on Jan 12, the night from Saturday to Sunday',
        'Mevlut Cavusoglu',
        'announced',
        'direct',
        { paragraph: 5, speakerTitle: 'Turkish Foreign Minister' }
      ),
      quote(
        'triggering irregular migration, further spread of weapons, terrorism and other criminal activities including illicit trafficking',
        'the joint statement',
        'said',
        'partial',
        { paragraph: 6 }
      ),
    ]);
  });

  it('is deterministic', () => {
    const body = libyaBody();
    expect(extractQuotes(body)).toEqual(extractQuotes(body));
  });
});

describe('extractQuotes: patterns found missing or misread by the labelled-set evaluation', () => {
  it.each<[string, string[], ExtractedQuote[]]>([
    [
      'a possessive name opens a description that titles the apposition',
      ['"The border stays open," Greece\'s migration minister, Eleni Papadaki, said.'],
      [
        quote('The border stays open', 'Eleni Papadaki', 'said', 'direct', {
          speakerTitle: "Greece's migration minister",
        }),
      ],
    ],
    [
      'a possessive name opens a described speaker',
      ['Germany\'s economy ministry said the plan was "unworkable".'],
      [quote('unworkable', "Germany's economy ministry", 'said', 'partial')],
    ],
    [
      'X, which …, said (a relative clause between speaker and verb)',
      ['Gazprom, which supplies a third of the region\'s gas, said the cut was "technical".'],
      [quote('technical', 'Gazprom', 'said', 'partial')],
    ],
    [
      'X, who …, said: "…"',
      ['Lavrov, who spoke after the talks, said: "We are ready."'],
      [quote('We are ready.', 'Lavrov', 'said', 'direct')],
    ],
    [
      'an apposition whose name carries its own lower-case title',
      ['Her deputy, city councilwoman Rosa Diaz, said the plan was "dead on arrival".'],
      [
        quote('dead on arrival', 'Rosa Diaz', 'said', 'partial', {
          speakerTitle: 'city councilwoman',
        }),
      ],
    ],
    [
      'a described speaker with an apposition',
      ['"It was dark," the driver, a 54-year-old father of three, told the court.'],
      [
        quote('It was dark', 'the driver', 'told', 'direct', {
          speakerTitle: '54-year-old father of three',
        }),
      ],
    ],
    [
      'lower-case words before a lower-case title belong to it',
      ['"We lost the signal," flight director Maria Lopez said.'],
      [
        quote('We lost the signal', 'Maria Lopez', 'said', 'direct', {
          speakerTitle: 'flight director',
        }),
      ],
    ],
    [
      'a lower-case description before a full name, speaker before the verb',
      ['"The water rose in minutes," farmer Jonas Eriksen said.'],
      [
        quote('The water rose in minutes', 'Jonas Eriksen', 'said', 'direct', {
          speakerTitle: 'farmer',
        }),
      ],
    ],
    [
      'a lower-case description before a full name, speaker after the verb',
      ['"The water rose in minutes," said farmer Jonas Eriksen.'],
      [
        quote('The water rose in minutes', 'Jonas Eriksen', 'said', 'direct', {
          speakerTitle: 'farmer',
        }),
      ],
    ],
    [
      'a group at a named organisation',
      ['"Rates will fall in June," economists at Baltic Bank wrote.'],
      [quote('Rates will fall in June', 'economists at Baltic Bank', 'wrote', 'direct')],
    ],
    [
      'a group at a described organisation',
      ['Researchers at the university said the results were "encouraging".'],
      [quote('encouraging', 'researchers at the university', 'said', 'partial')],
    ],
    [
      'a group for someone',
      ['Lawyers for the family said the ruling was "a disgrace."'],
      [quote('a disgrace.', 'lawyers for the family', 'said', 'partial')],
    ],
    [
      'a counted anonymous speaker',
      ['"It is over," one diplomat said.'],
      [quote('It is over', 'one diplomat', 'said', 'direct')],
    ],
    [
      "a spokesman for an organisation is not a person named by the organisation's last word",
      ['"We are hopeful," said a spokesman for Baltic Foods.'],
      [quote('We are hopeful', 'a spokesman for Baltic Foods', 'said', 'direct')],
    ],
    [
      'a paragraph that is nothing but a quotation goes on with the speaker of the paragraph before',
      ['"The bridge is safe," the engineer told reporters.', '"We checked every bolt."'],
      [
        quote('The bridge is safe', 'the engineer', 'told', 'direct'),
        quote('We checked every bolt.', 'the engineer', 'told', 'direct', { paragraph: 1 }),
      ],
    ],
    [
      '… but not when another sentence followed the earlier quotation',
      [
        '"The bridge is safe," the engineer said. Traffic resumed at noon.',
        '"We checked every bolt."',
      ],
      [quote('The bridge is safe', 'the engineer', 'said', 'direct')],
    ],
    [
      'a quotation interrupted by an attribution with an object',
      ['"The money is there," Hale told the committee, "but the staff are not."'],
      [quote('The money is there but the staff are not.', 'Hale', 'told', 'direct')],
    ],
    [
      'an attribution closing the sentence governs an earlier fragment',
      ['Prices will stay "stubbornly high" through the summer, the central bank said.'],
      [quote('stubbornly high', 'the central bank', 'said', 'partial')],
    ],
    [
      'a person introduced with a title outside any attribution: the surname and "she" refer to them',
      [
        'Interior Minister Karl Weber and Mayor Anna Roth met on Monday.',
        'Roth left early. "We agreed on nothing," she said.',
      ],
      [
        quote('We agreed on nothing', 'Anna Roth', 'said', 'direct', {
          paragraph: 1,
          speakerTitle: 'Mayor',
        }),
      ],
    ],
    [
      'a surname after a title and full name in the lede',
      ['Economy Minister Lena Vogt unveiled the plan on Monday.', '"It will work," Vogt said.'],
      [
        quote('It will work', 'Lena Vogt', 'said', 'direct', {
          paragraph: 1,
          speakerTitle: 'Economy Minister',
        }),
      ],
    ],
    [
      '"testified" is a reporting verb',
      ['"I saw the gun," the guard testified.'],
      [quote('I saw the gun', 'the guard', 'testified', 'direct')],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(extractQuotes(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      'a name after the verb that opens a reported clause is not the speaker',
      ['Her rival, whom polls favour, said Grant had "dodged every debate."'],
    ],
    [
      'a nickname with its article in lower case',
      ['Fans call the stadium "the Furnace," the club said.'],
    ],
    ['a name after "known … as"', ['The unit was known simply as "the night shift," police said.']],
    [
      'a person named later in an attribution\'s sentence is not what "he" refers to',
      [
        '"We agreed," Putin said after meeting Turkish President Recep Tayyip Erdogan.',
        '"He was very clear," he added.',
      ],
    ],
  ])('gives no quote in the last paragraph for %s', (_name, paragraphs) => {
    expect(extractQuotes(paragraphs).filter((q) => q.paragraph === paragraphs.length - 1)).toEqual(
      []
    );
  });
});

describe('withoutEditorsQuotations: words an editor’s quote already holds are not generated again', () => {
  const quote = (text: string): ExtractedQuote => ({
    text,
    speaker: 'Mevlut Cavusoglu',
    speakerTitle: null,
    cue: 'said',
    kind: 'direct',
    paragraph: 0,
  });

  it.each([
    ['the same words', ['We will spare no effort'], 'We will spare no effort', true],
    [
      'other case, spacing and punctuation',
      ['we will  spare no effort!'],
      'We will spare no effort',
      true,
    ],
    [
      'words the editor added to',
      ['We will spare no effort, he insisted'],
      'We will spare no effort',
      true,
    ],
    ['a different quotation', ['Talks go on'], 'We will spare no effort', false],
    ['a part of a word only', ['We will spare no efforts'], 'We will spare no effort', false],
    ['no quote of the editor’s', [], 'We will spare no effort', false],
  ])('%s', (_name, editorsTexts, text, dropped) => {
    expect(withoutEditorsQuotations([quote(text)], editorsTexts)).toEqual(
      dropped ? [] : [quote(text)]
    );
  });

  it('keeps the order of what it keeps', () => {
    const extracted = ['One', 'Two', 'Three'].map(quote);
    expect(withoutEditorsQuotations(extracted, ['two']).map((q) => q.text)).toEqual([
      'One',
      'Three',
    ]);
  });
});
