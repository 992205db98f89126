// The page's locale: tests of other languages set it (and reset it after).
export const localeState = {currentLocale: 'en', htmlLang: 'en'};

export default function useDocusaurusContext() {
  const {currentLocale, htmlLang} = localeState;
  return {
    siteConfig: {url: 'https://sig.example.org', baseUrl: '/sig/', title: 'Test SIG'},
    i18n: {currentLocale, defaultLocale: 'en', locales: [currentLocale], localeConfigs: {[currentLocale]: {htmlLang, direction: 'ltr'}}},
  };
}
