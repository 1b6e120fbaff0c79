import { blocksToHtml, safeUrl } from '../../server/src/domain/ninjs/blocks-to-html';
import { htmlToBlocks } from '../../server/src/domain/ninjs/html-to-blocks';
import { bodyToParagraphs } from '../../server/src/domain/paragraphs';

const text = (value: string, marks: Record<string, true> = {}) => ({
  type: 'text',
  text: value,
  ...marks,
});
const paragraph = (...children: object[]) => ({ type: 'paragraph', children });

describe('blocksToHtml', () => {
  it.each([
    ['a paragraph', [paragraph(text('Truce talks'))], '<p>Truce talks</p>'],
    [
      'every text escaped',
      [paragraph(text('<script>alert("x")</script> & \'co\''))],
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    ],
    [
      'marks',
      [
        paragraph(
          text('bold', { bold: true }),
          text(' and '),
          text('both', { bold: true, italic: true })
        ),
      ],
      '<p><strong>bold</strong> and <em><strong>both</strong></em></p>',
    ],
    [
      'a heading at its level',
      [{ type: 'heading', level: 3, children: [text('Background')] }],
      '<h3>Background</h3>',
    ],
    [
      'a link, its URL escaped',
      [paragraph({ type: 'link', url: 'https://un.org/?a=1&b="2"', children: [text('UN')] })],
      '<p><a href="https://un.org/?a=1&amp;b=&quot;2&quot;">UN</a></p>',
    ],
    [
      'a javascript: link keeps only its text',
      [paragraph({ type: 'link', url: 'java\nscript:alert(1)', children: [text('click')] })],
      '<p>click</p>',
    ],
    [
      'lists, a nested one inside the item before it',
      [
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [text('one')] },
            {
              type: 'list',
              format: 'unordered',
              children: [{ type: 'list-item', children: [text('one a')] }],
            },
            { type: 'list-item', children: [text('two')] },
          ],
        },
      ],
      '<ol><li>one<ul><li>one a</li></ul></li><li>two</li></ol>',
    ],
    [
      'a quote',
      [{ type: 'quote', children: [text('We call for a truce')] }],
      '<blockquote>We call for a truce</blockquote>',
    ],
    ['code', [{ type: 'code', children: [text('a < b')] }], '<pre><code>a &lt; b</code></pre>'],
    [
      'an image with its alternative text',
      [
        {
          type: 'image',
          image: { url: '/uploads/a.jpg', alternativeText: 'Putin & Erdogan' },
          children: [text('')],
        },
      ],
      '<figure><img src="/uploads/a.jpg" alt="Putin &amp; Erdogan"></figure>',
    ],
    ['an unknown block left out', [{ type: 'video', children: [text('x')] }], ''],
    ['no body', null, ''],
  ])('%s', (_name, body, html) => {
    expect(blocksToHtml(body as never)).toBe(html);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['/world/libya', '/world/libya'],
    ['story.html#top', 'story.html#top'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['vbscript:x', null],
  ])('%s → %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

describe('htmlToBlocks', () => {
  it.each([
    ['paragraphs', '<p>One.</p>\n<p>Two.</p>', [paragraph(text('One.')), paragraph(text('Two.'))]],
    [
      'whitespace collapsed and entities decoded',
      '<p>  Tom &amp;\n   Jerry&nbsp;&#8212; </p>',
      [paragraph(text('Tom & Jerry\u00a0—'))],
    ],
    [
      'headings, links and marks',
      '<h2>Why <em>now</em></h2><p>See <a href="https://un.org">the <b>UN</b></a>.</p>',
      [
        { type: 'heading', level: 2, children: [text('Why '), text('now', { italic: true })] },
        paragraph(
          text('See '),
          {
            type: 'link',
            url: 'https://un.org',
            children: [text('the '), text('UN', { bold: true })],
          },
          text('.')
        ),
      ],
    ],
    [
      'scripts and styles dropped with their content',
      '<p>Kept<script>steal()</script></p><style>p{}</style><script>x()</script>',
      [paragraph(text('Kept'))],
    ],
    [
      'a javascript: link becomes its text',
      '<p><a href="javascript:steal()">click</a></p>',
      [paragraph(text('click'))],
    ],
    [
      'lists, nested',
      '<ul><li>one<ol><li>one a</li></ol></li><li>two</li></ul>',
      [
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [text('one')] },
            {
              type: 'list',
              format: 'ordered',
              children: [{ type: 'list-item', children: [text('one a')] }],
            },
            { type: 'list-item', children: [text('two')] },
          ],
        },
      ],
    ],
    [
      'a whole document, loose text in a section a paragraph of its own',
      '<html><head><title>T</title></head><body><section>Loose text<p>Para</p></section></body></html>',
      [paragraph(text('Loose text')), paragraph(text('Para'))],
    ],
    [
      'a quote',
      '<blockquote>We call</blockquote>',
      [{ type: 'quote', children: [text('We call')] }],
    ],
    [
      'code keeps its spacing',
      '<pre>a  <  b\n c</pre>',
      [{ type: 'code', children: [text('a  <  b\n c')] }],
    ],
    ['empty paragraphs dropped', '<p> </p><p></p><div>\n</div>', []],
  ])('%s', (_name, html, blocks) => {
    expect(htmlToBlocks(html)).toEqual(blocks);
  });

  it('reads back what blocksToHtml writes', () => {
    const body = [
      { type: 'heading', level: 2, children: [text('Background <&>')] },
      paragraph(text('A '), text('bold', { bold: true }), text(' "claim".')),
      paragraph({ type: 'link', url: 'https://example.com/?q=a&b', children: [text('link')] }),
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('first')] },
          { type: 'list-item', children: [text('second')] },
        ],
      },
      { type: 'quote', children: [text('Quoted')] },
    ];
    expect(htmlToBlocks(blocksToHtml(body))).toEqual(body);
    expect(bodyToParagraphs(htmlToBlocks(blocksToHtml(body)))).toEqual(bodyToParagraphs(body));
  });
});

describe('htmlToBlocks on hostile nesting', () => {
  it.each([
    ['lists', '<ul><li>x'.repeat(20_000)],
    ['code', `<pre>${'<span>'.repeat(20_000)}deep</pre>`],
    ['divs', `${'<div>'.repeat(20_000)}deep`],
  ])('20,000 nested %s do not overflow the stack', (_name, html) => {
    expect(() => htmlToBlocks(html)).not.toThrow();
  });
});
