import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  bodyToParagraphs,
  paragraphsToBlocks,
  summarize,
} from '../../server/src/domain/paragraphs';
import { parseStory } from '../../server/src/domain/story';

const text = (value: string, marks: Record<string, boolean> = {}) => ({
  type: 'text',
  text: value,
  ...marks,
});
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children });

describe('bodyToParagraphs', () => {
  it.each<[string, unknown, string[]]>([
    [
      'plain text: one paragraph per non-empty line, any line end',
      'First.\r\n\r\n  Second  line. \rThird.\n',
      ['First.', 'Second line.', 'Third.'],
    ],
    ['plain text: whitespace only gives nothing', ' \n\t\n', []],
    [
      'a paragraph joins its text leaves, marks and links',
      [
        paragraph(
          text('The GNA welcomed any '),
          text('"serious call"', { bold: true }),
          text(' to return to '),
          { type: 'link', url: 'https://example.com', children: [text('political talks')] },
          text('.')
        ),
      ],
      ['The GNA welcomed any "serious call" to return to political talks.'],
    ],
    [
      'headings and quotes are paragraphs too',
      [
        { type: 'heading', level: 2, children: [text('Background')] },
        { type: 'quote', children: [text('“Today our President Erdogan…”')] },
      ],
      ['Background', '“Today our President Erdogan…”'],
    ],
    [
      'each list item is a paragraph, nested lists included',
      [
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [text('Russia')] },
            {
              type: 'list',
              format: 'ordered',
              indentLevel: 1,
              children: [{ type: 'list-item', children: [text('Turkey')] }],
            },
          ],
        },
      ],
      ['Russia', 'Turkey'],
    ],
    [
      'images and code are skipped',
      [
        {
          type: 'image',
          image: { url: '/uploads/a.jpg', alternativeText: 'Putin and Erdogan' },
          children: [text('')],
        },
        { type: 'code', children: [text('const x = 1;')] },
        paragraph(text('Kept.')),
      ],
      ['Kept.'],
    ],
    [
      'a soft line break inside a paragraph becomes a space',
      [paragraph(text('Line one\nline two'))],
      ['Line one line two'],
    ],
    [
      'empty paragraphs are dropped',
      [paragraph(text('  ')), paragraph(), paragraph(text('Kept.'))],
      ['Kept.'],
    ],
    [
      'unknown shapes are ignored',
      [
        null,
        42,
        'text',
        { type: 'table' },
        { type: 'paragraph', children: 'not an array' },
        paragraph(null, { type: 'text', text: 7 }, text('Kept.')),
      ],
      ['Kept.'],
    ],
    ['null gives nothing', null, []],
    ['a number gives nothing', 42, []],
    ['an object that is not an array gives nothing', { type: 'paragraph' }, []],
  ])('%s', (_label, body, expected) => {
    expect(bodyToParagraphs(body)).toEqual(expected);
  });

  it('a cyclic body does not overflow the stack', () => {
    const node: Record<string, unknown> = { type: 'list', children: [] };
    (node.children as unknown[]).push(node, { type: 'list-item', children: [text('Item')] });
    expect(() => bodyToParagraphs([node])).not.toThrow();
  });

  it('the seed story survives blocks: paragraphs → blocks → paragraphs', () => {
    const seed = parseStory(
      readFileSync(join(__dirname, '..', 'fixtures', 'stories', 'libya-truce.txt'))
    );
    if (!seed.ok) throw new Error(seed.error.message);
    expect(bodyToParagraphs(paragraphsToBlocks(seed.story.paragraphs))).toEqual(
      seed.story.paragraphs
    );
  });
});

describe('paragraphsToBlocks', () => {
  it('gives one paragraph node with a single text child per paragraph', () => {
    expect(paragraphsToBlocks(['One.', 'Two.'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Two.' }] },
    ]);
  });

  it('round-trips any trimmed, non-empty, single-spaced paragraphs', () => {
    const paragraphText = fc
      .string({ maxLength: 80 })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    fc.assert(
      fc.property(fc.array(paragraphText, { maxLength: 8 }), (paragraphs) => {
        expect(bodyToParagraphs(paragraphsToBlocks(paragraphs))).toEqual(paragraphs);
      })
    );
  });

  it('bodyToParagraphs never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (body) => {
        expect(Array.isArray(bodyToParagraphs(body))).toBe(true);
      })
    );
  });
});

describe('summarize (§3)', () => {
  const libyaFirst =
    'A joint statement on Wednesday from Russia and Turkey calling for a cease-fire in Libya may lead to resolution of the conflict between government forces and east-based militias.';
  const twoSentences = `${'a'.repeat(150)} ends here. ${'b'.repeat(200)} ends later.`;

  it.each<[string, string[], number | undefined, string]>([
    ['a first paragraph that fits is kept whole', [libyaFirst, 'Second.'], undefined, libyaFirst],
    [
      'a long paragraph is cut after its last sentence end within the limit',
      [twoSentences],
      undefined,
      `${'a'.repeat(150)} ends here.`,
    ],
    [
      'a sentence end may carry closing quotes',
      [`"${'a'.repeat(20)} ends here," he said. "${'b'.repeat(300)} on."`],
      undefined,
      `"${'a'.repeat(20)} ends here," he said.`,
    ],
    [
      'an abbreviation such as Gen. does not end a sentence',
      ['Talks began. Then Gen. Khalifa Haftar left Tripoli for Moscow.'],
      30,
      'Talks began.',
    ],
    [
      'nor does Jan. in an AP date',
      ['Talks began. Then on Jan. 8 the two presidents met.'],
      30,
      'Talks began.',
    ],
    ['nor U.S.', ['Talks began. Then U.S. envoys left for good.'], 25, 'Talks began.'],
    ['nor an initial', ['Talks began. Then George W. Bush spoke at length.'], 30, 'Talks began.'],
    [
      'with no sentence end that fits: cut at a word and add …',
      [libyaFirst],
      40,
      'A joint statement on Wednesday from…',
    ],
    [
      'a trailing comma is dropped before the …',
      ['Russia, Turkey and the UN, all of them, agree.'],
      28,
      'Russia, Turkey and the UN…',
    ],
    ['one word longer than the limit is cut inside it', ['x'.repeat(50)], 10, `${'x'.repeat(9)}…`],
    ['an emoji is never split', ['😀'.repeat(20)], 5, `${'😀'.repeat(4)}…`],
    ['empty paragraphs before the first are skipped', ['', '  ', 'First.'], undefined, 'First.'],
    ['no paragraphs: empty summary', [], undefined, ''],
  ])('%s', (_label, paragraphs, maxLength, expected) => {
    expect(summarize(paragraphs, maxLength)).toBe(expected);
  });

  it('is never longer than maxLength and always a prefix of the first paragraph (plus …)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '.', ',', '"', '!', '😀'),
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: 320 }),
        (raw, max) => {
          const first = raw.replace(/\s+/g, ' ').trim();
          const summary = summarize([first], max);
          expect(Array.from(summary).length).toBeLessThanOrEqual(max);
          expect(first.startsWith(summary.replace(/…$/, ''))).toBe(true);
        }
      )
    );
  });
});
