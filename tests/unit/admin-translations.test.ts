import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import en from '../../admin/src/translations/en.json';
import { NOTE_KINDS } from '../../admin/src/components/corrections/note-kinds';
import { DATELINE_PRESETS } from '../../admin/src/pages/settings-form';
import { CORRECTION_KINDS } from '../../server/src/domain/corrections';

/**
 * Every message the admin shows has its English entry (issue 9: "English translations for every
 * string"). Ids are read off the sources: `getTranslation('id')`, and a page's `t('id', …)`, whose
 * prefix is the page's `getTranslation(`prefix.${id}`)`.
 */
const adminSource = path.join(__dirname, '..', '..', 'admin', 'src');

function idsUsedIn(source: string): string[] {
  const literal = [...source.matchAll(/getTranslation\('([^']+)'\)/g)].map((match) => match[1]);
  const prefix = /getTranslation\(`([\w.]+)\.\$\{id\}`\)/.exec(source)?.[1];
  const local = prefix
    ? [...source.matchAll(/\bt\('([^']+)'/g)].map((match) => `${prefix}.${match[1]}`)
    : [];
  return [...literal, ...local];
}

const sources = readdirSync(adminSource, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
  .map((file) => ({ file, ids: idsUsedIn(readFileSync(path.join(adminSource, file), 'utf8')) }));

describe('admin translations (en)', () => {
  it('finds the messages of every screen', () => {
    const files = sources.filter((source) => source.ids.length > 0).map((source) => source.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.ts',
        'components/NewsroomPanel.tsx',
        'components/TopNewsWidget.tsx',
        'pages/SettingsPage.tsx',
        'pages/ImportPage.tsx',
      ])
    );
  });

  it.each(sources.filter((source) => source.ids.length > 0))(
    'has an English entry for each message of $file',
    ({ ids }) => {
      const missing = ids.filter((id) => !(id in en));
      expect(missing).toEqual([]);
    }
  );

  it('names every dateline style the settings page offers', () => {
    const missing = [...DATELINE_PRESETS, 'custom'].filter(
      (style) => !(`settings.datelineStyle.${style}` in en)
    );
    expect(missing).toEqual([]);
  });

  it('offers every kind of correction note the server takes, each named', () => {
    expect([...NOTE_KINDS]).toEqual([...CORRECTION_KINDS]);
    const missing = NOTE_KINDS.filter((kind) => !(`panel.notes.kind.${kind}` in en));
    expect(missing).toEqual([]);
  });

  it('keeps no entry that no screen uses', () => {
    const used = new Set([
      ...sources.flatMap((source) => source.ids),
      ...NOTE_KINDS.map((kind) => `panel.notes.kind.${kind}`),
      ...[...DATELINE_PRESETS, 'custom'].map((style) => `settings.datelineStyle.${style}`),
    ]);
    expect(Object.keys(en).filter((id) => !used.has(id))).toEqual([]);
  });
});
