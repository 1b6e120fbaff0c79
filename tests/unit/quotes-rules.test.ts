/**
 * The rules added for real news (issue 20), one case each, and the locales: what the article's
 * language brings (marks, reporting verbs). Plus the speed of extraction: linear in the body.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { extractQuotes } from '../../server/src/domain/quotes';
import { englishForms } from '../../server/src/domain/quote-vocabulary/english-forms';
import { vocabularyFor } from '../../server/src/domain/quote-vocabulary';

const brief = (paragraphs: string[], locale?: string): [string, string, string, string][] =>
  extractQuotes(paragraphs, locale).map((q) => [q.text, q.speaker, q.cue, q.kind]);

describe('englishForms', () => {
  it.each([
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['concede', ['concede', 'concedes', 'conceded', 'conceding']],
    ['reply', ['reply', 'replies', 'replied', 'replying']],
    ['demur', ['demur', 'demurs', 'demurred', 'demurring']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['say', ['say', 'said', 'saying', 'says']],
    ['point out', ['point out', 'points out', 'pointed out', 'pointing out']],
  ])('%s', (verb, forms) => expect(englishForms(verb)).toEqual(forms));
});

describe('vocabularyFor', () => {
  it.each([
    [undefined, 'said'],
    ['en-GB', 'said'],
    ['xx', 'said'],
    ['es-MX', 'dijo'],
    ['fr-CA', 'a déclaré'],
    ['de', 'sagte'],
    ['zh-Hans-CN', '表示'],
  ])('%s reads verbs such as %s', (locale, verb) =>
    expect(vocabularyFor(locale).verbs).toContain(verb)
  );
});

describe('extractQuotes: rules for real news', () => {
  it.each<[string, string[], [string, string, string, string][]]>([
    [
      'a verb in another inflection',
      ['"We will rebuild," Mayor Ana Ruiz vowed.'],
      [['We will rebuild', 'Ana Ruiz', 'vowed', 'direct']],
    ],
    [
      'a person calling something by a quoted name',
      ['Senator Tom Hale called the deal "a disaster" on Monday.'],
      [['a disaster', 'Tom Hale', 'called', 'partial']],
    ],
    [
      "a participle clause reads its sentence's subject",
      ['Governor Rita Moss posted a note on Sunday, saying, "We are ready."'],
      [['We are ready.', 'Rita Moss', 'saying', 'direct']],
    ],
    [
      '"calling" takes no object as speaker',
      ['Harbour Airways cut 900 flights, calling the delays "avoidable."'],
      [['avoidable.', 'Harbour Airways', 'calling', 'partial']],
    ],
    [
      'a party tag between name and verb',
      ['Sen. Claire Dunn (D-Mo.) said the bill was "a disgrace."'],
      [['a disgrace.', 'Claire Dunn', 'said', 'partial']],
    ],
    [
      '"continued" right after a quotation',
      [
        'Governor Rita Moss spoke first.',
        '"We are ready," Moss said. "Nothing will stop us," she continued.',
      ],
      [
        ['We are ready', 'Rita Moss', 'said', 'direct'],
        ['Nothing will stop us', 'Rita Moss', 'continued', 'direct'],
      ],
    ],
    [
      'an untitled full name is what "she" refers to',
      ['Maria Olsen walked out of the hearing.', '"I have nothing to add," she said.'],
      [['I have nothing to add', 'Maria Olsen', 'said', 'direct']],
    ],
    [
      "a nested quotation's closing mark before the attribution",
      ['"She told us, \'Wait until spring,\'" Mayor Ana Ruiz said.'],
      [["She told us, 'Wait until spring,'", 'Ana Ruiz', 'said', 'direct']],
    ],
    [
      'plain words before a titled name after a quotation',
      ['"We will find the driver," Harbour police Chief Dan Okoro said on Friday.'],
      [['We will find the driver', 'Dan Okoro', 'said', 'direct']],
    ],
    [
      'a person "of the" organisation',
      ['"It was the safest choice," Mr. Abebe of the Riverkeepers Trust said.'],
      [['It was the safest choice', 'Abebe', 'said', 'direct']],
    ],
    [
      'a description tied by "in"',
      ['"Who pays for this?" a narrator in the campaign video asks.'],
      [['Who pays for this?', 'a narrator in the campaign video', 'asks', 'direct']],
    ],
    [
      'quotations signed with a dash and a full name',
      ['“We want a park.” ― Ana Ruiz “Fix the bridge first.”— Tom Hale. Photo: Reader.'],
      [
        ['We want a park.', 'Ana Ruiz', '―', 'direct'],
        ['Fix the bridge first.', 'Tom Hale', '—', 'direct'],
      ],
    ],
    [
      'a closing mark typed as the opening one',
      ['”We want a park.” ― Ana Ruiz'],
      [['We want a park.', 'Ana Ruiz', '―', 'direct']],
    ],
    [
      '"she" passes over a man named after her (a first name on the list)',
      [
        'Mayor Ana Ruiz opened the session.',
        'Senator Tom Hale answered questions for an hour.',
        '"We will vote today," she said.',
      ],
      [['We will vote today', 'Ana Ruiz', 'said', 'direct']],
    ],
    [
      '"he" passes over a woman marked by her title',
      [
        'Senator Tom Hale opened the session.',
        'Chairwoman Ade Bello answered questions for an hour.',
        '"We will vote today," he said.',
      ],
      [['We will vote today', 'Tom Hale', 'said', 'direct']],
    ],
    [
      '"he" passes over a woman marked by her honorific',
      [
        'Senator Oren Dahl opened the session.',
        'Mrs. Ade Bello answered questions for an hour.',
        '"We will vote today," he said.',
      ],
      [['We will vote today', 'Oren Dahl', 'said', 'direct']],
    ],
    [
      'a place opening a sentence is no one "he" refers to',
      [
        'Senator Tom Hale toured the mine.',
        'West Virginia has lost jobs for a decade.',
        '"Coal is not the villain," he said.',
      ],
      [['Coal is not the villain', 'Tom Hale', 'said', 'direct']],
    ],
    [
      'lower-case words before a capitalised title (after the verb)',
      ['"We are not ready," said retired Army Lt. Gen. Omar Reyes, who led the unit.'],
      [['We are not ready', 'Omar Reyes', 'said', 'direct']],
    ],
    [
      'lower-case words before a capitalised title (before the verb)',
      ['"We are not ready," former Sen. Ada Moss said.'],
      [['We are not ready', 'Ada Moss', 'said', 'direct']],
    ],
    [
      "an apposition opening with a possessive in s'",
      ['"Turnout is up," Lena Ortiz, Hales\' campaign manager, said.'],
      [['Turnout is up', 'Lena Ortiz', 'said', 'direct']],
    ],
    [
      'an opening curly mark typed for the closing one',
      ['“It is unusual,“ said Omar Reyes, a lawyer.'],
      [['It is unusual', 'Omar Reyes', 'said', 'direct']],
    ],
    [
      'no space between the closing mark and the name',
      ['“It is unusual,”Omar Reyes said.'],
      [['It is unusual', 'Omar Reyes', 'said', 'direct']],
    ],
    [
      'a comma after a party tag',
      ['Gov. Omar Reyes (R-OH), said, “We are ready.”'],
      [['We are ready.', 'Omar Reyes', 'said', 'direct']],
    ],
    [
      'a quoted sentence closed by a period, then only its attribution',
      ['“Find the missing files.” Omar Reyes said on Monday.'],
      [['Find the missing files.', 'Omar Reyes', 'said', 'direct']],
    ],
    [
      'an age between commas',
      ['"I lost my nerve," Ki Moon, 33, said of the letter.'],
      [['I lost my nerve', 'Ki Moon', 'said', 'direct']],
    ],
    [
      'a participle clause between commas (a long apposition)',
      [
        'Ada Moss, speaking to reporters on her plane to Lisbon on Tuesday, said: "We resolved it."',
      ],
      [['We resolved it.', 'Ada Moss', 'said', 'direct']],
    ],
    [
      'a second verb sharing the sentence subject',
      ['Senator Tom Hale returned to the stage and declared, "We will win."'],
      [['We will win.', 'Tom Hale', 'declared', 'direct']],
    ],
    [
      'two apostrophes typed for a double mark',
      ["''We will win,'' Ana Ruiz said. ''Nothing stops us.''"],
      [
        ['We will win', 'Ana Ruiz', 'said', 'direct'],
        ['Nothing stops us.', 'Ana Ruiz', 'said', 'direct'],
      ],
    ],
    [
      'two named people joined by "and"',
      ['"We love the plan," Ana Ruiz and Tom Hale said.'],
      [['We love the plan', 'Ana Ruiz and Tom Hale', 'said', 'direct']],
    ],
    [
      'what a person "called" something',
      ['Under what Mr. Abebe called "the old model," the club lost members.'],
      [['the old model', 'Abebe', 'called', 'partial']],
    ],
    [
      'a second verb "called" sharing the sentence subject',
      ['Ben Moss took the stage and called the system "broken beyond repair."'],
      [['broken beyond repair.', 'Ben Moss', 'called', 'partial']],
    ],
    [
      'a named person with a relative clause "who called"',
      ['It drew a reply from Mayor Ana Ruiz, who called the plan "unfit" for the city.'],
      [['unfit', 'Ana Ruiz', 'called', 'partial']],
    ],
    [
      'a colon lead-in with a full name and an outlet',
      ['Ana Ruiz, Harbour Radio: "We will win this vote."'],
      [['We will win this vote.', 'Ana Ruiz', ':', 'direct']],
    ],
    [
      '"by saying" reads the sentence subject',
      ['Senator Tom Hale distanced himself from the group by saying he would "lend a hand."'],
      [['lend a hand.', 'Tom Hale', 'saying', 'partial']],
    ],
    [
      "a participle after a quoted name: only the later quotation is the subject's",
      ['Mayor Ana Ruiz defended "Harbour values," saying the city stood for "courage and heart."'],
      [['courage and heart.', 'Ana Ruiz', 'saying', 'partial']],
    ],
    [
      'a title word as a surname after an honorific',
      ['"We pay our staff well," Mr. King said.'],
      [['We pay our staff well', 'King', 'said', 'direct']],
    ],
    [
      'a title word as a surname after a listed first name',
      ['"The turnout matters," said Charlie Major, a union organiser.'],
      [['The turnout matters', 'Charlie Major', 'said', 'direct']],
    ],
    [
      '"continued" with a colon before its quotation',
      ['Governor Rita Moss spoke first. Moss continued: "We will not back down."'],
      [['We will not back down.', 'Rita Moss', 'continued', 'direct']],
    ],
    [
      '"reports" with a colon before its quotation',
      ['The Harbour Times reports: "The dam was never inspected."'],
      [['The dam was never inspected.', 'the Harbour Times', 'reports', 'direct']],
    ],
    [
      'a party tag between commas',
      ['"The veto will fall," Sen. Ruth Calloway, R-Ky., said Tuesday.'],
      [['The veto will fall', 'Ruth Calloway', 'said', 'direct']],
    ],
    [
      'a party letter alone in brackets',
      ['Gov. Omar Reyes (R) said it would be "improper" to comment.'],
      [['improper', 'Omar Reyes', 'said', 'partial']],
    ],
    [
      'where or how between commas says nothing about who',
      ['Mayor Ana Ruiz, at a later briefing, said, "The roads are open."'],
      [['The roads are open.', 'Ana Ruiz', 'said', 'direct']],
    ],
    [
      "a single mark nested against two apostrophes (''…'…''')",
      ["''People ask me, 'Why now?''' Mayor Ana Ruiz said."],
      [["People ask me, 'Why now?'", 'Ana Ruiz', 'said', 'direct']],
    ],
    [
      'a progressive verb: the speaker stands before the auxiliary',
      ['Senator Tom Hale is telling donors that the race is "wide open."'],
      [['wide open.', 'Tom Hale', 'telling', 'partial']],
    ],
    [
      "a contracted progressive (He's claiming)",
      ['Senator Tom Hale spoke in Ohio.', 'He’s claiming that fraud is “a big problem.”'],
      [['a big problem.', 'Tom Hale', 'claiming', 'partial']],
    ],
    [
      'a verb of praise or blame',
      ['Governor Rita Moss praised the crews as "fearless."'],
      [['fearless.', 'Rita Moss', 'praised', 'partial']],
    ],
    [
      '"as X put it"',
      ['The bill, as Senator Tom Hale put it, is "a tax on breathing."'],
      [['a tax on breathing.', 'Tom Hale', 'put it', 'partial']],
    ],
    [
      'a time phrase before the subject of a participle clause',
      ['On Sunday, Mayor Ana Ruiz toured the dam, saying it was "in good shape."'],
      [['in good shape.', 'Ana Ruiz', 'saying', 'partial']],
    ],
    [
      'a described subject of a participle clause ends at its head noun',
      ['The retired neurosurgeon began with the budget, saying it was "a mess."'],
      [['a mess.', 'the retired neurosurgeon', 'saying', 'partial']],
    ],
    [
      'a name alone before a colon, after a digest headline',
      ['TURNOUT IS UP - Ruth Calloway: "More people voted than ever."'],
      [['More people voted than ever.', 'Ruth Calloway', ':', 'direct']],
    ],
    [
      'a name run stops at the end of the sentence before it',
      ['The pact dates from World War II. Hale said it was "obsolete."'],
      [['obsolete.', 'Hale', 'said', 'partial']],
    ],
    [
      'a role noun as title in a possessive description',
      ['"That was outrageous," Hale\'s former campaign strategist said.'],
      [['That was outrageous', "Hale's former campaign strategist", 'said', 'direct']],
    ],
    [
      'a long apposition between a name and its verb',
      [
        '"It pays for itself," Ana Ruiz, director of the Harbour Budget Center and a professor at the Northvale School of Economics, said.',
      ],
      [['It pays for itself', 'Ana Ruiz', 'said', 'direct']],
    ],
    [
      'a coordinated verb after a subject with an apposition',
      ['Tom Hale, her Republican opponent, toured the port and said it was "a mess."'],
      [['a mess.', 'Tom Hale', 'said', 'partial']],
    ],
    [
      'after "told" comes the listener, not the speaker',
      ['Ana Ruiz, meanwhile, told Harbour Radio that the port needs "a leader."'],
      [['a leader.', 'Ana Ruiz', 'told', 'partial']],
    ],
    [
      '"Hours later," before the subject of a participle clause',
      ['Hours later, Mayor Ana Ruiz replied, telling reporters, "The port is safe."'],
      [['The port is safe.', 'Ana Ruiz', 'telling', 'partial']],
    ],
    [
      'a cue after a possessive pronoun is a noun (her opening remarks)',
      ['Ana Ruiz said in her opening remarks that the port needs "stalwart allies," naming two.'],
      [['stalwart allies', 'Ana Ruiz', 'said', 'partial']],
    ],
    [
      'a whole quoted sentence right after a sentence whose verb quoted nothing',
      ['Senator Tom Hale said the vote may wait. "The other factor is the election."'],
      [['The other factor is the election.', 'Tom Hale', 'said', 'direct']],
    ],
    [
      '"Asked …," or "When asked …," before the subject of a coordinated verb',
      ['When asked about the delay, Mayor Ana Ruiz shrugged and said, "We will see."'],
      [['We will see.', 'Ana Ruiz', 'said', 'direct']],
    ],
    [
      'a sentence adverb between the speaker and the verb ("however", "meanwhile")',
      ['Mayor Ana Ruiz however said the plan was "a good start."'],
      [['a good start.', 'Ana Ruiz', 'said', 'partial']],
    ],
    [
      '"another" opens a speaker phrase, as "a" and "one" do',
      ['Another harbour pilot said, "The tide turned early."'],
      [['The tide turned early.', 'another harbour pilot', 'said', 'direct']],
    ],
    [
      'after the verb, the phrase keeps its own first word ("another", not "the")',
      ['"We waited three hours," said another Westport commuter.'],
      [['We waited three hours', 'another Westport commuter', 'said', 'direct']],
    ],
    [
      'a verb that judges in words: "condemned … as"',
      ['President Ana Ruiz condemned the test as "provocative and destabilizing" on Friday.'],
      [['provocative and destabilizing', 'Ana Ruiz', 'condemned', 'partial']],
    ],
    [
      'a work noun before words that read as a sentence: speech, not a name',
      ['Spokeswoman Jessica Ditto said she expects the campaign "to keep calling out bias."'],
      [['to keep calling out bias.', 'Jessica Ditto', 'said', 'partial']],
    ],
    [
      'a hometown between commas',
      [
        'Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam "for the nation\'s rights."',
      ],
      [["for the nation's rights.", 'Johnnie Wilson', 'said', 'partial']],
    ],
    [
      'an apposition with a clause in it',
      [
        'Pete Seat, an Indiana consultant whose firm was retained by the campaign, said he would be "shocked" by it.',
      ],
      [['shocked', 'Pete Seat', 'said', 'partial']],
    ],
    [
      'a sentence adverb before a relative clause',
      [
        'Senator Ada Moss spoke first.',
        'Moss, meanwhile, who holds no endorsements, said she is "ready to take on the establishment."',
      ],
      [['ready to take on the establishment.', 'Ada Moss', 'said', 'partial']],
    ],
    [
      'a description too long for a title before a full name',
      ['Another delegate on the Cruz slate, Jim Poolman, said he was only "leaning Cruz."'],
      [['leaning Cruz.', 'Jim Poolman', 'said', 'partial']],
    ],
    [
      'a leading "By …," before the subject of coordinated verbs',
      [
        'By the end of the day, Mayor Ana Ruiz was forced into damage control and said her words had been "misconstrued."',
      ],
      [['misconstrued.', 'Ana Ruiz', 'said', 'partial']],
    ],
    [
      'a fragment with no reporting verb: the words of a subject already quoted',
      [
        'Senate leader Harry Reid said the plan was "a disgrace."',
        'In recent weeks, Reid has been steadily pounding Trump as a "con artist who will bleed us."',
      ],
      [
        ['a disgrace.', 'Harry Reid', 'said', 'partial'],
        ['con artist who will bleed us.', 'Harry Reid', 'pounding', 'partial'],
      ],
    ],
    [
      'a fragment with no reporting verb after "she": the woman named before',
      [
        'Senator Ada Moss said the bill was "dead."',
        'Later, she went after the governor as "a man without a plan" at a rally.',
      ],
      [
        ['dead.', 'Ada Moss', 'said', 'partial'],
        ['a man without a plan', 'Ada Moss', 'went', 'partial'],
      ],
    ],
    [
      'lower-case words before a title word in an apposition',
      ['Sammy Aaron, vice chairman of Apple, told Fortune that Trump is "very involved" in it.'],
      [['very involved', 'Sammy Aaron', 'told', 'partial']],
    ],
    [
      'a one-word name with an apposition keeps the full name read before',
      [
        '"It is good strategy," said Ed Rendell, a former governor.',
        'Rendell, a stalwart Clinton supporter, said it was late. "A gas tax would cost $120," said Rendell.',
      ],
      [
        ['It is good strategy', 'Ed Rendell', 'said', 'direct'],
        ['A gas tax would cost $120', 'Ed Rendell', 'said', 'direct'],
      ],
    ],
    [
      '"Even" opens no name',
      ['Even Lindsey Graham said, "Kasich would be the best nominee."'],
      [['Kasich would be the best nominee.', 'Lindsey Graham', 'said', 'direct']],
    ],
    [
      'a figure with its suffix before a title after the verb ("9/11 widow")',
      ['"They are 100 percent wrong," said 9/11 widow Terry Strada.'],
      [['They are 100 percent wrong', 'Terry Strada', 'said', 'direct']],
    ],
    [
      'a paragraph ending in "X said:" introduces the next one, past blank lines',
      ['Senator Ada Moss answered the critics. She said:', '', '"We will win this fight."'],
      [['We will win this fight.', 'Ada Moss', 'said', 'direct']],
    ],
    [
      'a capitalised verb opening its sentence, the speaker after it ("Said Ellis:")',
      ['Experts say the plan is complicated. Said Ryan Ellis: "I do not get the sense she cares."'],
      [['I do not get the sense she cares.', 'Ryan Ellis', 'said', 'direct']],
    ],
    [
      'a headline\'s capitalised verb and a leading "Following" end a name',
      [
        'Politifact: Donald Trump Is Right on Chicago.',
        'Following Monday’s debate the site checked the claim. He said:',
        '"We have a situation in our inner cities."',
      ],
      [['We have a situation in our inner cities.', 'Donald Trump', 'said', 'direct']],
    ],
    [
      "a fragment after a claim's owner: the owner's words, before the sentence's subject",
      [
        'Donald Trump said the city was "a war zone."',
        'Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.',
      ],
      [
        ['a war zone.', 'Donald Trump', 'said', 'partial'],
        ['thousands of shootings', 'Donald Trump', 'claim', 'partial'],
      ],
    ],
    [
      'a description opening with a name keeps its capital',
      ['Gary Johnson’s doctor is calling the candidate "extremely physically fit."'],
      [['extremely physically fit.', 'Gary Johnson’s doctor', 'calling', 'partial']],
    ],
    [
      'a title as the head of a description that calls something',
      ['The candidate’s doctor is calling him "extremely physically fit."'],
      [['extremely physically fit.', 'the candidate’s doctor', 'calling', 'partial']],
    ],
    [
      'an adverb in -ly between the speaker and the verb ("cynically dismissed")',
      [
        'Senator Newt Gingrich spoke.',
        'In July, Gingrich cynically dismissed Estonia as being in the "suburbs of St. Petersburg" then.',
      ],
      [['suburbs of St. Petersburg', 'Newt Gingrich', 'dismissed', 'partial']],
    ],
    [
      'a noun in -ly is no adverb before the verb ("the Okafor family said")',
      ['The Okafor family said they were "heartbroken."'],
      [['heartbroken.', 'the Okafor family', 'said', 'partial']],
    ],
    [
      'a relative clause that describes, not one that names its own speaker',
      [
        'Aaron Kall, the director of debate at the university, compared Trump to a coach who is "working the referees" in hopes.',
      ],
      [['working the referees', 'Aaron Kall', 'compared', 'partial']],
    ],
    [
      'a party and state between commas ("Republican of Minnesota")',
      [
        '"You need to bomb the facilities," Representative Michele Bachmann, Republican of Minnesota, told Mr. Obama.',
      ],
      [['You need to bomb the facilities', 'Michele Bachmann', 'told', 'direct']],
    ],
    [
      'a possessive and a relation before a full name after the quotation',
      ['"He had so many projects," his friend Mahamat Saleh Oumar told the website.'],
      [['He had so many projects', 'Mahamat Saleh Oumar', 'told', 'direct']],
    ],
    [
      'a description and a full name between commas after the quotation',
      ['"He deserved it," the assailant, John McGraw, told the program.'],
      [['He deserved it', 'John McGraw', 'told', 'direct']],
    ],
    [
      'a capitalised "She" opening the sentence of a participle',
      [
        'Hillary Clinton said it was "fine."',
        'She addressed Muslim-Americans in an email to supporters, saying that "what you are hearing is wrong."',
      ],
      [
        ['fine.', 'Hillary Clinton', 'said', 'partial'],
        ['what you are hearing is wrong.', 'Hillary Clinton', 'saying', 'partial'],
      ],
    ],
    [
      'a thing before a participle is its object; the sentence subject speaks',
      [
        'Donald Trump said it was "fine."',
        'Trump unleashed a series of tweets early Friday saying that Clinton used her "as a paragon of virtue."',
      ],
      [
        ['fine.', 'Donald Trump', 'said', 'partial'],
        ['as a paragon of virtue.', 'Donald Trump', 'saying', 'partial'],
      ],
    ],
    [
      '"one of" a group between commas describes the name before it',
      [
        'Benjamin J. Rhodes, one of the president\'s closest aides, recalled Mr. Obama talking about "how societies fail" often.',
      ],
      [['how societies fail', 'Benjamin J. Rhodes', 'recalled', 'partial']],
    ],
    [
      'a listed first name alone is someone "she" may mean',
      [
        'The Post sent reporter Stephanie McCrummen to her home.',
        '"I would," Melanie said to the TV.',
        '"You winning?" she said.',
      ],
      [
        ['I would', 'Melanie', 'said', 'direct'],
        ['You winning?', 'Melanie', 'said', 'direct'],
      ],
    ],
    [
      'a full name inside an attribution tells who a later surname is',
      [
        'Christie, who has campaigned for GOP nominee Donald Trump, blasted Clinton as "a disgrace."',
        'Trump has also commented on Terence Crutcher’s death.',
        'On Wednesday, he told a crowd that he was "troubled" by it.',
      ],
      [
        ['a disgrace.', 'Christie', 'blasted', 'partial'],
        ['troubled', 'Donald Trump', 'told', 'partial'],
      ],
    ],
    [
      'a heading in capitals is no one "he" may mean',
      [
        'Financial planner Tom McKinley said debt is "a last resort."',
        'PAYING FOR A QUARTER Let us start with loans.',
        '"I do not judge what people spend," he said.',
      ],
      [
        ['a last resort.', 'Tom McKinley', 'said', 'partial'],
        ['I do not judge what people spend', 'Tom McKinley', 'said', 'direct'],
      ],
    ],
    [
      'a clause with its own "she" before a coordinated verb',
      [
        'Senator Ada Moss spoke first.',
        'Governor Tom Hale blasted Moss as a "disgrace" after she attacked the police and blamed shootings on "implicit bias" last week.',
      ],
      [
        ['disgrace', 'Tom Hale', 'blasted', 'partial'],
        ['implicit bias', 'Ada Moss', 'blamed', 'partial'],
      ],
    ],
    [
      'an honorific and a surname are someone "he" may mean',
      [
        'Donald Trump spoke in Ohio on Monday.',
        'Mr. McKinley, a planner, disagrees. These days, he has changed his tune.',
        '"You would like to pay cash," he said.',
      ],
      [['You would like to pay cash', 'McKinley', 'said', 'direct']],
    ],
    [
      'a full name read after "Mr." keeps the full name',
      [
        'Mr. Cruz spoke first.',
        'Later, Senator Ted Cruz arrived.',
        'Cruz was tired.',
        '"It is late," he said.',
      ],
      [['It is late', 'Ted Cruz', 'said', 'direct']],
    ],
    [
      'a party, capitalised, as a modifier before a title after the verb',
      ['"The distraction gets you off message," said Republican party boss Reince Priebus.'],
      [['The distraction gets you off message', 'Reince Priebus', 'said', 'direct']],
    ],
    [
      'what someone is "now" and a city with its state between commas',
      [
        '"I would have been in Siberia," Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.',
      ],
      [['I would have been in Siberia', 'Daniloff', 'said', 'direct']],
    ],
    [
      'a relative clause opened by "who\'s"',
      [
        'Michael Bloomberg, who\'s thinking about running for president, said it was "impossible" then.',
      ],
      [['impossible', 'Michael Bloomberg', 'said', 'partial']],
    ],
    [
      'an apposition of thirty words with a clause in it',
      [
        'Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the state, said the absentee program is a “critical part of our strategy.”',
      ],
      [['critical part of our strategy.', 'Rich Heffley', 'said', 'partial']],
    ],
    [
      'a city and a state AP spells out, between commas',
      [
        'Clinton, at a town hall meeting in Columbus, Ohio, said she was "going to put coal companies out of business."',
      ],
      [['going to put coal companies out of business.', 'Clinton', 'said', 'partial']],
    ],
    [
      'an abbreviated title after a place that is also a first name ("Virginia Gov.")',
      [
        'Virginia Gov. Terry McAuliffe on Friday signed the order.',
        '"We will break the barriers down," he said.',
      ],
      [['We will break the barriers down', 'Terry McAuliffe', 'said', 'direct']],
    ],
    [
      'verbs of answering and manner ("answered", "demurred", "boomed")',
      [
        'Senator Ada Moss was asked about the county. "Whichever one I am in," she demurred.',
        '"Denver," Governor Tom Hale answered.',
      ],
      [
        ['Whichever one I am in', 'Ada Moss', 'demurred', 'direct'],
        ['Denver', 'Tom Hale', 'answered', 'direct'],
      ],
    ],
    [
      'a sign "which read" the words: not the subject\'s',
      [
        'Donald Trump said it was "fine."',
        'He held up the sign, which read "we want more of this," and waved it.',
      ],
      [['fine.', 'Donald Trump', 'said', 'partial']],
    ],
    [
      'a heading\'s verb in -s ends a name ("Ed Moss Calls Ada Reyes …"), so "she" finds her',
      [
        'Ed Moss Calls Ada Reyes ‘A Disgrace’ Over Her Comments.',
        'On Tuesday, Reyes criticised the police.',
        '"How many times do we have to see this?" she said.',
      ],
      [['How many times do we have to see this?', 'Ada Reyes', 'said', 'direct']],
    ],
    [
      '"it" is the newspaper or report that spoke last, a person named since or not',
      [
        '"His fortunes have changed," the Harbour Times wrote in 1990.',
        '"He continues to pursue trophy projects," it added.',
        'Ada Reyes called it unfair. "We are not done," it said.',
      ],
      [
        ['His fortunes have changed', 'the Harbour Times', 'wrote', 'direct'],
        ['He continues to pursue trophy projects', 'the Harbour Times', 'added', 'direct'],
        ['We are not done', 'the Harbour Times', 'said', 'direct'],
      ],
    ],
    [
      'a verb after "The Post reports that" governs a fragment at the end of its clause',
      [
        'The Harbour Post reports that the mayor skipped the hospital to "keep the details under wraps."',
      ],
      [['keep the details under wraps.', 'the Harbour Post', 'reports', 'partial']],
    ],
    [
      '"what it called" is the words of the body opening the sentence; "a group called" names',
      [
        'The Harbour Council on Friday pledged sanctions against what it called "a clear threat to peace."',
        'She joined a group called "the bright future of our town".',
      ],
      [['a clear threat to peace.', 'the Harbour Council', 'called', 'direct']],
    ],
    [
      'words after a quotation describe the next speaker only within one sentence',
      [
        'The media are "framing this campaign," Ed Moss said. Reyes, speaking to voters, said, "You have not voted yet."',
      ],
      [
        ['framing this campaign', 'Ed Moss', 'said', 'partial'],
        ['You have not voted yet.', 'Reyes', 'said', 'direct'],
      ],
    ],
    [
      'a sentence adverb between the subject and its verb ("Reid, in particular, has been pounding")',
      [
        'Senator Harry Reid said the plan was "a con."',
        'Reid, in particular, has been steadily pounding Trump as a "con artist" since May.',
      ],
      [
        ['a con.', 'Harry Reid', 'said', 'partial'],
        ['con artist', 'Harry Reid', 'pounding', 'partial'],
      ],
    ],
    [
      'a paragraph ending in "X continued:" introduces the next one',
      ['"We are ready," said Pat Caddell. Caddell continued:', '', '"The numbers are the same."'],
      [
        ['We are ready', 'Pat Caddell', 'said', 'direct'],
        ['The numbers are the same.', 'Pat Caddell', 'continued', 'direct'],
      ],
    ],
    [
      'a relative clause speaks for its head: a person before an apposition, or a body',
      [
        'Obama had a frosty relationship with Mitch McConnell, now the majority leader, who in 2010 said his goal was a "one-term president."',
        'Reporters turned to the Harbour Police Department which reported "2,521 shooting incidents" this year.',
        'Instead, the study -- which notes that firms would owe sums "equal to entire state budgets," if taxed -- is a warning.',
      ],
      [
        ['one-term president.', 'Mitch McConnell', 'said', 'partial'],
        ['2,521 shooting incidents', 'the Harbour Police Department', 'reported', 'partial'],
        ['equal to entire state budgets', 'the study', 'notes', 'partial'],
      ],
    ],
    [
      'a quotation opening on an ellipsis after a space (” … he delivered)',
      ['” … he delivered a mix of orthodoxy and polish,” Mark Barabak wrote.'],
      [['… he delivered a mix of orthodoxy and polish', 'Mark Barabak', 'wrote', 'direct']],
    ],
    [
      'a ruling is words: "ruled that"',
      ['Politifact then ruled that the claim about "thousands of shootings" is "true."'],
      [
        ['thousands of shootings', 'Politifact', 'ruled', 'partial'],
        ['true.', 'Politifact', 'ruled', 'partial'],
      ],
    ],
    [
      'two titles of one person joined by "and"',
      [
        'The former secretary of state and current Democratic presidential nominee said she wanted to speak "directly to voters."',
      ],
      [
        [
          'directly to voters.',
          'the former secretary of state and current Democratic presidential nominee',
          'said',
          'partial',
        ],
      ],
    ],
    [
      'a verb that is a noun too, bare after one thing, is the noun ("a lunch counter")',
      [
        'Protest, Ada Moss said, is sitting at a lunch counter or wearing a T-shirt emblazoned with "I can\'t breathe" today.',
      ],
      [["I can't breathe", 'Ada Moss', 'said', 'partial']],
    ],
    [
      'a description after the verb that runs on names no one; the name before an age and a relative clause does',
      [
        'Donna Rawlings, 59, who watched on a screen, said the event brought back memories of "all the people who were not here."',
      ],
      [['all the people who were not here.', 'Donna Rawlings', 'said', 'partial']],
    ],
    [
      'a body by its name calls something (not "a group called")',
      [
        'In a statement, the Association of Flight Attendants called Clinton a "champion" for its members.',
      ],
      [['champion', 'the Association of Flight Attendants', 'called', 'partial']],
    ],
    [
      'an organisation before a title and a name after the verb is where the person works',
      ['"It was never meant to be," said Monmouth University political scientist Patrick Murray.'],
      [['It was never meant to be', 'Patrick Murray', 'said', 'direct']],
    ],
    [
      'a party adjective alone is no speaker ("Democratic claims")',
      ['PolitiFact rated 22% of Democratic claims as "entirely true" this year.'],
      [],
    ],
    [
      'someone new introduced with an apposition is whom the next "he" means, anywhere in the sentence',
      [
        'Senator Tom Reyes spoke on Monday.',
        'While Reyes had songs written about him, that has not happened for Moss, which concerns Henry Crespo, president of the Harbour Caucus.',
        '"No one is writing songs for her," he said.',
      ],
      [['No one is writing songs for her', 'Henry Crespo', 'said', 'direct']],
    ],
    [
      'a name opening on an adjective is no one "he" refers to (the Commission on Presidential Debates)',
      [
        'Donald Trump spoke in Michigan.',
        'He notes that the Commission on Presidential Debates announced there was an issue with his microphone.',
        'He says, "Working that microphone was difficult."',
      ],
      [['Working that microphone was difficult.', 'Donald Trump', 'says', 'direct']],
    ],
    [
      '"she" with no woman before is the woman the sentence named after its subject',
      [
        'Governor Ed Moss described Senator Mary Reyes as a "disgrace" after she attacked the police and blamed shootings on "implicit bias."',
      ],
      [
        ['disgrace', 'Ed Moss', 'described', 'partial'],
        ['implicit bias.', 'Mary Reyes', 'blamed', 'partial'],
      ],
    ],
    [
      'a possessive names its owner without the "\'s"',
      ['Ada Reyes’s campaign opened an office.', '"We are ready," she said.'],
      [['We are ready', 'Ada Reyes', 'said', 'direct']],
    ],
    [
      "a group's word inside a title (Police Chief) and two phrases before the subject",
      [
        'Before the convention, Harbour Police Chief Dan Okoro lobbied to ban guns downtown, saying, "The fewer guns, the better."',
        'On Thursday, after staying neutral all spring, Warren endorsed Clinton, saying, "She is a fighter."',
      ],
      [
        ['The fewer guns, the better.', 'Dan Okoro', 'saying', 'direct'],
        ['She is a fighter.', 'Warren', 'saying', 'direct'],
      ],
    ],
    [
      'a day between the speaker and the verb; "this source"',
      [
        'Reince Priebus later Thursday told Fox News: "Both men are meeting next week."',
        '"The kids do not like him," this source told the Post.',
      ],
      [
        ['Both men are meeting next week.', 'Reince Priebus', 'told', 'direct'],
        ['The kids do not like him', 'this source', 'told', 'direct'],
      ],
    ],
    [
      'one capitalised word after "in" is a time or a place, not a speaker',
      ['Prosecutors in April charged two developers with "defrauding investors."'],
      [],
    ],
    [
      'a titled full name alone before a colon introduces the quotation',
      ['Republican pollster Daron Shaw: "Lesser-known candidates have seen the biggest boost."'],
      [['Lesser-known candidates have seen the biggest boost.', 'Daron Shaw', ':', 'direct']],
    ],
    [
      '"It" opening a sentence after one whose subject is a body is that body ("Trump\'s campaign")',
      [
        'Donald Trump’s campaign is defending his tweets. It’s denouncing what it calls "the biggest media attack in history."',
      ],
      [['the biggest media attack in history.', 'Donald Trump’s campaign', 'calls', 'direct']],
    ],
    [
      'a sentence adverb opens no phrase ("Then he cut into Bush,"); a state spelled out after a city',
      [
        'Donald Trump spoke twice on Monday. Then he cut into Bush, calling him a "stiff."',
        'Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him "a total stiff."',
      ],
      [
        ['stiff.', 'Donald Trump', 'calling', 'partial'],
        ['a total stiff.', 'Donald Trump', 'calling', 'partial'],
      ],
    ],
    [
      '"a source familiar with the matter"; a surname after a middle initial; "of" after a name says where from',
      [
        'A source familiar with the matter said, "He will try."',
        '"It is not going to be easy," said Representative Peter T. King of New York.',
      ],
      [
        ['He will try.', 'a source familiar with the matter', 'said', 'direct'],
        ['It is not going to be easy', 'Peter T. King', 'said', 'direct'],
      ],
    ],
    [
      'a relative clause after a party tag; a description with a relative clause and no comma',
      [
        'Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders pushed her to be "stronger."',
        'A White House official who spoke anonymously said, "There are discussions."',
      ],
      [
        ['stronger.', 'Claire McCaskill', 'said', 'partial'],
        ['There are discussions.', 'a White House official', 'said', 'direct'],
      ],
    ],
    [
      '"as" opening the attribution after a quotation ("…," as a memo put it)',
      [
        'The main requirement is a "lawful source of investment income," as a Homeland Security memo put it.',
      ],
      [['lawful source of investment income', 'a Homeland Security memo', 'put it', 'partial']],
    ],
    [
      'an emphatic "did" between the speaker and the verb',
      ['Sheldon Adelson did say he found the candidate "very charming."'],
      [['very charming.', 'Sheldon Adelson', 'say', 'partial']],
    ],
    [
      'a few words of when between "reported" and "that"',
      [
        'The Harbour Times reported at the time that her statement was "not in line with our editorial policy."',
      ],
      [['not in line with our editorial policy.', 'the Harbour Times', 'reported', 'partial']],
    ],
    [
      'a quotation over several paragraphs, blank paragraphs between them',
      [
        'The Harbour Times reports:',
        '',
        '"In 2012, most donors gave little.',
        '',
        '"Without this network, she is made to attend fund-raisers."',
      ],
      [
        [
          'In 2012, most donors gave little. Without this network, she is made to attend fund-raisers.',
          'the Harbour Times',
          'reports',
          'direct',
        ],
      ],
    ],
    [
      'the closing mark after a stop ends the sentence before; the next subject is read',
      [
        'Donald Trump boasted, "That makes me smart." Trump was similarly defensive when asked about an architect, saying, "Maybe he did not do a good job."',
      ],
      [
        ['That makes me smart.', 'Donald Trump', 'boasted', 'partial'],
        ['Maybe he did not do a good job.', 'Donald Trump', 'saying', 'direct'],
      ],
    ],
    [
      'a person "of" a state before the verb; the surname alone later is that person',
      [
        'Senator Bernie Sanders of Vermont promised to stay in the race.',
        '"We are in till the last ballot is cast," Sanders said.',
      ],
      [['We are in till the last ballot is cast', 'Bernie Sanders', 'said', 'direct']],
    ],
    [
      "a possessive names its owner for later mentions too (President Obama's decision … Obama said. He …)",
      [
        'President Obama’s decision drew support. Vice President Biden had breakfast with her.',
        '"It is the right thing to do," Obama said. He called Burma a "good news story."',
      ],
      [
        ['It is the right thing to do', 'Obama', 'said', 'direct'],
        ['good news story.', 'Obama', 'called', 'partial'],
      ],
    ],
    [
      'a foundation, institution or center is a body, no one "she" refers to',
      [
        'Hillary Clinton said the plan was "fair."',
        'Brookings Institution weighed the plan, economists said.',
        'She would also close the "carried interest" loophole.',
      ],
      [
        ['fair.', 'Hillary Clinton', 'said', 'partial'],
        ['carried interest', 'Hillary Clinton', 'close', 'partial'],
      ],
    ],
    [
      'a participle phrase or an adverb opening the sentence is no subject ("Facing …,", "To wit,")',
      [
        'Facing criticism over the weekend, Donald Trump released a statement, insisting that Khan had "no right" to speak.',
        'To wit, Trump told Newsmax that the policy was "maniacal," adding, "He lost all of the Latino vote."',
      ],
      [
        ['no right', 'Donald Trump', 'insisting', 'partial'],
        ['maniacal', 'Donald Trump', 'told', 'partial'],
        ['He lost all of the Latino vote.', 'Donald Trump', 'adding', 'direct'],
      ],
    ],
    [
      '"secretary of state" holds no verb',
      ['Ada Reyes spoke on Tuesday. The former secretary of state pushed the "plutocrat" line.'],
      [],
    ],
  ])('%s', (_name, paragraphs, expected) => expect(brief(paragraphs)).toEqual(expected));

  it('keeps the words before a titled name as part of the title', () => {
    expect(
      extractQuotes([
        '"We will find the driver," Harbour police Chief Dan Okoro said on Friday.',
      ])[0].speakerTitle
    ).toBe('Harbour police Chief');
  });

  it.each<[string, string[]]>([
    [
      '"continued" far from a quotation is about things',
      ['The strike continued "unabated" into May.'],
    ],
    ['a group "called" something', ['Officials called it a "success" on Tuesday.']],
    ['a cue after a determiner is a noun', ['The lawsuit against the state was called "weak."']],
    [
      'a quotation two sentences after a verb',
      ['Senator Tom Hale said the vote may wait. The hall emptied. "Nobody stayed."'],
    ],
    [
      'a participle clause whose subject is a thing',
      ['The bill passed on Friday, saying nothing about "the children."'],
    ],
    ['a capitalised "States" is a name, not a verb', ['The United States "needs a plan."']],
    ['a crowd chanting', ['"We will win," the crowd chanted.']],
    [
      'a cue after a possessive is a noun',
      ['Mayor Ana Ruiz\'s tweet about the "big loser" came late.'],
    ],
    [
      'a possessive phrase ending in a plain noun',
      ['Nobody believed Kim\'s mental state was "stable."'],
    ],
    [
      'a dash and a name that goes on as a sentence',
      ['The slogan “Yes we can” — Ana Ruiz used it.'],
    ],
    ['a dash and a single name', ['“We want a park.” ― Ruiz']],
    [
      '"she" with only men named before',
      ['Senator Tom Hale spoke first.', '"We will vote today," she said.'],
    ],
    [
      'a quoted sentence closed by a period, then a sentence of its own',
      ['“We lost.” Omar Reyes said that he would fight on.'],
    ],
    ['an apostrophe pair inside a word is no mark', ["The rock 'n'' roll hall ''opened'' in May."]],
    [
      'a website "called" something',
      ['They set up a website called "Leave If He Wins" on Monday.'],
    ],
    ['a colon lead-in with a place, not a person', ['In Ohio, Harbour Radio: "We will win."']],
    [
      '"and then" before a name is no description',
      ['"We are done," and then Mayor Ana Ruiz said no.'],
    ],
    [
      'a fragment after a copula: a description, not words spoken',
      [
        'Senate leader Harry Reid spoke.',
        'Reid has been a "con artist" for years, his critics say.',
      ],
    ],
    [
      'a fragment with no verb whose subject the body never named in full',
      [
        'Following Monday\'s debate, the site ran a fact-check on "thousands of shootings" in Chicago.',
      ],
    ],
    [
      'a fragment in a relative clause of someone else',
      [
        'Senator Kenji Mori spoke.',
        'Mori will face the top seed, whom fans call "the wall of steel," on Sunday.',
      ],
    ],
    [
      'a cue that is a noun after an adjective ("a controversial comment")',
      [
        'The scandal prompted Ana Ruiz to make a controversial comment that described young men as "super predators."',
      ],
    ],
    [
      '"Once" opening a sentence is no name',
      ['Once in my early 20s, I laughed and said, "I do not believe in the devil."'],
    ],
    [
      'a cue that is a noun after "the following"',
      ['On July 6, 2015, Sanders made the following comment: "For young people it is hard."'],
    ],
  ])('gives no quote for %s', (_name, paragraphs) => expect(extractQuotes(paragraphs)).toEqual([]));
});

describe('extractQuotes: the article locale picks marks and verbs', () => {
  it.each<[string, string, string[], [string, string, string, string][]]>([
    [
      'Spanish, straight marks',
      'es',
      ['"Nos encantan los perros", dijo Beltrán.'],
      [['Nos encantan los perros', 'Beltrán', 'dijo', 'direct']],
    ],
    [
      'Spanish, « »',
      'es',
      ['«Nos encantan los perros», afirmó Beltrán.'],
      [['Nos encantan los perros', 'Beltrán', 'afirmó', 'direct']],
    ],
    [
      'French, spaced « »',
      'fr',
      ['« Nous ne céderons pas », a déclaré Claire Martin.'],
      [['Nous ne céderons pas', 'Claire Martin', 'a déclaré', 'direct']],
    ],
    [
      'German „ “',
      'de',
      ['„Wir schaffen das“, sagte Anna Berger.'],
      [['Wir schaffen das', 'Anna Berger', 'sagte', 'direct']],
    ],
    [
      'German » «',
      'de-AT',
      ['»Das reicht nicht«, sagte Anna Berger.'],
      [['Das reicht nicht', 'Anna Berger', 'sagte', 'direct']],
    ],
    [
      'Chinese 「 」',
      'zh-CN',
      ['发言人李明表示：「我们坚决反对。」'],
      [['我们坚决反对。', '发言人李明', '表示', 'direct']],
    ],
    [
      'Chinese 『 』',
      'zh',
      ['发言人李明说：『我们不会让步。』'],
      [['我们不会让步。', '发言人李明', '说', 'direct']],
    ],
  ])('%s', (_name, locale, paragraphs, expected) =>
    expect(brief(paragraphs, locale)).toEqual(expected)
  );

  it('an English article does not read « » or „ “ as quotation marks', () => {
    expect(extractQuotes(['„Wir schaffen das“, sagte Anna Berger.'])).toEqual([]);
  });
});

/**
 * textacy's direct-quotation cases (chartbeat-labs/textacy tests/extract/test_triples.py), in our
 * own words and conventions: its seven English and two Spanish direct-quotation cases and one of
 * its quote-detection cases (a speaker going on after an apposition). textacy gives "he" as the
 * speaker in two of them (no full name before it); we give no quote there, on purpose: 8 of 10
 * agree with textacy.
 */
