import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as SigOptions} from 'docusaurus-plugin-innersource-sig';

const config: Config = {
  title: 'InnerSource SIG',
  tagline: 'Open source practices inside financial-services organisations',
  favicon: 'img/favicon.svg',
  url: process.env.SITE_URL ?? 'https://innersource-sig.example.org',
  baseUrl: process.env.BASE_URL ?? '/',
  organizationName: 'example-foundation',
  projectName: 'innersource-sig',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    // .md files are CommonMark (raw HTML and comments allowed), .mdx files are MDX.
    format: 'detect',
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },
  future: {v4: true, faster: true},

  // English, French and Japanese: the plugin ships its words in these (and six more) languages;
  // the site's own pages and meeting titles are translated under i18n/<locale>/.
  i18n: {defaultLocale: 'en', locales: ['en', 'fr', 'ja']},

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          tags: 'tags.yml',
          onInlineTags: 'throw',
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // Offline search (Pagefind), from the plugin's package: one index per locale, written by the build.
  themes: ['docusaurus-plugin-innersource-sig/search'],

  plugins: [
    [
      'docusaurus-plugin-innersource-sig',
      {
        onContentProblems: 'throw',
        calendarName: 'InnerSource SIG meetings',
        eventsCalendarName: 'InnerSource SIG events',
      } satisfies SigOptions,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'InnerSource SIG',
      logo: {alt: 'InnerSource SIG logo', src: 'img/logo.svg', width: 32, height: 32},
      items: [
        {type: 'docSidebar', sidebarId: 'bok', position: 'left', label: 'Body of knowledge'},
        {to: '/meetings', label: 'Meetings', position: 'left'},
        {to: '/events', label: 'Events', position: 'left'},
        {to: '/docs/tags', label: 'Tags', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Learn',
          items: [
            {label: 'Introduction', to: '/docs/Intro'},
            {label: 'Getting started', to: '/docs/getting-started/first-steps'},
          ],
        },
        {
          title: 'Community',
          items: [
            {label: 'Meetings', to: '/meetings'},
            {label: 'Mailing list', href: 'mailto:innersource-sig@example.org'},
          ],
        },
      ],
      copyright: `Content by the InnerSource SIG of the Example Financial Foundation, CC BY 4.0. Built with Docusaurus.`,
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
