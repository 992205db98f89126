/** Planning files from calendars written by us for these tests (none is a product's export). */
import {parseMeetingFile} from '../meetings/load';
import {planImport, slugify, type ExistingMeetingFile} from './importCalendars';

function calendar(...events: string[][]): string {
  const body = events.map((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n')).join('\r\n');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//written by us//sig:import tests//EN\r\n${body}\r\nEND:VCALENDAR\r\n`;
}

function series(uid: string, summary: string, extra: string[] = []): string[] {
  return [`UID:${uid}`, `SUMMARY:${summary}`, 'DTSTART;TZID=Europe/London:20250114T150000', 'DTEND;TZID=Europe/London:20250114T160000', 'RRULE:FREQ=MONTHLY;BYDAY=2TU', ...extra];
}

const OPTIONS = {outDir: 'meetings', existing: [] as ExistingMeetingFile[], force: false};

describe('slugify', () => {
  it.each([
    ['InnerSource SIG — monthly call!', 'innersource-sig-monthly-call'],
    ['Wstępna akceptacja', 'wstepna-akceptacja'],
    ['Straße & Café', 'strasse-cafe'],
    ['定例会議', 'meeting'],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
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

  it('does not take the name of a file already there', () => {
    const plan = planImport([{file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call'))}], {...OPTIONS, existing: [{name: 'monthly-call.yaml'}]});
    expect(plan.files.map((f) => f.name)).toEqual(['monthly-call-2.yml']);
  });

  it('refuses a series imported before (same UID), and replaces its file with force', () => {
    const before = planImport([{file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call'))}], OPTIONS).files[0]!;
    const existing = [{name: 'our-call.yml', meeting: parseMeetingFile('meetings/our-call.yml', before.text.replace('id: monthly-call', 'id: our-call'))}];
    const again = {file: 'sig.ics', text: calendar(series('a@example.org', 'Monthly call (new time)'))};

    const refused = planImport([again], {...OPTIONS, existing});
    expect(refused.files).toEqual([]);
    expect(refused.refused).toEqual([
      'sig.ics: series "Monthly call (new time)" (UID a@example.org): was imported before as meetings/our-call.yml (same UID): nothing written; use --force to replace that file',
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
