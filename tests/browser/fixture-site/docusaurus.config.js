// A tiny site for what the real site must never contain: an unknown tag, shown as a notice
// (onUnknownTag 'warn'); plus a React page using a component, and .md parsed as MDX (the
// Docusaurus default). unknownTag.test.ts builds it into a temporary folder.
module.exports = {
  title: 'Browser test fixture',
  url: 'https://fixture.example.org',
  baseUrl: '/',
  onBrokenLinks: 'ignore', // no home page, which the theme links to
  future: {v4: true, faster: true}, // Rspack: builds in a fraction of the time
  presets: [
    [
      'classic',
      {docs: {routeBasePath: '/docs', sidebarPath: false}, blog: false, pages: {}, theme: {}},
    ],
  ],
  plugins: [['docusaurus-plugin-innersource-sig', {onUnknownTag: 'warn'}]],
  themeConfig: {colorMode: {respectPrefersColorScheme: true}},
};
