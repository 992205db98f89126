import React, {type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-init/MDXComponents';
import BoxOut from '@theme/BoxOut';
import BokTagList from '@theme/BokTagList';
import MeetingTable from '@theme/MeetingTable';
import EventList from '@theme/EventList';
import MeetingCalendar from '@theme/MeetingCalendar';
import CalendarFileLink from '@theme/CalendarFileLink';
import {isCalendarFileHref} from '../../client/links';

const OriginalAnchor = MDXComponents.a as (props: ComponentProps<'a'>) => ReactNode;

function Anchor(props: ComponentProps<'a'>): ReactNode {
  if (isCalendarFileHref(props.href)) return <CalendarFileLink {...props} href={props.href} />;
  return <OriginalAnchor {...props} />;
}

/** The SIG components, usable in every .md/.mdx page without an import. */
export default {
  ...MDXComponents,
  a: Anchor,
  BoxOut,
  BokTagList,
  MeetingTable,
  EventList,
  MeetingCalendar,
};
