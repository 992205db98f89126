import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('Spanish schedules', () => {
  scheduleTable('es', [
    'Todos los martes',
    'Todos los domingos',
    'Cada dos semanas, los miércoles',
    'Cada 3 semanas, los martes',
    'Cada 5 semanas, los viernes',
    'Todos los lunes y jueves',
    'Cada dos semanas, los lunes, miércoles y viernes',
    'Todos los días laborables, de lunes a viernes',
    'El segundo martes de cada mes',
    'El segundo martes de cada mes',
    'El primer miércoles de cada mes',
    'El tercer domingo de cada mes',
    'El cuarto sábado de cada mes',
    'El último jueves de cada mes',
    'El último viernes de cada mes',
    'El penúltimo lunes de cada mes',
    'Cada dos meses, el segundo martes del mes',
    'Cada 3 meses, el segundo martes del mes',
    'El día 13 de cada mes',
    'El primer día de cada mes',
    'El último día de cada mes',
    'Cada dos meses, el día 13 del mes',
    'Todos los años el 13 de febrero',
    'Todos los años el 1 de marzo',
    'Cada dos años, el 13 de febrero',
    'Todos los días',
    'Cada dos días',
    'Cada 3 días',
    'Cada 21 días',
    'Todos los martes, 6 veces',
    'El segundo martes de cada mes, 3 veces',
    'Todos los martes, hasta el 10 de diciembre de 2024',
    'Todos los martes, hasta el 2 de julio de 2024',
    'El segundo martes de cada mes, hasta el 1 de enero de 2025',
    'Una sola vez, el martes 13 de febrero de 2024',
    'Una sola vez, el viernes 1 de marzo de 2024',
  ]);
});

describe('Spanish agenda issue', () => {
  const agenda = agendaIn('es');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call – miércoles, 1 de abril de 2026');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['Cuándo', 'Unirse', 'Calendario', 'Acta de la reunión anterior', 'Orden del día']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      'Reprogramada; prevista originalmente para el martes, 14 de abril de 2026.',
      '- mié, 1 abr 2026, 15:00–16:00 (UTC)',
      `- Añadir al calendario: <${AGENDA_URLS.ics}>`,
      `- Todas las reuniones de la serie: <${AGENDA_URLS.seriesPage}>`,
      `[mar, 10 mar 2026, 15:00](${AGENDA_URLS.minutes})`,
      'Para proponer un tema, añade un comentario en esta incidencia.',
    ]));
  });
});