describe("extractQuotes: cases like textacy's", () => {
  it.each<[string, string, string[], [string, string, string, string][]]>([
    [
      'speaker, verb, comma, quotation',
      'en',
      ['Marlow said, "I love dogs!"'],
      [['I love dogs!', 'Marlow', 'said', 'direct']],
    ],
    [
      'a verb before two coordinated speakers',
      'en',
      ['"We love dogs!" reply Marlow and Ines.'],
      [['We love dogs!', 'Marlow and Ines', 'reply', 'direct']],
    ],
    [
      'a pronoun after a bare name in the sentence before',
      'en',
      ['Marlow spoke from a podium. "I love dogs," he said.'],
      [],
    ],
    [
      'a quotation continuing after "insists X"',
      'en',
      ['"I love dogs!" insists Marlow. "I really do."'],
      [
        ['I love dogs!', 'Marlow', 'insists', 'direct'],
        ['I really do.', 'Marlow', 'insists', 'direct'],
      ],
    ],
    ['a pronoun with no one before it', 'en', ['"Some people disagree," he conceded.'], []],
    [
      'a speaker going on after a long apposition',
      'en',
      [
        'He leans over counters and points the gun at tellers.',
        '"He is going to hurt somebody. He says he will," said Leo Varga, a county detective who has chased the robber for two years. "He has pointed guns at heads."',
      ],
      [
        ['He is going to hurt somebody. He says he will', 'Leo Varga', 'said', 'direct'],
        ['He has pointed guns at heads.', 'Leo Varga', 'said', 'direct'],
      ],
    ],
    ['a title after "is"', 'en', ['Marlow claims that his favourite film is "Seven Samurai".'], []],
    ['a scare-quoted word', 'en', ['Marlow thinks that dogs are "sweeties".'], []],
    [
      'Spanish, straight marks',
      'es',
      ['"Me encantan los perros", dijo Beltrán.'],
      [['Me encantan los perros', 'Beltrán', 'dijo', 'direct']],
    ],
    [
      'Spanish, « »',
      'es',
      ['«Me encantan los perros», afirmó Beltrán.'],
      [['Me encantan los perros', 'Beltrán', 'afirmó', 'direct']],
    ],
  ])('%s', (_name, locale, paragraphs, expected) =>
    expect(brief(paragraphs, locale)).toEqual(expected)
  );
});

// Absolute speed is measured by `npm run bench` (quotesSpeed): a wall-clock bound here failed on a
// CI runner busy with other suites (1.2 s for what takes 0.3 s idle). The shape of the cost is
// checked here, on the best of a few runs of each size, which load does not bend as much.
describe('extractQuotes: cost grows linearly with the body', () => {
  const libya = readFileSync(join(__dirname, '../fixtures/stories/libya-truce.txt'), 'utf8')
    .split(/\n+/u)
    .filter((p) => p.trim() !== '');
  const best = (paragraphs: string[], runs: number): number => {
    extractQuotes(paragraphs);
    let fastest = Infinity;
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      extractQuotes(paragraphs);
      fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e6);
    }
    return fastest;
  };

  it('ten times the paragraphs take well under a hundred times as long: not quadratic', () => {
    const body = (n: number): string[] =>
      Array.from({ length: n }, (_x, i) => libya[i % libya.length]);
    expect(best(body(10_000), 3) / best(body(1000), 5)).toBeLessThan(30);
  });
});
