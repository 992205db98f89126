import fs from 'node:fs';
import path from 'node:path';
import {CODE_TRANSLATIONS_NAME, LOCALES_DIR, defaultCodeTranslations} from './codeTranslations';
import {LITERAL_ID, themeMessageIds, themeSources} from './__tests__/themeSource';

// The shipped messages against the theme's source: the ids are found by reading the source, so
// these tests follow the code (a new <Translate> without its translations fails them).
const SHIPPED = ['de', 'es', 'fr', 'it', 'ja', 'pt-BR', 'ru', 'zh-Hans'];

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
const base = readJson(path.join(LOCALES_DIR, 'base', `${CODE_TRANSLATIONS_NAME}.json`));
const baseIds = Object.keys(base).filter((key) => !key.endsWith('___DESCRIPTION')).sort();
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the theme source', () => {
  it('gives every Translate and translate() a literal id (write-translations cannot read any other)', () => {
    for (const {file, text} of themeSources()) {
      const calls = [...text.matchAll(/<Translate\b|\btranslate\(/g)].length;
      const literal = [...text.matchAll(LITERAL_ID)].length;
      expect({file, calls}).toEqual({file, calls: literal});
    }
  });

  it('has the ids of the base file, no more and no fewer', () => {
    expect(themeMessageIds().length).toBeGreaterThan(40);
    expect(baseIds).toEqual(themeMessageIds());
  });

  it('describes every message for translators', () => {
    expect(baseIds.filter((id) => !base[`${id}___DESCRIPTION`])).toEqual([]);
  });
});

describe.each(SHIPPED)('the %s messages', (locale) => {
  const messages = readJson(path.join(LOCALES_DIR, locale, `${CODE_TRANSLATIONS_NAME}.json`));

  it('translate every id of the base file and keep no stale one', () => {
    expect(Object.keys(messages).sort()).toEqual(baseIds);
  });

  it('keep the placeholders of each message', () => {
    for (const id of baseIds) expect({id, placeholders: placeholders(messages[id]!)}).toEqual({id, placeholders: placeholders(base[id]!)});
  });

  it('are not left in English', () => {
    const untranslated = baseIds.filter((id) => messages[id] === base[id] && /\p{L}{5,}/u.test(base[id]!.replace(/\{\w+\}|<[^>]+>|[A-Z][a-z]+[A-Z]\w+/g, '')));
    // Words these languages use as they are ("Sessions", "Links", "Meetings", "Feeds") are listed.
    const same: Record<string, string[]> = {
      de: ['sig.eventPage.session', 'sig.eventPage.sessions', 'sig.eventsPage.feeds', 'sig.meetingTable.links', 'sig.meetingsPage.title', 'sig.seriesPage.status'],
      fr: ['sig.eventPage.session', 'sig.eventPage.sessions'],
      'pt-BR': ['sig.eventsPage.feeds', 'sig.meetingTable.links'],
    };
    expect(untranslated).toEqual(same[locale] ?? []);
  });
});

describe('defaultCodeTranslations', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
  ])('%s reads the %s file, the plugin and the search theme each their own messages', async (locale, file) => {
    const plugin = await defaultCodeTranslations(locale, 'plugin');
    const search = await defaultCodeTranslations(locale, 'search');
    expect({...plugin, ...search}).toEqual(readJson(path.join(LOCALES_DIR, file, `${CODE_TRANSLATIONS_NAME}.json`)));
    expect(Object.keys(search).length).toBeGreaterThan(5);
    expect(Object.keys(search).every((id) => id.startsWith('sig.search.'))).toBe(true);
    expect(Object.keys(plugin).some((id) => id.startsWith('sig.search.'))).toBe(false);
  });

  it('English and languages without a file get nothing: the source has the English text', async () => {
    expect(await defaultCodeTranslations('en', 'plugin')).toEqual({});
    expect(await defaultCodeTranslations('nl', 'search')).toEqual({});
  });
});
