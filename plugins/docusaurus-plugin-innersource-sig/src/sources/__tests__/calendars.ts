/**
 * Calendar texts written for the sources' tests: the office hours, weekly on Thursday
 * 16:00–16:45 London time from 7 January 2027 (UID office-hours@example.org).
 */
export function officeHoursEvent(options: {exdates?: string[]; lines?: string[]} = {}): string[] {
  return [
    'BEGIN:VEVENT',
    'UID:office-hours@example.org',
    'DTSTAMP:20261201T000000Z',
    'DTSTART;TZID=Europe/London:20270107T160000',
    'DTEND;TZID=Europe/London:20270107T164500',
    'RRULE:FREQ=WEEKLY;BYDAY=TH',
    ...(options.exdates ?? []).map((date) => `EXDATE;TZID=Europe/London:${date.replace(/-/g, '')}T160000`),
    ...(options.lines ?? ['SUMMARY:InnerSource SIG office hours']),
    'END:VEVENT',
  ];
}

/** A calendar of these events, with the given line ends. */
export function calendarOf(events: string[], eol = '\r\n'): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//written for this test//EN', ...events, 'END:VCALENDAR', ''].join(eol);
}
