import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('French schedules', () => {
  scheduleTable('fr', [
    'Chaque mardi',
    'Chaque dimanche',
    'Un mercredi sur deux',
    'Toutes les 3 semaines, le mardi',
    'Toutes les 5 semaines, le vendredi',
    'Chaque semaine, le lundi et le jeudi',
    'Une semaine sur deux, le lundi, le mercredi et le vendredi',
    'Tous les jours ouvrés, du lundi au vendredi',
    'Le deuxième mardi de chaque mois',
    'Le deuxième mardi de chaque mois',
    'Le premier mercredi de chaque mois',
    'Le troisième dimanche de chaque mois',
    'Le quatrième samedi de chaque mois',
    'Le dernier jeudi de chaque mois',
    'Le dernier vendredi de chaque mois',
    'L’avant-dernier lundi de chaque mois',
    'Le deuxième mardi, un mois sur deux',
    'Le deuxième mardi, tous les 3 mois',
    'Le 13 de chaque mois',
    'Le 1er de chaque mois',
    'Le dernier jour de chaque mois',
    'Le 13, un mois sur deux',
    'Chaque année le 13 février',
    'Chaque année le 1er mars',
    'Tous les deux ans, le 13 février',
    'Tous les jours',
    'Un jour sur deux',
    'Tous les 3 jours',
    'Tous les 21 jours',
    'Chaque mardi, 6 fois',
    'Le deuxième mardi de chaque mois, 3 fois',
    'Chaque mardi, jusqu’au 10 décembre 2024',
    'Chaque mardi, jusqu’au 2 juillet 2024',
    'Le deuxième mardi de chaque mois, jusqu’au 1er janvier 2025',
    'Une seule fois, le mardi 13 février 2024',
    'Une seule fois, le vendredi 1er mars 2024',
  ]);
});

describe('French agenda issue', () => {
  const agenda = agendaIn('fr');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call – mercredi 1er avril 2026');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['Quand', 'Rejoindre', 'Calendrier', 'Compte rendu de la réunion précédente', 'Ordre du jour']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      'Déplacée ; initialement prévue le mardi 14 avril 2026.',
      '- mer. 1 avr. 2026, 15:00–16:00 (UTC)',
      `- Ajouter à votre calendrier : <${AGENDA_URLS.ics}>`,
      `- Toutes les réunions de la série : <${AGENDA_URLS.seriesPage}>`,
      `[mar. 10 mars 2026, 15:00](${AGENDA_URLS.minutes})`,
      'Pour proposer un sujet, ajoutez un commentaire à ce ticket.',
    ]));
  });
});
