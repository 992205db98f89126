/**
 * The agenda issue every language module is tested on (written for these tests): a monthly call
 * whose April meeting moved to Wednesday 1 April, the day where languages write the first of a
 * month their own way (1er, 1º), with a join link, a series page and the March minutes.
 */
import {meetingAgenda, type Agenda} from '../../meetings/agenda';
import {parseMeetingFile} from '../../meetings/load';
import {languageFor} from '..';

export const AGENDA_URLS = {
  ics: 'https://sig.example.org/ics/innersource-sig.ics',
  seriesPage: 'https://sig.example.org/meetings/innersource-sig',
  minutes: 'https://sig.example.org/meetings/innersource-sig/2026-03-10',
};

const MEETING = [
  'title: InnerSource SIG monthly call',
  'timezone: Europe/London',
  'start: 2026-01-13T15:00',
  'duration: 60',
  'repeat: FREQ=MONTHLY;BYDAY=2TU',
  'moved:',
  '  - from: 2026-04-14',
  '    start: 2026-04-01T16:00',
  'join: https://zoom.us/j/123456789',
  '',
].join('\n');

/** The agenda of the moved April meeting in a locale, with its language module. */
export function agendaIn(locale: string): Agenda {
  const language = languageFor(locale);
  if (!language) throw new Error(`no language module for ${locale}`);
  const result = meetingAgenda(parseMeetingFile('meetings/innersource-sig.yml', MEETING), {
    now: new Date('2026-03-20T00:00:00Z'),
    language,
    locale,
    icsUrl: AGENDA_URLS.ics,
    seriesPageUrl: AGENDA_URLS.seriesPage,
    zones: [],
    minutesPages: new Map([['2026-03-10', AGENDA_URLS.minutes]]),
  });
  if (result.kind !== 'agenda') throw new Error(result.message);
  return result;
}

/** The body's headings, in order. */
export const agendaHeadings = (agenda: Agenda): string[] => agenda.body.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));

/** The body's lines that are not headings or blank. */
export const agendaLines = (agenda: Agenda): string[] => agenda.body.split('\n').filter((line) => line !== '' && !line.startsWith('## '));
