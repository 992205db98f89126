/** Planning files from calendars written by us for these tests (none is a product's export). */
import {parseMeetingFile} from '../meetings/load';
import {meetingIdFromTitle, planImport, type ExistingMeetingFile} from './importCalendars';

function calendar(...events: string[][]): string {
  const body = events.map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')).join('\r\n');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//written by us//sig:import tests//EN\r\n${body}\r\nEND:VCALENDAR\r\n`;
}

function series(uid: string, summary: string, extra: string[] = []): string[] {
  return [`UID:${uid}`, `SUMMARY:${summary}`, 'DTSTART;TZID=Europe/London:20250114T150000', 'DTEND;TZID=Europe/London:20250114T160000', 'RRULE:FREQ=MONTHLY;BYDAY=2TU', ...extra];
}

const OPTIONS = {outDir: 'meetings', existing: [] as ExistingMeetingFile[], force: false};

function existingFile(name: string, text: string): ExistingMeetingFile {
  return {name, text, meeting: parseMeetingFile(`meetings/${name}`, text)};
}

describe('meetingIdFromTitle', () => {
  it.each([
    ['InnerSource SIG — monthly call!', 'innersource-sig-monthly-call'],
    ['Wstępna akceptacja', 'wstepna-akceptacja'],
    ['Straße & Café', 'strasse-cafe'],
    ['定例会議', 'meeting'],
  ])('%s → %s', (title, slug) => expect(meetingIdFromTitle(title)).toBe(slug));
});

