import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('German schedules', () => {
  scheduleTable('de', [
    'Jeden Dienstag',
    'Jeden Sonntag',
    'Jeden zweiten Mittwoch',
    'Alle 3 Wochen am Dienstag',
    'Alle 5 Wochen am Freitag',
    'Jede Woche am Montag und Donnerstag',
    'Alle zwei Wochen am Montag, Mittwoch und Freitag',
    'Jeden Werktag, Montag bis Freitag',
    'Am zweiten Dienstag jedes Monats',
    'Am zweiten Dienstag jedes Monats',
    'Am ersten Mittwoch jedes Monats',
    'Am dritten Sonntag jedes Monats',
    'Am vierten Samstag jedes Monats',
    'Am letzten Donnerstag jedes Monats',
    'Am letzten Freitag jedes Monats',
    'Am vorletzten Montag jedes Monats',
    'Am zweiten Dienstag jedes zweiten Monats',
    'Alle 3 Monate am zweiten Dienstag des Monats',
    'Am 13. jedes Monats',
    'Am 1. jedes Monats',
    'Am letzten Tag jedes Monats',
    'Am 13. jedes zweiten Monats',
    'Jedes Jahr am 13. Februar',
    'Jedes Jahr am 1. März',
    'Alle zwei Jahre am 13. Februar',
    'Jeden Tag',
    'Jeden zweiten Tag',
    'Alle 3 Tage',
    'Alle 21 Tage',
    'Jeden Dienstag, 6-mal',
    'Am zweiten Dienstag jedes Monats, 3-mal',
    'Jeden Dienstag, bis zum 10. Dezember 2024',
    'Jeden Dienstag, bis zum 2. Juli 2024',
    'Am zweiten Dienstag jedes Monats, bis zum 1. Januar 2025',
    'Einmalig am Dienstag, 13. Februar 2024',
    'Einmalig am Freitag, 1. März 2024',
  ]);
});

describe('German agenda issue', () => {
  const agenda = agendaIn('de');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call – Mittwoch, 1. April 2026');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['Wann', 'Teilnehmen', 'Kalender', 'Protokoll des letzten Meetings', 'Tagesordnung']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      'Verschoben, ursprünglich geplant für Dienstag, 14. April 2026.',
      '- Mi., 1. Apr. 2026, 15:00–16:00 (UTC)',
      `- Zum Kalender hinzufügen: <${AGENDA_URLS.ics}>`,
      `- Alle Termine der Reihe: <${AGENDA_URLS.seriesPage}>`,
      `[Di., 10. März 2026, 15:00](${AGENDA_URLS.minutes})`,
      'Themen bitte als Kommentar zu diesem Issue vorschlagen.',
    ]));
  });
});
