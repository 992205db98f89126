module.exports = {
  title: 'Fixture SIG',
  url: 'https://sig.example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // French pages on their own host: calendars must still share the default locale's UIDs.
  i18n: {defaultLocale: 'en', locales: ['en', 'fr', 'pt', 'nl'], localeConfigs: {fr: {url: 'https://fr.sig.example.org'}}},
};
