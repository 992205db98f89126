/**
 * The plugin's own translations of its theme strings, laid out like @docusaurus/theme-translations:
 * `locales/base/plugin-innersource-sig.json` (English, with descriptions) and one
 * `locales/<locale>/plugin-innersource-sig.json` per language. A site's `i18n/<locale>/code.json`
 * wins over them.
 */
import path from 'node:path';
import {readDefaultCodeTranslationMessages} from '@docusaurus/theme-translations';

export const CODE_TRANSLATIONS_NAME = 'plugin-innersource-sig';

/** The package's `locales` folder (beside `src` and `lib`). */
export const LOCALES_DIR = path.resolve(__dirname, '../../locales');

/** The search theme's messages; the plugin's are all the others. */
const SEARCH_MESSAGES = /^sig\.search\./;

/**
 * id → message for a locale, through Docusaurus' fallbacks: "pt" → pt-BR, "zh" → zh-Hans, "fr-CA" → fr.
 * Each of the package's two parts gives only its own: write-translations warns about messages that
 * no theme file of the site uses, as the search box's when the site has no search theme.
 */
export async function defaultCodeTranslations(locale: string, part: 'plugin' | 'search'): Promise<Record<string, string>> {
  const messages = await readDefaultCodeTranslationMessages({dirPath: LOCALES_DIR, locale, name: CODE_TRANSLATIONS_NAME});
  return Object.fromEntries(Object.entries(messages).filter(([id]) => SEARCH_MESSAGES.test(id) === (part === 'search')));
}
