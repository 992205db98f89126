/**
 * sig:import on hostile and odd input (issue 21, sections 4 and 5). Every calendar here was
 * written by us for this test, shaped like what the named tools write; none is a product's export.
 * Work is bounded by counting (see meetings/__tests__/ruleWork.ts), never by the clock.
 */
import * as load from '../meetings/load';
import {parseMeetingFile} from '../meetings/load';
import {countIcalOccurrences, countRuleDays, type WorkCounter} from '../meetings/__tests__/ruleWork';
import {meetingIdFromTitle, planImport, type ExistingMeetingFile} from './importCalendars';
import {decodeCalendarBytes, parseCalendar} from './parseCalendar';

const OPTIONS = {outDir: 'meetings', existing: [] as ExistingMeetingFile[], force: false};

/** A calendar written for this test: its lines, VCALENDAR around them. */
function calendar(...lines: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//written by us//issue 21 tests//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

function vevent(...lines: string[]): string[] {
  return ['BEGIN:VEVENT', ...lines, 'END:VEVENT'];
}

const WEEKLY = ['UID:weekly@example.org', 'SUMMARY:Weekly sync', 'DTSTART;TZID=Europe/Berlin:20250106T160000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;BYDAY=MO'];

function importText(text: string, file = 'sig.ics') {
  return planImport([{file, text}], OPTIONS);
}

let counters: WorkCounter[] = [];
afterEach(() => {
  counters.forEach((counter) => counter.restore());
  counters = [];
});

describe('bounded work (issue 21, section 4)', () => {
  /** The 12-line file of the issue: a VTIMEZONE whose rule repeats every second (OOM after 221 s). */
  const SECONDLY = [
    'BEGIN:VCALENDAR',
    'BEGIN:VTIMEZONE',
    'TZID:Every Second',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'RRULE:FREQ=SECONDLY',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'END:VTIMEZONE',
    ...vevent('UID:s@example.org', 'SUMMARY:Standup', 'DTSTART;TZID=Every Second:20250106T100000', 'DURATION:PT15M', 'RRULE:FREQ=WEEKLY'),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('refuses, without expanding it, a series whose VTIMEZONE repeats every second', () => {
    const ical = countIcalOccurrences(50_000);
    counters.push(ical);
    const plan = importText(SECONDLY);
    expect(plan.files).toEqual([]);
    expect(plan.refused).toEqual([
      expect.stringMatching(/^sig\.ics: series "Standup" \(UID s@example\.org\): DTSTART "TZID=Every Second" .*VTIMEZONE defining it repeats its STANDARD offset change with FREQ=SECONDLY: .*--zone "Every Second=Area\/City"/),
    ]);
    expect(ical.count()).toBe(0);
  });

  it('refuses a yearly VTIMEZONE rule that still changes the offset every day, after counting at most 10,000 changes', () => {
    const daily = SECONDLY.replace('RRULE:FREQ=SECONDLY', 'RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28');
    const ical = countIcalOccurrences(50_000);
    counters.push(ical);
    const plan = importText(daily);
    expect(plan.refused).toEqual([expect.stringContaining('changes its offset more than 10,000 times up to')]);
    expect(ical.count()).toBeLessThanOrEqual(10_002);
  });

  it('reads a Windows zone name with a hostile VTIMEZONE by its name, and says its VTIMEZONE was not compared', () => {
    const ical = countIcalOccurrences(50_000);
    counters.push(ical);
    const plan = importText(SECONDLY.replace(/Every Second/g, 'W. Europe Standard Time'));
    expect(ical.count()).toBe(0);
    expect(plan.files.map((f) => f.name)).toEqual(['standup.yml']);
    expect(plan.notices).toEqual([expect.stringContaining('read as Europe/Berlin (CLDR windowsZones); the file\'s VTIMEZONE was not compared with it, as it repeats its STANDARD offset change with FREQ=SECONDLY')]);
  });

  it('ignores EXDATEs in the year 9999 with one notice, without walking the rule to them (12 of them took 136 s)', () => {
    const far = Array.from({length: 12}, (_, i) => `EXDATE;TZID=Europe/Berlin:9999${String(i + 1).padStart(2, '0')}06T160000`);
    const days = countRuleDays(200_000);
    counters.push(days);
    const plan = importText(calendar(...vevent('UID:daily@example.org', 'SUMMARY:Daily', 'DTSTART;TZID=Europe/Berlin:20250106T160000', 'DURATION:PT15M', 'RRULE:FREQ=DAILY', 'EXDATE;TZID=Europe/Berlin:20250107T160000', ...far)));
    expect(plan.refused).toEqual([]);
    expect(parseMeetingFile('meetings/daily.yml', plan.files[0]!.text).cancelled).toEqual(['2025-01-07']);
    expect(plan.notices).toEqual([
      'sig.ics: series "Daily" (UID daily@example.org): EXDATE "99990106T160000,99990206T160000,99990306T160000,99990406T160000,99990506T160000 and 7 more" are before 1900 or more than 100 years after DTSTART, beyond the dates a meeting file holds: ignored',
    ]);
  });

  it('leaves out a RECURRENCE-ID far away with a notice, and refuses an occurrence moved there', () => {
    const farOverride = vevent('UID:weekly@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=Europe/Berlin:99991227T160000', 'DTSTART;TZID=Europe/Berlin:99991228T160000', 'DURATION:PT30M');
    const days = countRuleDays(200_000);
    counters.push(days);
    const left = importText(calendar(...vevent(...WEEKLY), ...farOverride));
    expect(left.files).toHaveLength(1);
    expect(left.notices).toEqual([expect.stringContaining('RECURRENCE-ID "99991227T160000" is in the year 9999: meeting dates lie in the years 1900 to 2200: what the calendar changes in that occurrence is left out')]);
    const movedFar = vevent('UID:weekly@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=Europe/Berlin:20250113T160000', 'DTSTART;TZID=Europe/Berlin:99991228T160000', 'DURATION:PT30M');
    const refused = importText(calendar(...vevent(...WEEKLY), ...movedFar));
    expect(refused.refused).toEqual([expect.stringContaining('DTSTART "99991228T160000" of the occurrence of 20250113T160000 (RECURRENCE-ID) is in the year 9999')]);
  });

  it('leaves out an UNTIL more than 100 years ahead, saying so, and refuses a DTSTART outside 1900-2200', () => {
    const plan = importText(calendar(...vevent(...WEEKLY.slice(0, 4), 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=99991231T000000Z')));
    expect(parseMeetingFile('meetings/weekly-sync.yml', plan.files[0]!.text).repeat).toBe('FREQ=WEEKLY;BYDAY=MO');
    expect(plan.notices).toEqual([expect.stringContaining('RRULE "UNTIL=99991231T000000Z" is more than 100 years after DTSTART: left out, so the series has no end date (its dates up to 2125-01-06 are the same)')]);
    for (const start of ['00500106T160000', '18500107T160000', '99990106T160000']) {
      const refused = importText(calendar(...vevent(...WEEKLY.slice(0, 2), `DTSTART;TZID=Europe/Berlin:${start}`, 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY')));
      expect(refused.refused).toEqual([expect.stringContaining(`DTSTART "${start}" is in the year ${start.slice(0, 4)}: meeting dates lie in the years 1900 to 2200`)]);
    }
  });

  it('refuses a series with more EXDATEs than a meeting file lists, before looking any up', () => {
    const exdates = Array.from({length: 1001}, (_, i) => `EXDATE;VALUE=DATE:${new Date(Date.UTC(2025, 0, 7 + i)).toISOString().slice(0, 10).replace(/-/g, '')}`);
    const days = countRuleDays(200_000);
    counters.push(days);
    const plan = importText(calendar(...vevent(...WEEKLY.slice(0, 4), 'RRULE:FREQ=DAILY', ...exdates)));
    expect(plan.refused).toEqual([expect.stringContaining('EXDATE "1001 dates" cancels more occurrences than the 1000 a meeting file lists')]);
    expect(days.count()).toBeLessThan(400);
  });

  it('plans 3,000 series checking each against the few it could clash with, not against all the others', () => {
    const lines = Array.from({length: 3000}, (_, i) =>
      vevent(`UID:series-${i}@example.org`, `SUMMARY:Call ${i % 50}`, 'DTSTART;TZID=Europe/Berlin:20250106T160000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;BYDAY=MO'),
    ).flat();
    let validated = 0;
    const validate = load.validateMeetingSet;
    const spy = jest.spyOn(load, 'validateMeetingSet').mockImplementation((meetings) => {
      validated += meetings.length;
      // Checking each new file against every planned one is 4.5 million meetings here.
      if (validated > 30_000) throw new Error('validateMeetingSet was handed more than 10 meetings per planned file');
      return validate(meetings);
    });
    try {
      const plan = importText(calendar(...lines));
      expect(plan.refused).toEqual([]);
      expect(plan.files).toHaveLength(3000);
      expect(new Set(plan.files.map((f) => f.name)).size).toBe(3000);
      expect(plan.files.slice(0, 2).map((f) => f.name)).toEqual(['call-0.yml', 'call-1.yml']);
      expect(plan.files[2999]!.name).toBe('call-49-60.yml');
    } finally {
      spy.mockRestore();
    }
  }, 120_000);
});

describe('imports that real calendar apps need (issue 21, section 5)', () => {
  it('reads BYDAY written with spaces (Microsoft CDO), and refuses only the series ical.js cannot read', () => {
    const plan = importText(
      calendar(
        ...vevent('UID:cdo@example.org', 'SUMMARY:Weekdays', 'DTSTART;TZID=Europe/Berlin:20250106T090000', 'DURATION:PT15M', 'RRULE:FREQ=WEEKLY;BYDAY=MO, TU, WE, TH, FR'),
        ...vevent('UID:broken@example.org', 'SUMMARY:Broken', 'DTSTART;TZID=Europe/Berlin:20250106T090000', 'DURATION:PT15M', 'RRULE:FREQ=WEEKLY;BYDAY=XX'),
        ...vevent(...WEEKLY),
      ),
    );
    expect(plan.files.map((f) => f.name)).toEqual(['weekdays.yml', 'weekly-sync.yml']);
    expect(parseMeetingFile('meetings/weekdays.yml', plan.files[0]!.text).repeat).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(plan.refused).toEqual(['sig.ics: series "Broken" (UID broken@example.org): VEVENT cannot be read: invalid BYDAY value "XX": nothing written for this series']);
  });

  it('refuses a whole series when one of its overrides cannot be read, and skips a one-off that cannot be read with a notice', () => {
    const plan = importText(
      calendar(
        ...vevent(...WEEKLY),
        ...vevent('UID:weekly@example.org', 'RECURRENCE-ID;TZID=Europe/Berlin:20250113T160000', 'DTSTART;TZID=Europe/Berlin:20250114T160000', 'DURATION:PTXH', 'RRULE:FREQ=WEEKLY;BYDAY=1'),
        ...vevent('UID:party@example.org', 'SUMMARY:Party', 'DTSTART:20250301T180000Z', 'DURATION:PT1H', 'Bring a cake'),
      ),
    );
    expect(plan.files).toEqual([]);
    expect(plan.refused).toEqual([
      'sig.ics: series "Weekly sync" (UID weekly@example.org): VEVENT of the occurrence of TZID=Europe/Berlin:20250113T160000 (RECURRENCE-ID) cannot be read (invalid BYDAY value "1"), so what it changes in the series is unknown: nothing written for this series',
    ]);
    expect(plan.notices).toEqual(['sig.ics: event "Party" (UID party@example.org): cannot be read (invalid line (no token ";" or ":") "Bring a cake"); it has no RRULE, so it is no series to import: skipped']);
  });

  it('imports an untitled series (no SUMMARY, as Outlook and Thunderbird save them) as "Untitled meeting", with a notice', () => {
    const plan = importText(calendar(...vevent('UID:untitled@example.org', 'DTSTART;TZID=Europe/Berlin:20250106T160000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY')));
    expect(plan.refused).toEqual([]);
    expect(plan.files.map((f) => f.name)).toEqual(['untitled-meeting.yml']);
    expect(parseMeetingFile('meetings/untitled-meeting.yml', plan.files[0]!.text).title).toBe('Untitled meeting');
    expect(plan.notices).toEqual([
      'sig.ics: series (no SUMMARY) (UID untitled@example.org): SUMMARY is missing (an untitled meeting): the meeting file calls it "Untitled meeting"; change its `title:`',
    ]);
  });

  it.each([
    ['DTSTART;TZID=Europe/Paris:20041225', '20041225'],
    ['DTSTART:20020101', '20020101'],
    ['DTSTART;VALUE=DATE:20020101', '20020101'],
  ])('calls %s an all-day date and says what to do, not "has seconds" or "a floating time"', (line, value) => {
    const plan = importText(calendar(...vevent('UID:day@example.org', 'SUMMARY:Holiday', line, 'RRULE:FREQ=YEARLY')));
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]).toContain(`DTSTART "${value}" is a date without a time (an all-day date`);
    expect(plan.refused[0]).toContain('Give the series a start and end time in your calendar app, and export it again');
    expect(plan.refused[0]).not.toMatch(/seconds|floating/);
  });

  it('shows the zone of a RECURRENCE-ID written in another zone than the series', () => {
    const plan = importText(
      calendar(
        ...vevent(...WEEKLY),
        ...vevent('UID:weekly@example.org', 'SUMMARY:Weekly sync (moved)', 'RECURRENCE-ID;TZID=America/New_York:20250113T100000', 'DTSTART;TZID=America/New_York:20250114T100000', 'DURATION:PT30M'),
        ...vevent('UID:weekly@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=America/New_York:20250120T110000', 'DTSTART;TZID=America/New_York:20250120T120000', 'DURATION:PT30M'),
      ),
    );
    expect(plan.refused).toEqual(['sig.ics: series "Weekly sync" (UID weekly@example.org): RECURRENCE-ID "TZID=America/New_York:20250120T110000" is not an occurrence of the series, so the event it overrides cannot be placed in a meeting file: nothing written for this series']);
    expect(plan.notices).toEqual([expect.stringContaining('is what the occurrence of TZID=America/New_York:20250113T100000 (RECURRENCE-ID) changes it to')]);
  });

  it('says what a VEVENT with both RRULE and RECURRENCE-ID is, and refuses it (exit 1), alone or beside its series', () => {
    const alone = importText(calendar(...vevent('UID:odd@example.org', 'SUMMARY:Odd', 'RECURRENCE-ID;TZID=Europe/Berlin:20250113T160000', 'DTSTART;TZID=Europe/Berlin:20250113T160000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY')));
    expect(alone.notices).toEqual([]);
    expect(alone.refused).toEqual([
      'sig.ics: event "Odd" (UID odd@example.org): has both RRULE "FREQ=WEEKLY" and RECURRENCE-ID "20250113T160000": it repeats, and overrides an occurrence of a series that is not in the file, which calendar apps read in different ways: nothing written for it',
    ]);
    const beside = importText(calendar(...vevent(...WEEKLY), ...vevent('UID:weekly@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=Europe/Berlin:20250113T160000', 'DTSTART;TZID=Europe/Berlin:20250113T170000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY')));
    expect(beside.refused).toEqual([expect.stringContaining('RECURRENCE-ID "20250113T160000" is on a VEVENT that also has an RRULE (FREQ=WEEKLY): an occurrence that repeats')]);
  });

  it('says how it read EXDATE;VALUE=DATE on a timed series and a floating UNTIL with a zoned start', () => {
    const plan = importText(calendar(...vevent(...WEEKLY.slice(0, 4), 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250303T160000', 'EXDATE;VALUE=DATE:20250113,20250120')));
    expect(parseMeetingFile('meetings/weekly-sync.yml', plan.files[0]!.text)).toMatchObject({cancelled: ['2025-01-13', '2025-01-20'], repeat: 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20250303T160000'});
    expect(plan.notices).toEqual([
      'sig.ics: series "Weekly sync" (UID weekly@example.org): RRULE "UNTIL=20250303T160000" is a local time (no Z) while DTSTART has a zone, where RFC 5545 asks for UTC: read as a time in Europe/Berlin, as libical reads it',
      'sig.ics: series "Weekly sync" (UID weekly@example.org): EXDATE "20250113,20250120" are dates without a time (VALUE=DATE) on a series with times: read as cancelling the occurrence of that day, as libical reads them',
    ]);
  });

  it('says a file is empty, in one line', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n']) expect(importText(text).refused).toEqual(['sig.ics: is empty: nothing to import']);
    expect(() => parseCalendar('')).toThrow('it is empty');
  });

  it('reads UTF-16 with a byte order mark, and says what to do with UTF-16 without one', () => {
    const text = calendar(...vevent(...WEEKLY));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const decoded = decodeCalendarBytes(bytes);
      expect(decoded).toEqual({text});
      expect(importText((decoded as {text: string}).text).files.map((f) => f.name)).toEqual(['weekly-sync.yml']);
    }
    expect(decodeCalendarBytes(Buffer.from(text, 'utf16le'))).toEqual({problem: expect.stringMatching(/^holds NUL characters: it is probably UTF-16 text without a byte order mark; save it as UTF-8/)});
    expect(importText(Buffer.from(text, 'utf16le').toString('utf8')).refused).toEqual([expect.stringMatching(/^sig\.ics: is not an iCalendar file: it holds NUL characters: it is probably UTF-16 text/)]);
  });

  it('never names an output file after a Windows device name', () => {
    expect(['Con', 'NUL', 'aux', 'prn', 'COM1', 'com9', 'LPT1', 'lpt9', 'Console'].map(meetingIdFromTitle)).toEqual([
      'con-meeting', 'nul-meeting', 'aux-meeting', 'prn-meeting', 'com1-meeting', 'com9-meeting', 'lpt1-meeting', 'lpt9-meeting', 'console',
    ]);
    const plan = importText(calendar(...vevent('UID:con@example.org', 'SUMMARY:CON', 'DTSTART;TZID=Europe/Berlin:20250106T160000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY')));
    expect(plan.files.map((f) => f.name)).toEqual(['con-meeting.yml']);
  });
});
