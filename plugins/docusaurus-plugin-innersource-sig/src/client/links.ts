import {withoutPathnameProtocol} from '../outputs';

/** Links to calendar files must bypass the SPA router: the browser downloads them. */
export function isCalendarFileHref(href: string | undefined): href is string {
  if (!href) return false;
  if (/^(?:webcal|mailto|data|javascript):/i.test(href)) return false;
  const withoutQuery = withoutPathnameProtocol(href).split(/[?#]/)[0] ?? '';
  return /\.ics$/i.test(withoutQuery);
}