describe('planImport', () => {
  it('writes one file per series, named after its title, that the plugin loads as written', () => {
    const text = calendar(
      series('a@example.org', 'Monthly call', ['DESCRIPTION:Line one\\nLine two']),
      series('b@example.org', 'Monthly call'),
      ['UID:c@example.org', 'SUMMARY:Kick-off', 'DTSTART;TZID=Europe/London:20250114T150000', 'DURATION:PT1H'],
    );
    const plan = planImport([{file: 'sig.ics', text}], OPTIONS);
    expect(plan.refused).toEqual([]);
    expect(plan.files.map((f) => f.name)).toEqual(['monthly-call.yml', 'monthly-call-2.yml']);
    expect(plan.notices).toEqual(['sig.ics: 1 event does not repeat (no RRULE): skipped, as sig:import imports meeting series ("Kick-off")']);
    const meeting = parseMeetingFile('meetings/monthly-call.yml', plan.files[0]!.text);
    expect(meeting).toMatchObject({id: 'monthly-call', description: 'Line one\nLine two', start: '2025-01-14T15:00', durationMinutes: 60, uid: 'a@example.org'});
    expect(plan.files[0]!.text).toMatch(/^# Imported from sig\.ics by docusaurus sig:import\.\n/);
  });

  it('writes the agenda, notes and recordings links its description labels after `join`, as meeting files have them (description written for this test)', () => {
    const description = 'Our monthly call.\\nAgenda: https://wiki.example.org/agenda\\nNotes & agenda:\\nhttps://docs.example.org/notes\\nRecordings: https://www.youtube.com/playlist?list=PL1';
    const plan = planImport([{file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call', [`DESCRIPTION:${description}`, 'URL:https://meet.example.org/call']))}], OPTIONS);
    expect(plan.refused).toEqual([]);
    expect(plan.notices).toEqual([expect.stringMatching(/^sig\.ics: series "Monthly call" \(UID a@example\.org\): DESCRIPTION labels links written as `agenda` .*`notes` .*`recordings` /)]);
    const text = plan.files[0]!.text;
    expect(text.split('\n').filter((line) => /^(description|join|agenda|notes|recordings|uid):/.test(line))).toEqual([
      'description: Our monthly call.',
      'join: https://meet.example.org/call',
      'agenda: https://wiki.example.org/agenda',
      'notes: https://docs.example.org/notes',
      'recordings: https://www.youtube.com/playlist?list=PL1',
      'uid: a@example.org',
    ]);
    expect(parseMeetingFile('meetings/monthly-call.yml', text)).toMatchObject({
      description: 'Our monthly call.',
      agenda: 'https://wiki.example.org/agenda',
      notes: 'https://docs.example.org/notes',
      recordings: 'https://www.youtube.com/playlist?list=PL1',
    });
  });

  it('does not take the name of a file already there', () => {
    const plan = planImport([{file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call'))}], {...OPTIONS, existing: [{name: 'monthly-call.yaml'}]});
    expect(plan.files.map((f) => f.name)).toEqual(['monthly-call-2.yml']);
  });

  it('refuses a series imported before (same UID), and replaces its file with force', () => {
    const before = planImport([{file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call'))}], OPTIONS).files[0]!;
    const existing = [existingFile('our-call.yml', before.text.replace('id: monthly-call', 'id: our-call'))];
    const again = {file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call (new time)'))};

    const refused = planImport([again], {...OPTIONS, existing});
    expect(refused.files).toEqual([]);
    expect(refused.refused).toEqual([
      'sig.ics: series "Monthly call (new time)" (UID a@example.org): was imported before as meetings/our-call.yml (same UID): nothing written; use --force to merge it into that file',
    ]);

    const forced = planImport([again], {...OPTIONS, existing, force: true});
    expect(forced.files).toEqual([expect.objectContaining({name: 'our-call.yml', replaces: true})]);
    expect(parseMeetingFile('meetings/our-call.yml', forced.files[0]!.text)).toMatchObject({id: 'our-call', title: 'Monthly call (new time)'});
  });

  it('imports the other series of a file when one is refused', () => {
    const text = calendar(series('a@example.org', 'Monthly call', ['RDATE;TZID=Europe/London:20250120T150000']), series('b@example.org', 'Other call'));
    const plan = planImport([{file: 'sig.ics', text}], OPTIONS);
    expect(plan.files.map((f) => f.name)).toEqual(['other-call.yml']);
    expect(plan.refused).toEqual([
      'sig.ics: series "Monthly call" (UID a@example.org): RDATE "20250120T150000" adds dates outside the rule, which a meeting file cannot hold: nothing written for this series',
    ]);
  });

  it('refuses a file that is not iCalendar, in one line', () => {
    const plan = planImport([{file: 'notes.txt', text: 'just some notes'}], OPTIONS);
    expect(plan.files).toEqual([]);
    expect(plan.refused).toEqual([expect.stringMatching(/^notes\.txt: is not an iCalendar file: [^\n]+$/)]);
  });
});

describe('planImport with force: the calendar merged into a file edited by hand', () => {
  /** A meeting file as someone may have edited it after an import, written by us. */
  const HAND_EDITED = [
    '# Imported from sig.ics by docusaurus sig:import, then edited by hand.',
    'id: our-call',
    'title: Monthly call # as on the poster',
    'description: Written by us.',
    'timezone: Europe/London',
    'start: 2025-01-14T15:00',
    'duration: 60',
    'repeat: FREQ=MONTHLY;BYDAY=2TU',
    '# Public holidays.',
    'cancelled: [2025-03-11, 2025-05-13]',
    'moved:',
    '  - from: 2025-04-08',
    '    start: 2025-04-09T15:00 # room taken',
    'agenda: https://example.org/agenda',
    'ics: sig-monthly',
    'uid: a@example.org',
    '',
  ].join('\n');
  const FORCE = {...OPTIONS, force: true};

  function merge(fileText: string, ...lines: string[][]) {
    return planImport([{file: 'sig.ics', text: calendar(...lines)}], {...FORCE, existing: [existingFile('our-call.yml', fileText)]});
  }

  it('sets what the calendar gives, and keeps the other fields, the comments and the hand-written dates', () => {
    const event = ['UID:a@example.org', 'SUMMARY:Monthly call (new time)', 'DTSTART;TZID=Europe/London:20250114T160000', 'DURATION:PT1H', 'RRULE:FREQ=MONTHLY;BYDAY=2TU', 'EXDATE;TZID=Europe/London:20250211T160000'];
    const plan = merge(HAND_EDITED, event);
    expect(plan.refused).toEqual([]);
    expect(plan.notices).toEqual([]);
    const [file] = plan.files;
    expect(file).toMatchObject({name: 'our-call.yml', replaces: true});
    expect(file!.notices).toEqual([
      'meetings/our-call.yml: updated title, start, cancelled from the calendar; kept description, cancelled (2 dates written by hand), moved (1 date written by hand), agenda, ics',
    ]);
    expect(file!.text).toBe(
      HAND_EDITED.replace('title: Monthly call #', 'title: Monthly call (new time) #')
        .replace('start: 2025-01-14T15:00', 'start: 2025-01-14T16:00')
        .replace('[2025-03-11, 2025-05-13]', '[2025-02-11, 2025-03-11, 2025-05-13]'),
    );
    expect(parseMeetingFile('meetings/our-call.yml', file!.text)).toMatchObject({id: 'our-call', ics: 'sig-monthly', description: 'Written by us.', agenda: 'https://example.org/agenda'});
  });

  it('leaves the file as it is when the calendar changes nothing', () => {
    const plan = merge(HAND_EDITED, series('a@example.org', 'Monthly call'));
    expect(plan.files[0]!.text).toBe(HAND_EDITED);
    expect(plan.files[0]!.notices).toEqual([
      'meetings/our-call.yml: nothing to update from the calendar; kept description, cancelled (2 dates written by hand), moved (1 date written by hand), agenda, ics',
    ]);
  });

  it('replaces `end` by the new duration, takes the description and the moved date of the calendar, and says what it left out', () => {
    const text = HAND_EDITED.replace('duration: 60', 'end: "16:00"');
    const plan = merge(
      text,
      [...series('a@example.org', 'Monthly call', ['DESCRIPTION:From the calendar']).filter((line) => !line.startsWith('DTEND')), 'DURATION:PT90M'],
      // Moves the occurrence the file moves, and the one it cancels on 2025-03-11.
      ['UID:a@example.org', 'RECURRENCE-ID;TZID=Europe/London:20250408T150000', 'SUMMARY:Monthly call', 'DTSTART;TZID=Europe/London:20250410T150000', 'DURATION:PT90M'],
      ['UID:a@example.org', 'RECURRENCE-ID;TZID=Europe/London:20250311T150000', 'SUMMARY:Monthly call', 'DTSTART;TZID=Europe/London:20250312T150000', 'DURATION:PT90M'],
    );
    expect(plan.refused).toEqual([]);
    const [file] = plan.files;
    expect(file!.notices).toEqual([
      'meetings/our-call.yml: cancelled date 2025-03-11 (written by hand) is moved by the calendar: left out',
      'meetings/our-call.yml: updated description, duration (instead of end), moved from the calendar; kept cancelled (1 date written by hand), agenda, ics',
    ]);
    expect(file!.text).toContain('\nduration: 90\nrepeat:');
    expect(file!.text).not.toContain('end:');
    expect(file!.text).toContain('# Public holidays.\ncancelled: [2025-05-13]\n');
    expect(parseMeetingFile('meetings/our-call.yml', file!.text)).toMatchObject({
      description: 'From the calendar',
      durationMinutes: 90,
      cancelled: ['2025-05-13'],
      moved: [
        {from: '2025-03-11', start: '2025-03-12T15:00', durationMinutes: 90},
        {from: '2025-04-08', start: '2025-04-10T15:00', durationMinutes: 90},
      ],
    });
  });

  it('leaves out the hand-written dates that the new schedule does not have, naming each', () => {
    // Now on the second Wednesday: 2025-03-11, 2025-04-08 and 2025-05-13 are Tuesdays.
    const event = ['UID:a@example.org', 'SUMMARY:Monthly call', 'DTSTART;TZID=Europe/London:20250115T150000', 'DURATION:PT1H', 'RRULE:FREQ=MONTHLY;BYDAY=3WE'];
    const plan = merge(HAND_EDITED, event);
    expect(plan.refused).toEqual([]);
    const [file] = plan.files;
    expect(file!.notices).toEqual([
      "meetings/our-call.yml: cancelled date 2025-03-11 (written by hand) is not a date of the calendar's series (FREQ=MONTHLY;BYDAY=3WE from 2025-01-15T15:00): left out",
      "meetings/our-call.yml: cancelled date 2025-05-13 (written by hand) is not a date of the calendar's series (FREQ=MONTHLY;BYDAY=3WE from 2025-01-15T15:00): left out",
      "meetings/our-call.yml: moved date 2025-04-08 (written by hand) is not a date of the calendar's series (FREQ=MONTHLY;BYDAY=3WE from 2025-01-15T15:00): left out",
      'meetings/our-call.yml: updated start, repeat from the calendar; kept description, agenda, ics',
    ]);
    expect(file!.text).not.toMatch(/cancelled|moved|Public holidays|room taken/);
    expect(parseMeetingFile('meetings/our-call.yml', file!.text)).toMatchObject({start: '2025-01-15T15:00', cancelled: [], moved: []});
  });

  it('refuses the series, naming what would be lost, when the merged file would still be invalid', () => {
    // 2025-03-09T02:30 exists in London, not in New York (clocks go forward).
    const text = HAND_EDITED.replace('start: 2025-04-09T15:00 # room taken', 'start: 2025-03-09T02:30').replace('from: 2025-04-08', 'from: 2025-03-11').replace('2025-03-11, ', '');
    const event = ['UID:a@example.org', 'SUMMARY:Monthly call', 'DTSTART;TZID=America/New_York:20250114T150000', 'DURATION:PT1H', 'RRULE:FREQ=MONTHLY;BYDAY=2TU'];
    const plan = merge(text, event);
    expect(plan.files).toEqual([]);
    expect(plan.refused).toEqual([
      'sig.ics: series "Monthly call" (UID a@example.org): merged with meetings/our-call.yml, the file would be rejected (field "moved[0].start" has value "2025-03-09T02:30": does not exist in America/New_York: the clocks skip it when they go forward): nothing written for this series (replacing it would lose what was written by hand: description, cancelled (1 date written by hand), moved (1 date written by hand), agenda, ics)',
    ]);
  });
});
