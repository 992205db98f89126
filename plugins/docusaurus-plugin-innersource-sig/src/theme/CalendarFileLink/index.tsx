import React, {type ComponentProps, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {withoutPathnameProtocol} from '../../outputs';

export type Props = ComponentProps<'a'> & {href: string};

/**
 * A plain anchor for .ics files: a left click downloads the calendar instead of letting the
 * SPA router look for a page. `download` names the file after the link's last path segment.
 */
export default function CalendarFileLink({href, children, ...rest}: Props): ReactNode {
  const path = withoutPathnameProtocol(href);
  const resolved = useBaseUrl(path);
  const fileName = path.split(/[?#]/)[0]!.split('/').pop();
  return (
    <a href={resolved} download={fileName} type="text/calendar" {...rest}>
      {children}
    </a>
  );
}
