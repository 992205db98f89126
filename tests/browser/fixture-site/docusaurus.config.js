// A tiny site (written for these tests) for what the real site must never contain: an unknown
// tag, shown as a notice (onContentProblems 'warn'); a React page using a component with an import;
// .md parsed as MDX (the Docusaurus default); and a right-to-left locale (ar), where every
// component must lay out mirrored. Its baseUrl is not the root, and it has the search theme, so
// that search is tested under Rspack with a base URL. globalSetup builds it once for the suites.
module.exports = {
  title: 'Browser test fixture',
  url: 'https://fixture.example.org',
  baseUrl: '/portal/',
  onBrokenLinks: 'ignore', // no home page, which the theme links to
  future: {v4: true, faster: true}, // Rspack: builds in a fraction of the time
  i18n: {defaultLocale: 'en', locales: ['en', 'ar']},
  presets: [
    [
      'classic',
      {docs: {routeBasePath: '/docs', sidebarPath: false}, blog: false, pages: {}, theme: {}},
    ],
  ],
  plugins: [['docusaurus-plugin-innersource-sig', {onContentProblems: 'warn'}]],
  themes: ['docusaurus-plugin-innersource-sig/search'],
  themeConfig: {colorMode: {respectPrefersColorScheme: true}},
};
