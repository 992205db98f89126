export default function useDocusaurusContext() {
  return {siteConfig: {url: 'https://sig.example.org', baseUrl: '/sig/', title: 'Test SIG'}, i18n: {currentLocale: 'en'}};
}
