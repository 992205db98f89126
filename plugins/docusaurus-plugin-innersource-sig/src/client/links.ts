/** Links to calendar files must bypass the SPA router: the browser downloads them. */
export function isCalendarFileHref(href: string | undefined): href is string {
  if (!href) return false;
  if (/^(?:webcal|mailto|data|javascript):/i.test(href)) return false;
  const withoutQuery = href.replace(/^pathname:\/\//, '').split(/[?#]/)[0] ?? '';
  return /\.ics$/i.test(withoutQuery);
}

export function isExternalHref(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href) || /^(?:mailto|tel|webcal):/i.test(href);
}
