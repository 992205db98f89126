/**
 * Mapping of one series, on small calendars written by us for these tests (modelled on what
 * Google, Outlook, Zoom and Teams put in their files; none is a product's export).
 */
import {parseCalendar} from './parseCalendar';
import {seriesToMeetings, type SeriesImport} from './toMeeting';

/** A calendar with one VEVENT per array of content lines. */
function calendar(...events: string[][]): string {
  const body = events.map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')).join('\r\n');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//written by us//sig:import tests//EN\r\n${body}\r\nEND:VCALENDAR\r\n`;
}

function importSeries(text: string, chosenZones?: Record<string, string>): SeriesImport {
  const parsed = parseCalendar(text);
  expect(parsed.series).toHaveLength(1);
  return seriesToMeetings(parsed.series[0]!, {timezones: parsed.timezones, chosenZones});
}

const WEEKLY = ['UID:weekly-1@example.org', 'SUMMARY:Weekly sync', 'DTSTART;TZID=Europe/Berlin:20250106T160000', 'DTEND;TZID=Europe/Berlin:20250106T170000', 'RRULE:FREQ=WEEKLY;BYDAY=MO'];

function problemOf(result: SeriesImport) {
  expect(result.meetings).toEqual([]);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

describe('seriesToMeetings', () => {
  it('maps every property of the table, the overrides included', () => {
    const result = importSeries(
      calendar(
        [
          ...WEEKLY,
          'DESCRIPTION:Agenda in the doc.\\nAll welcome.',
          'EXDATE;TZID=Europe/Berlin:20250113T160000,20250120T160000',
          'URL:https://meet.example.org/sync',
          'ORGANIZER;CN="Ada Lovelace":mailto:ada@example.org',
        ],
        ['UID:weekly-1@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=Europe/Berlin:20250127T160000', 'DTSTART;TZID=Europe/Berlin:20250128T093000', 'DTEND;TZID=Europe/Berlin:20250128T110000'],
        ['UID:weekly-1@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=Europe/Berlin:20250203T160000', 'DTSTART;TZID=Europe/Berlin:20250203T160000', 'DTEND;TZID=Europe/Berlin:20250203T170000', 'STATUS:CANCELLED'],
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.meetings).toEqual([
      {
        title: 'Weekly sync',
        description: 'Agenda in the doc.\nAll welcome.',
        timezone: 'Europe/Berlin',
        start: '2025-01-06T16:00',
        duration: 60,
        repeat: 'FREQ=WEEKLY;BYDAY=MO',
        cancelled: ['2025-01-13', '2025-01-20', '2025-02-03'],
        moved: [{from: '2025-01-27', start: '2025-01-28T09:30', duration: 90}],
        join: 'https://meet.example.org/sync',
        organizer: {name: 'Ada Lovelace', email: 'ada@example.org'},
        uid: 'weekly-1@example.org',
      },
    ]);
  });

  it('takes the join link from LOCATION (Zoom), or the meeting link among the links of DESCRIPTION (Teams)', () => {
    const zoom = importSeries(calendar([...WEEKLY, 'LOCATION:https://us02web.zoom.us/j/81234567890?pwd=abc']));
    expect(zoom.meetings[0]!.join).toBe('https://us02web.zoom.us/j/81234567890?pwd=abc');
    const teams = importSeries(
      calendar([
        ...WEEKLY,
        'LOCATION:Microsoft Teams Meeting',
        'DESCRIPTION:Agenda: https://wiki.example.org/sync\\nJoin on your computer: <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>\\nHelp: https://aka.ms/JoinTeamsMeeting',
      ]),
    );
    expect(teams.meetings[0]!.join).toBe('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0');
  });

  describe('labelled links of DESCRIPTION (descriptions written for this test)', () => {
    const withDescription = (description: string, extra: string[] = []) => importSeries(calendar([...WEEKLY, `DESCRIPTION:${description.replace(/\n/g, '\\n')}`, ...extra]));

    it('writes the links labelled agenda, notes and recordings to their fields, and leaves their lines out of the description', () => {
      const result = withDescription(
        [
          'Monthly call of the SIG.',
          'Agenda: https://docs.example.org/agenda',
          '- Meeting notes - <https://docs.example.org/notes>',
          'Past recordings on YouTube: https://www.youtube.com/playlist?list=PL123.',
          '',
          'Everyone is welcome.',
        ].join('\n'),
        ['ORGANIZER;CN=Ada:mailto:ada@example.org'],
      );
      const meeting = result.meetings[0]!;
      expect(meeting).toMatchObject({
        description: 'Monthly call of the SIG.\n\nEveryone is welcome.',
        agenda: 'https://docs.example.org/agenda',
        notes: 'https://docs.example.org/notes',
        recordings: 'https://www.youtube.com/playlist?list=PL123',
      });
      expect(Object.keys(meeting).slice(-5)).toEqual(['agenda', 'notes', 'recordings', 'organizer', 'uid']);
      expect(result.notices).toEqual([
        {
          property: 'DESCRIPTION',
          message:
            'labels links written as `agenda` (https://docs.example.org/agenda), `notes` (https://docs.example.org/notes), `recordings` (https://www.youtube.com/playlist?list=PL123): the lines they were on are left out of `description`',
        },
      ]);
    });

    it.each([
      ['Minutes - https://wiki.example.org/minutes', 'notes'],
      ['MEETING MINUTES: https://wiki.example.org/minutes', 'notes'],
      ['Notes & agenda: https://docs.google.com/document/d/abc/edit', 'notes'],
      ['Agenda and notes (Google Doc): https://docs.google.com/document/d/abc/edit', 'notes'],
      ['The agenda doc: https://wiki.example.org/agenda', 'agenda'],
      ['Recording: https://us02web.zoom.us/rec/share/abc', 'recordings'],
      ['Videos: https://vimeo.com/showcase/42', 'recordings'],
      ['Past sessions: https://youtube.com/playlist?list=PL9', 'recordings'],
    ])('reads "%s" as %s', (line, field) => {
      const result = withDescription(`Intro.\n${line}`);
      expect(result.meetings[0]).toMatchObject({description: 'Intro.', [field]: line.slice(line.indexOf('https://'))});
    });

    it('takes the label from the line before a line that is only the link', () => {
      const result = withDescription('Intro.\nAgenda:\nhttps://wiki.example.org/agenda\n\nPast recordings\n<https://vimeo.com/showcase/42>\nBye.');
      expect(result.meetings[0]).toMatchObject({description: 'Intro.\n\nBye.', agenda: 'https://wiki.example.org/agenda', recordings: 'https://vimeo.com/showcase/42'});
    });

    it('leaves unlabelled links, links with other text on their line, and links that are no http(s) URL in the description', () => {
      const description = [
        'Slides: https://slides.example.org/deck',
        'https://docs.example.org/agenda',
        'See https://www.youtube.com/playlist?list=PL1 for past talks.',
        'Agenda: https://docs.example.org/agenda (updated weekly)',
        'Videos: https://example.org/videos',
        'Note: https://docs.example.org/note',
        'Notes:',
        'Ask in the chat.',
        'https://docs.example.org/notes',
        'Recordings: https://[not-a-host/',
        'Agenda: ftp://files.example.org/agenda',
      ].join('\n');
      const result = withDescription(description);
      expect(result.meetings[0]!.description).toBe(description);
      expect(result.meetings[0]).not.toHaveProperty('agenda');
      expect(result.meetings[0]).not.toHaveProperty('notes');
      expect(result.meetings[0]).not.toHaveProperty('recordings');
      expect(result.notices).toEqual([]);
    });

    it('takes the first of two agenda links, and leaves the other in the description', () => {
      const result = withDescription('Agenda: https://wiki.example.org/agenda-1\nAgenda: https://wiki.example.org/agenda-2\nAgenda: https://wiki.example.org/agenda-1');
      expect(result.meetings[0]).toMatchObject({agenda: 'https://wiki.example.org/agenda-1', description: 'Agenda: https://wiki.example.org/agenda-2'});
      expect(result.notices).toEqual([{property: 'DESCRIPTION', message: expect.stringMatching(/agenda-1\): .*; the other agenda links stay in it$/)}]);
    });

    it('keeps the join link as before: found among the links, and its line stays in the description', () => {
      const teams = withDescription('Agenda: https://wiki.example.org/sync\nJoin on your computer: <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>\nHelp: https://aka.ms/JoinTeamsMeeting', [
        'LOCATION:Microsoft Teams Meeting',
      ]);
      expect(teams.meetings[0]).toMatchObject({
        description: 'Join on your computer: <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0>\nHelp: https://aka.ms/JoinTeamsMeeting',
        join: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
        agenda: 'https://wiki.example.org/sync',
      });
      const zoom = withDescription('Join: https://us02web.zoom.us/j/81234567890\nRecording: https://us02web.zoom.us/rec/share/abc');
      expect(zoom.meetings[0]).toMatchObject({join: 'https://us02web.zoom.us/j/81234567890', recordings: 'https://us02web.zoom.us/rec/share/abc', description: 'Join: https://us02web.zoom.us/j/81234567890'});
      // A recording on a meeting service's host is labelled as one: it is no link to join.
      const recordingOnly = withDescription('Recording: https://us02web.zoom.us/rec/share/abc');
      expect(recordingOnly.meetings[0]).not.toHaveProperty('join');
      expect(recordingOnly.meetings[0]).not.toHaveProperty('description');
      expect(recordingOnly.meetings[0]!.recordings).toBe('https://us02web.zoom.us/rec/share/abc');
    });

    it('gives the links to the one-off meeting of a DTSTART outside the rule too', () => {
      const result = importSeries(
        calendar([...WEEKLY.slice(0, 2), 'DTSTART;TZID=Europe/Berlin:20250107T160000', 'DTEND;TZID=Europe/Berlin:20250107T170000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'DESCRIPTION:Notes: https://wiki.example.org/notes']),
      );
      expect(result.meetings.map((m) => [m.notes, m.description])).toEqual([
        ['https://wiki.example.org/notes', undefined],
        ['https://wiki.example.org/notes', undefined],
      ]);
    });
  });

  it('reads a Windows zone name with the CLDR table, and a time in UTC as Etc/UTC', () => {
    const outlook = importSeries(calendar(WEEKLY.map((line) => line.replace('TZID=Europe/Berlin', 'TZID=W. Europe Standard Time'))));
    expect(outlook.meetings[0]!.timezone).toBe('Europe/Berlin');
    expect(outlook.notices).toEqual([expect.objectContaining({property: 'DTSTART', message: expect.stringContaining('Windows zone name: read as Europe/Berlin')})]);
    const utc = importSeries(calendar(['SUMMARY:UTC call', 'DTSTART:20250106T150000Z', 'DURATION:PT45M', 'RRULE:FREQ=DAILY;COUNT=5']));
    expect(utc.meetings[0]).toMatchObject({timezone: 'Etc/UTC', start: '2025-01-06T15:00', duration: 45});
  });

  it('writes a DTSTART that its rule does not produce as a one-off beside the series', () => {
    const result = importSeries(calendar([...WEEKLY.slice(0, 2), 'DTSTART;TZID=Europe/Berlin:20250107T160000', 'DTEND;TZID=Europe/Berlin:20250107T170000', 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250301T000000Z']));
    expect(result.meetings.map((m) => [m.start, m.repeat, m.uid])).toEqual([
      ['2025-01-13T16:00', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20250301T000000Z', 'weekly-1@example.org'],
      ['2025-01-07T16:00', undefined, undefined],
    ]);
  });

  it('ignores, and reports, an EXDATE that is not an occurrence', () => {
    const result = importSeries(calendar([...WEEKLY, 'EXDATE;TZID=Europe/Berlin:20250114T160000']));
    expect(result.meetings[0]).not.toHaveProperty('cancelled');
    expect(result.notices).toEqual([{property: 'EXDATE', value: '20250114T160000', message: expect.stringContaining('not an occurrence')}]);
  });

  it.each([
    ['a floating DTSTART', [...WEEKLY.slice(0, 2), 'DTSTART:20250106T160000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY'], 'DTSTART', /floating time/],
    ['an all-day series', [...WEEKLY.slice(0, 2), 'DTSTART;VALUE=DATE:20250106', 'RRULE:FREQ=WEEKLY'], 'DTSTART', /date without a time/],
    ['two different rules', [...WEEKLY, 'RRULE:FREQ=WEEKLY;BYDAY=WE'], 'RRULE', /several different rules/],
    ['RDATE', [...WEEKLY, 'RDATE;TZID=Europe/Berlin:20250108T160000'], 'RDATE', /dates outside the rule/],
    ['EXRULE', [...WEEKLY, 'EXRULE:FREQ=MONTHLY;BYDAY=1MO'], 'EXRULE', /by a rule/],
    ['an hourly rule', [...WEEKLY.slice(0, 4), 'RRULE:FREQ=HOURLY;COUNT=3'], 'RRULE', /FREQ=HOURLY is not supported/],
    ['a meeting longer than a day', [...WEEKLY.slice(0, 3), 'DTEND;TZID=Europe/Berlin:20250108T170000', WEEKLY[4]!], 'DTEND', /2940 minutes/],
    ['a DTSTART outside a COUNT rule', [...WEEKLY.slice(0, 2), 'DTSTART;TZID=Europe/Berlin:20250107T160000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4'], 'DTSTART', /COUNT/],
    ['a zone nothing explains', WEEKLY.map((l) => l.replace('TZID=Europe/Berlin', 'TZID=Our Office Time')), 'DTSTART', /--zone "Our Office Time=Area\/City"/],
  ])('refuses %s, naming the property', (_case, lines, property, message) => {
    expect(problemOf(importSeries(calendar(lines)))).toEqual(expect.objectContaining({property, message: expect.stringMatching(message)}));
  });

  it('refuses an override of a date the rule does not produce', () => {
    const result = importSeries(
      calendar(WEEKLY, ['UID:weekly-1@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;TZID=Europe/Berlin:20250128T160000', 'DTSTART;TZID=Europe/Berlin:20250128T170000', 'DURATION:PT1H']),
    );
    expect(problemOf(result)).toEqual({property: 'RECURRENCE-ID', value: '20250128T160000', message: expect.stringContaining('not an occurrence')});
  });

  it('refuses an override for this and all later occurrences (RANGE=THISANDFUTURE)', () => {
    const result = importSeries(
      calendar(WEEKLY, ['UID:weekly-1@example.org', 'SUMMARY:Weekly sync', 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Berlin:20250127T160000', 'DTSTART;TZID=Europe/Berlin:20250127T170000', 'DURATION:PT1H']),
    );
    expect(problemOf(result)).toEqual({property: 'RECURRENCE-ID', value: 'RANGE=THISANDFUTURE:20250127T160000', message: expect.stringContaining('every later occurrence')});
  });

  it('takes the zone given with --zone over everything', () => {
    const result = importSeries(calendar(WEEKLY.map((l) => l.replace('TZID=Europe/Berlin', 'TZID=Our Office Time'))), {'Our Office Time': 'Europe/Lisbon'});
    expect(result.meetings[0]!.timezone).toBe('Europe/Lisbon');
  });
});
