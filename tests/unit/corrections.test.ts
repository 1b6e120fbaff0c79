import {
  CLOCK_SKEW_MS,
  checkNote,
  lastSignificantUpdate,
  relationTarget,
} from '../../server/src/domain/corrections';

const now = new Date('2020-01-10T12:00:00.000Z');
const firstPublishedAt = '2020-01-08T00:00:00.000Z';
const creating = { creating: true, now, firstPublishedAt };
const updating = { creating: false, now, firstPublishedAt };

describe('checkNote', () => {
  it.each([
    [
      'a full note',
      { kind: 'update', text: ' More talks set. ', at: '2020-01-09T08:00:00Z' },
      { kind: 'update', text: 'More talks set.', at: '2020-01-09T08:00:00.000Z' },
    ],
    [
      'defaults: kind correction, at now',
      { text: 'Fixed a name.' },
      { kind: 'correction', text: 'Fixed a name.', at: now.toISOString() },
    ],
    [
      'null at is now',
      { text: 'x', at: null },
      { kind: 'correction', text: 'x', at: now.toISOString() },
    ],
    [
      'at exactly the first publication',
      { text: 'x', at: firstPublishedAt },
      { kind: 'correction', text: 'x', at: firstPublishedAt },
    ],
    [
      'a client clock a little fast',
      { text: 'x', at: new Date(now.getTime() + CLOCK_SKEW_MS).toISOString() },
      { kind: 'correction', text: 'x', at: new Date(now.getTime() + CLOCK_SKEW_MS).toISOString() },
    ],
  ])('creates %s', (_name, input, expected) => {
    expect(checkNote(input, creating)).toEqual(expected);
  });

  it.each([
    ['an unknown kind', { kind: 'retraction', text: 'x' }, 'kind'],
    ['a kind of another type', { kind: 7, text: 'x' }, 'kind'],
    ['no text', {}, 'text'],
    ['empty text', { text: '' }, 'text'],
    ['white space only', { text: ' \n\t ' }, 'text'],
    ['text that is not a string', { text: ['x'] }, 'text'],
    ['at not a date', { text: 'x', at: 'yesterday' }, 'at'],
    ['at a number', { text: 'x', at: 1578441600000 }, 'at'],
    ['at in the future', { text: 'x', at: '2020-01-11T00:00:00Z' }, 'at'],
    [
      'at just past the skew',
      { text: 'x', at: new Date(now.getTime() + CLOCK_SKEW_MS + 1).toISOString() },
      'at',
    ],
    ['at before the first publication', { text: 'x', at: '2020-01-07T23:59:59Z' }, 'at'],
  ])('refuses %s, naming the field', (_name, input, field) => {
    expect(checkNote(input, creating)).toMatchObject({
      field,
      value: (input as Record<string, unknown>)[field],
    });
  });

  it('checks only the fields an update sends', () => {
    expect(checkNote({ text: 'Reworded.' }, updating)).toEqual({ text: 'Reworded.' });
    expect(checkNote({}, updating)).toEqual({});
    expect(checkNote({ text: '  ' }, updating)).toMatchObject({ field: 'text' });
    expect(checkNote({ at: '2019-12-31T00:00:00Z' }, updating)).toMatchObject({ field: 'at' });
  });
});

describe('lastSignificantUpdate', () => {
  it.each([
    ['never published, no notes', null, [], null],
    ['published, no notes', firstPublishedAt, [], firstPublishedAt],
    [
      'the newest note',
      firstPublishedAt,
      ['2020-01-09T08:00:00Z', '2020-01-10T09:00:00Z', null],
      '2020-01-10T09:00:00.000Z',
    ],
    [
      'a note older than a moved first publication',
      '2020-01-12T00:00:00Z',
      ['2020-01-09T08:00:00Z'],
      '2020-01-12T00:00:00.000Z',
    ],
    [
      'dates as Date objects',
      new Date(firstPublishedAt),
      [new Date('2020-01-09T00:00:00Z')],
      '2020-01-09T00:00:00.000Z',
    ],
  ])('%s', (_name, first, notes, expected) => {
    expect(lastSignificantUpdate(first, notes)).toBe(expected);
  });

  it('is never before the first publication nor any note (property over shuffled inputs)', () => {
    for (let run = 0; run < 200; run++) {
      const times = Array.from(
        { length: run % 7 },
        () => new Date(Date.UTC(2020, 0, 1) + Math.floor(Math.random() * 1e10))
      );
      const result = lastSignificantUpdate(firstPublishedAt, times);
      for (const time of [new Date(firstPublishedAt), ...times])
        expect(new Date(result!).getTime()).toBeGreaterThanOrEqual(time.getTime());
      expect(
        [firstPublishedAt, ...times.map((time) => time.toISOString())].map((t) =>
          new Date(t).toISOString()
        )
      ).toContain(result);
    }
  });
});

describe('relationTarget', () => {
  it.each([
    ['absent', undefined, { kind: 'unchanged' }],
    ['null', null, { kind: 'none' }],
    ['a document id', 'abc123', { kind: 'document', documentId: 'abc123' }],
    [
      '{ documentId }',
      { documentId: 'abc123', locale: 'en' },
      { kind: 'document', documentId: 'abc123' },
    ],
    ['an entry id', 12, { kind: 'row', id: 12 }],
    ['connect by document id', { connect: ['abc123'] }, { kind: 'document', documentId: 'abc123' }],
    [
      'the Content Manager’s connect',
      {
        connect: [{ id: 4, documentId: 'abc123', locale: 'en', position: { end: true } }],
        disconnect: [],
      },
      { kind: 'document', documentId: 'abc123' },
    ],
    ['connect by id', { connect: [{ id: 4 }] }, { kind: 'row', id: 4 }],
    ['set', { set: ['abc123'] }, { kind: 'document', documentId: 'abc123' }],
    ['set to nothing', { set: [] }, { kind: 'none' }],
    ['disconnect only', { disconnect: [{ id: 4 }] }, { kind: 'none' }],
    [
      'an empty connect (the Content Manager, nothing changed)',
      { connect: [], disconnect: [] },
      { kind: 'unchanged' },
    ],
    ['an empty array', [], { kind: 'none' }],
    ['an empty string', '', { kind: 'invalid' }],
    ['a boolean', true, { kind: 'invalid' }],
    ['an object without an id', { title: 'x' }, { kind: 'invalid' }],
  ])('%s', (_name, value, expected) => {
    expect(relationTarget(value)).toEqual(expected);
  });
});
