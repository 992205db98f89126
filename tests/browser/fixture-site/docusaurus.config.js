// A tiny site (written for these tests) for what the real site must never contain: an unknown
// tag, shown as a notice (onUnknownTag 'warn'); a React page using a component with an import;
// .md parsed as MDX (the Docusaurus default); and a right-to-left locale (ar), where every
// component must lay out mirrored. globalSetup builds it once for the suites that use it.
module.exports = {
  title: 'Browser test fixture',
  url: 'https://fixture.example.org',
  baseUrl: '/',
  onBrokenLinks: 'ignore', // no home page, which the theme links to
  future: {v4: true, faster: true}, // Rspack: builds in a fraction of the time
  i18n: {defaultLocale: 'en', locales: ['en', 'ar']},
  presets: [
    [
      'classic',
      {docs: {routeBasePath: '/docs', sidebarPath: false}, blog: false, pages: {}, theme: {}},
    ],
  ],
  plugins: [['docusaurus-plugin-innersource-sig', {onUnknownTag: 'warn'}]],
  themeConfig: {colorMode: {respectPrefersColorScheme: true}},
};
