import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CalendarFileLink from '@theme/CalendarFileLink';
import SigNotice from '@theme/SigNotice';
import VisuallyHidden from '@theme/VisuallyHidden';
import type {CalendarDay, CalendarItem, CalendarMonth} from '../../meetings/monthView';
import {useNow, useSigData} from '../../client/pluginData';
import {calendarMonthData} from '../../client/pageData';
import {useIntlLocale} from '../../client/locale';
import {readerTimeZone} from '../../client/meetingTimes';
import {dayIn, itemsByDay} from '../../client/calendarMonth';
import {formatTimeRange, zoneName} from '../../intl';
import {seriesPagePath} from '../../outputs';
import styles from './styles.module.css';

export interface Props {
  /** The month to show: a month page passes its own; in other pages, the build's month, which the build adds to the page. */
  month?: CalendarMonth;
  /** Level of the month's heading (in the table's caption); each day with items is a heading one level below. 3 by default. */
  headingLevel?: 2 | 3 | 4 | 5;
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** Times of the static HTML are in each item's own zone; after hydration, in the reader's. */
interface Clock {
  readerZone?: string;
  readerZoneName?: string;
  locale: string;
  zoneNames: Record<string, string>;
}

/** What an item shows for its time: "15:00–16:00", or an event's day. */
function timeText(item: CalendarItem, clock: Clock): string {
  if (item.eventDay) {
    return item.eventDay.count === 1
      ? translate({id: 'sig.meetingCalendar.allDay', message: 'All day', description: 'Time of a one-day event without sessions in the month view'})
      : translate({id: 'sig.meetingCalendar.eventDay', message: 'Day {n} of {count}', description: 'Time of one day of an event of several days in the month view, e.g. Day 1 of 2'}, {n: item.eventDay.n, count: item.eventDay.count});
  }
  return clock.readerZone ? formatTimeRange(item.start, item.end, clock.readerZone, clock.locale) : item.time!;
}

const cancelledWord = () => translate({id: 'sig.meetingCalendar.cancelled', message: 'cancelled', description: 'Label of a cancelled meeting in the month view (its title and time are struck through)'});
const movedWord = () => translate({id: 'sig.meetingCalendar.moved', message: 'moved', description: 'Label of a meeting of the month view that was moved to this day or time'});

/** The item in one sentence, as a screen reader reads its link: title, day, time with zone, status. */
function spokenItem(item: CalendarItem, day: CalendarDay, clock: Clock): string {
  const time = item.eventDay
    ? timeText(item, clock)
    : translate(
        {id: 'sig.meetingCalendar.timeInZone', message: '{time} ({zone})', description: 'Time of a meeting in the month view with its zone, e.g. 15:00–16:00 (United Kingdom Time)'},
        {time: timeText(item, clock), zone: clock.readerZoneName ?? clock.zoneNames[item.timezone] ?? item.timezone},
      );
  const status =
    item.status === 'cancelled'
      ? cancelledWord()
      : item.status === 'moved'
        ? item.movedFrom
          ? translate({id: 'sig.meetingCalendar.movedFrom', message: 'moved from {date}', description: 'Read out with a moved meeting in the month view; {date} is the day it was scheduled on, e.g. Tuesday, 14 April 2026'}, {date: item.movedFrom})
          : movedWord()
        : undefined;
  const values = {title: item.title, date: day.label, time};
  return status
    ? translate({id: 'sig.meetingCalendar.itemWithStatus', message: '{title}, {date}, {time}, {status}', description: 'What a screen reader reads for a cancelled or moved item of the month view, e.g. SIG call, Tuesday, 3 March 2026, 15:00–16:00 (United Kingdom Time), cancelled'}, {...values, status})
    : translate({id: 'sig.meetingCalendar.item', message: '{title}, {date}, {time}', description: 'What a screen reader reads for an item of the month view, e.g. SIG call, Tuesday, 3 March 2026, 15:00–16:00 (United Kingdom Time)'}, values);
}

/** A meeting links to its series' page (or, on a site without, its calendar file); an event to its page or website. */
function ItemLink({item, meetingsPagePath, children}: {item: CalendarItem; meetingsPagePath?: string; children: ReactNode}) {
  const className = clsx(styles.item, styles[item.kind], styles[item.status]);
  if (item.kind === 'meeting' && meetingsPagePath) return <Link className={className} to={seriesPagePath(meetingsPagePath, item.id)}>{children}</Link>;
  if (item.kind === 'meeting' && item.icsPath) return <CalendarFileLink className={className} href={item.icsPath}>{children}</CalendarFileLink>;
  if (item.href) return <Link className={className} to={item.href}>{children}</Link>;
  return <span className={className}>{children}</span>;
}

function Item({item, day, clock, meetingsPagePath}: {item: CalendarItem; day: CalendarDay; clock: Clock; meetingsPagePath?: string}) {
  const cancelled = item.status === 'cancelled';
  const what = (
    <>
      <span className={styles.title}>{item.title}</span>
      <span className={styles.time}>{timeText(item, clock)}</span>
    </>
  );
  return (
    <li>
      <ItemLink item={item} meetingsPagePath={meetingsPagePath}>
        {/* Seen: short and struck through when cancelled. Heard: the whole sentence, in one stop. */}
        <span aria-hidden="true">
          {cancelled ? <del className={styles.struck}>{what}</del> : what}
          {!clock.readerZone && !item.eventDay && <span className={styles.zone}>{clock.zoneNames[item.timezone]}</span>}
          {cancelled && <span className={clsx('badge', styles.badge, styles.cancelledBadge)}>{cancelledWord()}</span>}
          {item.status === 'moved' && <span className={clsx('badge', styles.badge, styles.movedBadge)}>{movedWord()}</span>}
        </span>
        <VisuallyHidden>{spokenItem(item, day, clock)}</VisuallyHidden>
      </ItemLink>
    </li>
  );
}

function Day({day, items, isToday, level, clock, meetingsPagePath}: {day: CalendarDay; items: CalendarItem[]; isToday: boolean; level: number; clock: Clock; meetingsPagePath?: string}) {
  // Days with something on are headings, so that a screen reader jumps from one to the next; the
  // number is seen, the full date heard (and seen in the list layout).
  const Heading = items.length > 0 ? (`h${level}` as HeadingTag) : 'div';
  return (
    <td className={clsx(styles.day, items.length > 0 && styles.busy, isToday && styles.today)} aria-current={isToday ? 'date' : undefined}>
      <Heading className={styles.dayHeading}>
        <time dateTime={day.date}>
          <span className={styles.dayNumber} aria-hidden="true">{day.number}</span>
          <span className={styles.dayLabel}>{day.label}</span>
        </time>
        {isToday && (
          <span className={styles.todayLabel} aria-hidden="true">
            <Translate id="sig.meetingCalendar.today" description="Label of today's date in the month view's list layout (on phones)">Today</Translate>
          </span>
        )}
      </Heading>
      {items.length > 0 && (
        <ul className={styles.items}>
          {items.map((item) => (
            <Item key={`${item.kind}-${item.id}-${item.date}-${item.start}`} item={item} day={day} clock={clock} meetingsPagePath={meetingsPagePath} />
          ))}
        </ul>
      )}
    </td>
  );
}

/** Links to the neighbouring month pages, plain links that work without JavaScript. */
function MonthLinks({month}: {month: CalendarMonth}) {
  if (!month.previous && !month.next) return null;
  return (
    <nav className={styles.months} aria-label={translate({id: 'sig.meetingCalendar.otherMonths', message: 'Other months', description: "Name of the month view's navigation to the previous and next months"})}>
      {month.previous && (
        <Link to={month.previous.path} rel="prev" className={styles.previous}>
          <span aria-hidden="true">‹ </span>
          <Translate id="sig.meetingCalendar.previous" description="Link to the previous month's page of the month view; {month} is e.g. February 2026" values={{month: month.previous.title}}>
            {'Previous month: {month}'}
          </Translate>
        </Link>
      )}
      {month.next && (
        <Link to={month.next.path} rel="next" className={styles.next}>
          <Translate id="sig.meetingCalendar.next" description="Link to the next month's page of the month view; {month} is e.g. April 2026" values={{month: month.next.title}}>
            {'Next month: {month}'}
          </Translate>
          <span aria-hidden="true"> ›</span>
        </Link>
      )}
    </nav>
  );
}

function MonthTable({month, level}: {month: CalendarMonth; level: number}) {
  const isBrowser = useIsBrowser();
  const sigData = useSigData();
  const locale = useIntlLocale();
  const now = useNow(isBrowser, sigData);
  // The static HTML cannot know the reader's zone: it keeps each item's own, and the build's UTC day as today.
  const readerZone = isBrowser ? readerTimeZone() : undefined;
  const clock: Clock = {readerZone, readerZoneName: readerZone && zoneName(readerZone, locale), locale, zoneNames: month.zoneNames};
  const days = itemsByDay(month, readerZone);
  const today = dayIn(Math.floor(now.getTime() / 1000), readerZone ?? 'UTC');
  const MonthHeading = `h${level}` as HeadingTag;
  return (
    <div className={styles.calendar} data-pagefind-ignore="">
      <MonthLinks month={month} />
      <p className={styles.zoneNote}>
        {clock.readerZoneName ? (
          <Translate id="sig.meetingCalendar.readerZone" description="Above the month view once the page has loaded: its times are in the reader's zone, e.g. Japan Time" values={{zone: clock.readerZoneName}}>
            {'Times are in your time zone ({zone}).'}
          </Translate>
        ) : (
          <Translate id="sig.meetingCalendar.ownZones" description="Above the month view before the page has loaded (or without JavaScript): each time is in its meeting's or event's own zone, named beside it">
            {"Times are in each meeting's or event's own time zone."}
          </Translate>
        )}
      </p>
      <table className={styles.table}>
        <caption className={styles.caption}>
          <MonthHeading className={styles.monthHeading}>{month.title}</MonthHeading>
        </caption>
        <thead>
          <tr>
            {month.weekdays.map((weekday) => (
              <th key={weekday.long} scope="col">
                <span aria-hidden="true">{weekday.short}</span>
                <VisuallyHidden>{weekday.long}</VisuallyHidden>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {month.weeks.map((week) => (
            <tr key={week.find(Boolean)!.date}>
              {week.map((day, i) =>
                day ? (
                  <Day key={day.date} day={day} items={days.get(day.date) ?? []} isToday={day.date === today} level={level + 1} clock={clock} meetingsPagePath={sigData?.meetingsPagePath} />
                ) : (
                  <td key={`blank-${i}`} className={styles.blank} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {days.size === 0 && (
        <p className={styles.empty}>
          <Translate id="sig.meetingCalendar.empty" description="Under the month view when nothing is scheduled in the month">No meetings or events this month.</Translate>
        </p>
      )}
    </div>
  );
}

/**
 * A month of every meeting series and event as a table of weeks: days as headings, each item a
 * link read in one stop, cancelled items struck through and labelled; a list of the days with
 * items in a narrow column. Correct without JavaScript; the reader's own times after hydration.
 */
export default function MeetingCalendar({month, headingLevel = 3}: Props): ReactNode {
  const data = month ?? calendarMonthData();
  if (!data) {
    return (
      <SigNotice problem="missing-data" value="MeetingCalendar">
        <Translate id="sig.meetingCalendar.missingData" description="Notice shown where a MeetingCalendar is used in a page whose data the build did not prepare">The month view is not part of this page. Write MeetingCalendar in an MDX page, or in a JS/TS file of the site.</Translate>
      </SigNotice>
    );
  }
  return <MonthTable month={data} level={headingLevel} />;
}
