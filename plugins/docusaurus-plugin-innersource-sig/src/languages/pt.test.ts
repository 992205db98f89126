import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('Portuguese (Brazil) schedules', () => {
  scheduleTable('pt-BR', [
    'Todas as terças-feiras',
    'Todos os domingos',
    'A cada duas semanas, na quarta-feira',
    'A cada 3 semanas, na terça-feira',
    'A cada 5 semanas, na sexta-feira',
    'Todas as semanas, na segunda-feira e na quinta-feira',
    'A cada duas semanas, na segunda-feira, na quarta-feira e na sexta-feira',
    'Todos os dias úteis, de segunda a sexta-feira',
    'Na segunda terça-feira de cada mês',
    'Na segunda terça-feira de cada mês',
    'Na primeira quarta-feira de cada mês',
    'No terceiro domingo de cada mês',
    'No quarto sábado de cada mês',
    'Na última quinta-feira de cada mês',
    'Na última sexta-feira de cada mês',
    'Na penúltima segunda-feira de cada mês',
    'A cada dois meses, na segunda terça-feira do mês',
    'A cada 3 meses, na segunda terça-feira do mês',
    'No dia 13 de cada mês',
    'No dia 1º de cada mês',
    'No último dia de cada mês',
    'A cada dois meses, no dia 13 do mês',
    'Todos os anos, em 13 de fevereiro',
    'Todos os anos, em 1º de março',
    'A cada dois anos, em 13 de fevereiro',
    'Todos os dias',
    'A cada dois dias',
    'A cada 3 dias',
    'A cada 21 dias',
    'Todas as terças-feiras, 6 vezes',
    'Na segunda terça-feira de cada mês, 3 vezes',
    'Todas as terças-feiras, até 10 de dezembro de 2024',
    'Todas as terças-feiras, até 2 de julho de 2024',
    'Na segunda terça-feira de cada mês, até 1º de janeiro de 2025',
    'Uma única vez, na terça-feira, 13 de fevereiro de 2024',
    'Uma única vez, na sexta-feira, 1º de março de 2024',
  ]);
});

describe('Portuguese agenda issue', () => {
  const agenda = agendaIn('pt-BR');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call – quarta-feira, 1º de abril de 2026');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['Quando', 'Participar', 'Calendário', 'Ata da reunião anterior', 'Pauta']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      'Remarcada; prevista originalmente para terça-feira, 14 de abril de 2026.',
      '- qua., 1 de abr. de 2026, 15:00–16:00 (UTC)',
      `- Adicionar ao seu calendário: <${AGENDA_URLS.ics}>`,
      `- Todas as reuniões da série: <${AGENDA_URLS.seriesPage}>`,
      `[ter., 10 de mar. de 2026, 15:00](${AGENDA_URLS.minutes})`,
      'Para sugerir um tema, comente nesta issue.',
    ]));
  });
});
