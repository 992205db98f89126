// Types of the theme components this plugin adds, for sites written in TypeScript.
/// <reference types="@docusaurus/module-type-aliases" />
/// <reference types="@docusaurus/theme-classic" />

declare module '@theme/BoxOut' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/BoxOut';
  export default function BoxOut(props: import('docusaurus-plugin-innersource-sig/src/theme/BoxOut').Props): ReactNode;
}
declare module '@theme/BokTagList' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/BokTagList';
  export default function BokTagList(props: import('docusaurus-plugin-innersource-sig/src/theme/BokTagList').Props): ReactNode;
}
declare module '@theme/MeetingSeriesPage' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/MeetingSeriesPage';
  export default function MeetingSeriesPage(props: import('docusaurus-plugin-innersource-sig/src/theme/MeetingSeriesPage').Props): ReactNode;
}
declare module '@theme/MeetingMinutesPage' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/MeetingMinutesPage';
  export default function MeetingMinutesPage(props: import('docusaurus-plugin-innersource-sig/src/theme/MeetingMinutesPage').Props): ReactNode;
}
declare module '@theme/MeetingCalendar' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/MeetingCalendar';
  export default function MeetingCalendar(props: import('docusaurus-plugin-innersource-sig/src/theme/MeetingCalendar').Props): ReactNode;
}
declare module '@theme/MeetingCalendarPage' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/MeetingCalendarPage';
  export default function MeetingCalendarPage(props: import('docusaurus-plugin-innersource-sig/src/theme/MeetingCalendarPage').Props): ReactNode;
}
declare module '@theme/MeetingTable' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/MeetingTable';
  export default function MeetingTable(props: import('docusaurus-plugin-innersource-sig/src/theme/MeetingTable').Props): ReactNode;
}
declare module '@theme/MeetingLiveStatus' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/MeetingLiveStatus';
  export default function MeetingLiveStatus(props: import('docusaurus-plugin-innersource-sig/src/theme/MeetingLiveStatus').Props): ReactNode;
}
declare module '@theme/CalendarFileLink' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/CalendarFileLink';
  export default function CalendarFileLink(props: import('docusaurus-plugin-innersource-sig/src/theme/CalendarFileLink').Props): ReactNode;
}
declare module '@theme/SigNotice' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/SigNotice';
  export default function SigNotice(props: import('docusaurus-plugin-innersource-sig/src/theme/SigNotice').Props): ReactNode;
}
declare module '@theme/VisuallyHidden' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/VisuallyHidden';
  export default function VisuallyHidden(props: import('docusaurus-plugin-innersource-sig/src/theme/VisuallyHidden').Props): ReactNode;
}
declare module '@theme/EventList' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/EventList';
  export default function EventList(props: import('docusaurus-plugin-innersource-sig/src/theme/EventList').Props): ReactNode;
}
declare module '@theme/EventCard' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/EventCard';
  export default function EventCard(props: import('docusaurus-plugin-innersource-sig/src/theme/EventCard').Props): ReactNode;
}
declare module '@theme/EventStatusBadge' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/EventStatusBadge';
  export default function EventStatusBadge(props: import('docusaurus-plugin-innersource-sig/src/theme/EventStatusBadge').Props): ReactNode;
}
declare module '@theme/EventsPage' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/EventsPage';
  export default function EventsPage(props: import('docusaurus-plugin-innersource-sig/src/theme/EventsPage').Props): ReactNode;
}
declare module '@theme/EventPage' {
  import type {ReactNode} from 'react';
  export type {Props} from 'docusaurus-plugin-innersource-sig/src/theme/EventPage';
  export default function EventPage(props: import('docusaurus-plugin-innersource-sig/src/theme/EventPage').Props): ReactNode;
}
declare module '@theme-init/MDXComponents' {
  import type {MDXComponentsObject} from '@theme/MDXComponents';
  const MDXComponents: MDXComponentsObject;
  export default MDXComponents;
}
declare module '@theme-init/MDXContent' {
  export {default} from '@theme/MDXContent';
}
declare module '@theme/EventFeedLinks' {
  import type {ReactNode} from 'react';
  export default function EventFeedLinks(): ReactNode;
}
