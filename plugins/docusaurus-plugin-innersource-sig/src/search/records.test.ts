import {parseMeetingFile} from '../meetings/load';
import {meetingSearchRecords} from './records';

const monthly = parseMeetingFile(
  'meetings/sig.yml',
  'title: SIG monthly call\ndescription: Open to everyone.\ntimezone: Europe/London\nstart: 2025-01-14T15:00\nduration: 60\nrepeat: FREQ=MONTHLY;BYDAY=2TU\n',
);
const once = parseMeetingFile('meetings/kickoff.yml', 'title: Kick-off\ntimezone: Asia/Tokyo\nstart: 2025-03-03T09:30\nduration: 30\n');

describe('meetingSearchRecords', () => {
  it('gives each series a record at its series page, with its schedule words', () => {
    const [record, kickoff] = meetingSearchRecords([monthly, once], '/portal/meetings', 'en');
    expect(record).toEqual({
      url: '/portal/meetings/sig',
      title: 'SIG monthly call',
      content: expect.stringContaining('SIG monthly call. Open to everyone. Second Tuesday of every month'),
    });
    expect(record!.content).toContain('15:00–16:00');
    expect(record!.content).toContain('Europe/London');
    expect(kickoff!.url).toBe('/portal/meetings/kickoff');
    // Without series pages, at the series' table on the meetings page.
    expect(meetingSearchRecords([monthly], '/portal/meetings', 'en', false)[0]!.url).toBe('/portal/meetings#sig');
    expect(kickoff!.content).toContain('09:30–10:00');
  });

  it('words the schedule in the page\'s language', () => {
    const [record] = meetingSearchRecords([monthly], '/fr/meetings', 'fr');
    expect(record!.content.toLowerCase()).toContain('deuxième mardi');
  });
});
