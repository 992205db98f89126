import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('Italian schedules', () => {
  scheduleTable('it', [
    'Ogni martedì',
    'Ogni domenica',
    'Ogni due settimane, il mercoledì',
    'Ogni 3 settimane, il martedì',
    'Ogni 5 settimane, il venerdì',
    'Ogni lunedì e giovedì',
    'Ogni due settimane, il lunedì, il mercoledì e il venerdì',
    'Tutti i giorni lavorativi, dal lunedì al venerdì',
    'Il secondo martedì di ogni mese',
    'Il secondo martedì di ogni mese',
    'Il primo mercoledì di ogni mese',
    'La terza domenica di ogni mese',
    'Il quarto sabato di ogni mese',
    'L’ultimo giovedì di ogni mese',
    'L’ultimo venerdì di ogni mese',
    'Il penultimo lunedì di ogni mese',
    'Ogni due mesi, il secondo martedì del mese',
    'Ogni 3 mesi, il secondo martedì del mese',
    'Il giorno 13 di ogni mese',
    'Il primo giorno di ogni mese',
    'L’ultimo giorno di ogni mese',
    'Ogni due mesi, il giorno 13 del mese',
    'Ogni anno il 13 febbraio',
    'Ogni anno il 1º marzo',
    'Ogni due anni, il 13 febbraio',
    'Ogni giorno',
    'Ogni due giorni',
    'Ogni 3 giorni',
    'Ogni 21 giorni',
    'Ogni martedì, 6 volte',
    'Il secondo martedì di ogni mese, 3 volte',
    'Ogni martedì, fino al 10 dicembre 2024',
    'Ogni martedì, fino al 2 luglio 2024',
    'Il secondo martedì di ogni mese, fino al 1º gennaio 2025',
    'Una sola volta, martedì 13 febbraio 2024',
    'Una sola volta, venerdì 1º marzo 2024',
  ]);
});

describe('Italian agenda issue', () => {
  const agenda = agendaIn('it');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call – mercoledì 1º aprile 2026');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['Quando', 'Partecipa', 'Calendario', 'Verbale della riunione precedente', 'Ordine del giorno']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      'Spostata; prevista in origine per martedì 14 aprile 2026.',
      '- mer 1 apr 2026, 15:00–16:00 (UTC)',
      `- Aggiungi al tuo calendario: <${AGENDA_URLS.ics}>`,
      `- Tutte le riunioni della serie: <${AGENDA_URLS.seriesPage}>`,
      `[mar 10 mar 2026, 15:00](${AGENDA_URLS.minutes})`,
      'Per proporre un argomento, aggiungi un commento a questa issue.',
    ]));
  });
});
