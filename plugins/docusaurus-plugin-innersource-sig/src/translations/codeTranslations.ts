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

/** id → message for a locale, through Docusaurus' fallbacks: "pt" → pt-BR, "zh" → zh-Hans, "fr-CA" → fr. */
export function defaultCodeTranslations(locale: string): Promise<Record<string, string>> {
  return readDefaultCodeTranslationMessages({dirPath: LOCALES_DIR, locale, name: CODE_TRANSLATIONS_NAME});
}
