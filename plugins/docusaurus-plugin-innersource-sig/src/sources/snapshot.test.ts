import {createHash} from 'node:crypto';
import {DataError} from '../errors';
import {parseSnapshot, sha256, snapshotText} from './snapshot';
import {calendarOf, officeHoursEvent} from './__tests__/calendars';

const FILE = 'meetings/.snapshots/office-hours.ics';
const HOST = 'calendar.example.org';
const FETCHED_AT = '2027-01-04T06:00:00.000Z';

/** The office hours in the given line ends, with a folded line and non-ASCII text. */
function calendar(eol: string): string {
  const text = ['SUMMARY:Sprechstunde – Café', 'DESCRIPTION:A long description that a calendar host folds at seventy-five octet', ' s, as RFC 5545 says.'];
  return calendarOf(officeHoursEvent({lines: text}), eol);
}

function dataError(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('sha256', () => {
  it('is the hex SHA-256 of the UTF-8 text', () => {
    expect(sha256('Café')).toBe(createHash('sha256').update(Buffer.from('Café', 'utf8')).digest('hex'));
  });
});

describe('snapshotText and parseSnapshot', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('round trip byte for byte, %s line ends', (_name, eol) => {
    const text = calendar(eol);
    const written = snapshotText({calendar: text, host: HOST, fetchedAt: FETCHED_AT});
    // The header goes after BEGIN:VCALENDAR, in the calendar's own line ends, so that the file stays a calendar.
    expect(written.split(eol).slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      `X-SIG-SNAPSHOT-HOST:${HOST}`,
      `X-SIG-SNAPSHOT-FETCHED-AT:${FETCHED_AT}`,
      `X-SIG-SNAPSHOT-SHA256:${sha256(text)}`,
      'VERSION:2.0',
    ]);
    if (eol === '\n') expect(written).not.toContain('\r');
    else expect(written.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const read = parseSnapshot(FILE, written);
    expect(read).toEqual({calendar: text, host: HOST, fetchedAt: FETCHED_AT, sha256: sha256(text)});
    expect(Buffer.from(read.calendar, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
    // And again: writing what was read gives the same file.
    expect(snapshotText(read)).toBe(written);
  });

  it('round trip of a calendar without a final line end, and of one with mixed line ends', () => {
    for (const text of [calendar('\r\n').replace(/\r\n$/, ''), calendar('\r\n').replace('VERSION:2.0\r\n', 'VERSION:2.0\n')]) {
      expect(parseSnapshot(FILE, snapshotText({calendar: text, host: HOST, fetchedAt: FETCHED_AT})).calendar).toBe(text);
    }
  });

  it('keeps a host with a port, and never more of an address than the host it is given', () => {
    const written = snapshotText({calendar: calendar('\r\n'), host: '127.0.0.1:8765', fetchedAt: FETCHED_AT});
    expect(parseSnapshot(FILE, written).host).toBe('127.0.0.1:8765');
  });

  describe('a snapshot that is not as written is a DataError naming the file, with `git checkout` advice', () => {
    const written = snapshotText({calendar: calendar('\r\n'), host: HOST, fetchedAt: FETCHED_AT});

    it.each([
      ['an edited calendar', written.replace('BYDAY=TH', 'BYDAY=FR')],
      ['an edited line end', written.replace('VERSION:2.0\r\n', 'VERSION:2.0\n')],
      ['a calendar cut short', written.slice(0, written.length - 40)],
      ['a calendar cut at a line end', written.slice(0, written.indexOf('END:VEVENT'))],
      ['a lost final line end', written.replace(/\r\n$/, '')],
      ['a changed hash', written.replace(/SHA256:[0-9a-f]{4}/, 'SHA256:0000')],
    ])('%s: does not match its calendar', (_name, text) => {
      const error = dataError(() => parseSnapshot(FILE, text));
      expect(error.file).toBe(FILE);
      expect(error.problem).toMatch(/^does not match its calendar \(edited or cut short\): /);
      expect(error.problem).toContain(`\`git checkout -- ${FILE}\``);
      expect(error.problem).toContain('docusaurus sig:sync');
    });

    it.each([
      ['an empty file', ''],
      ['a calendar without the header', calendar('\r\n')],
      ['a header without the host', written.replace(/X-SIG-SNAPSHOT-HOST:[^\r\n]*\r\n/, '')],
      ['a header cut after its first line', written.split('\r\n').slice(0, 2).join('\r\n')],
      ['a header moved below the calendar start', written.replace('BEGIN:VCALENDAR\r\n', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')],
      ['an HTML page', '<html><body>not a calendar</body></html>'],
      ['a file that does not start with BEGIN:VCALENDAR', `X-OTHER:1\r\n${written}`],
    ])('%s: is not a snapshot', (_name, text) => {
      const error = dataError(() => parseSnapshot(FILE, text));
      expect(error.file).toBe(FILE);
      expect(error.field).toBe('(file)');
      expect(error.problem).toMatch(/^is not a calendar snapshot written by the plugin: /);
      expect(error.problem).toContain(`\`git checkout -- ${FILE}\``);
    });

    it('a fetch time that is not a time', () => {
      const text = calendar('\n');
      const bad = snapshotText({calendar: text, host: HOST, fetchedAt: 'yesterday'});
      const error = dataError(() => parseSnapshot(FILE, bad));
      expect({field: error.field, value: error.value}).toEqual({field: 'X-SIG-SNAPSHOT-FETCHED-AT', value: 'yesterday'});
      expect(error.problem).toContain(`\`git checkout -- ${FILE}\``);
    });
  });
});
