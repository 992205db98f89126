// The site under test uses baseUrl "/sig/" so that tests notice when a path skips useBaseUrl.
export const TEST_BASE_URL = '/sig/';
export function withBase(url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  return TEST_BASE_URL + url.slice(1);
}
export default function useBaseUrl(url: string): string {
  return withBase(url);
}
export function useBaseUrlUtils() {
  return {withBaseUrl: withBase};
}
