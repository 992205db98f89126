import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {intlLocale} from '../intl';

/** The Intl locale of the page's language, as the build used it for the static HTML. */
export function useIntlLocale(): string {
  const {i18n} = useDocusaurusContext();
  return intlLocale(i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale);
}
