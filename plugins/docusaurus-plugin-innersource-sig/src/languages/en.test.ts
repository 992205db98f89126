import {AGENDA_URLS, agendaHeadings, agendaIn, agendaLines} from './__tests__/agenda';
import {scheduleTable} from './__tests__/cases';

describe('English schedules', () => {
  scheduleTable('en-GB', [
    'Every Tuesday',
    'Every Sunday',
    'Every other Wednesday',
    'Every 3 weeks on Tuesday',
    'Every 5 weeks on Friday',
    'Every week on Monday and Thursday',
    'Every other week on Monday, Wednesday and Friday',
    'Every weekday, Monday to Friday',
    'Second Tuesday of every month',
    'Second Tuesday of every month',
    'First Wednesday of every month',
    'Third Sunday of every month',
    'Fourth Saturday of every month',
    'Last Thursday of every month',
    'Last Friday of every month',
    'Second to last Monday of every month',
    'Second Tuesday of every other month',
    'Second Tuesday of every 3 months',
    'On day 13 of every month',
    'On day 1 of every month',
    'On the last day of every month',
    'On day 13 of every other month',
    'Every year on 13 February',
    'Every year on 1 March',
    'Every other year on 13 February',
    'Every day',
    'Every other day',
    'Every 3 days',
    'Every 21 days',
    'Every Tuesday, 6 times',
    'Second Tuesday of every month, 3 times',
    'Every Tuesday, until 10 December 2024',
    'Every Tuesday, until 2 July 2024',
    'Second Tuesday of every month, until 1 January 2025',
    'Once, on Tuesday, 13 February 2024',
    'Once, on Friday, 1 March 2024',
  ]);
});

describe('English agenda issue', () => {
  const agenda = agendaIn('en-GB');

  test('title: the series and the day of the meeting', () => {
    expect(agenda.title).toBe('InnerSource SIG monthly call — Wednesday, 1 April 2026');
  });

  test('headings, moved meeting, times, links and the default agenda', () => {
    expect(agendaHeadings(agenda)).toEqual(['When', 'Join', 'Calendar', "Previous meeting's minutes", 'Agenda']);
    expect(agendaLines(agenda)).toEqual(expect.arrayContaining([
      'Moved from Tuesday, 14 April 2026.',
      '- Wed, 1 Apr 2026, 15:00–16:00 (UTC)',
      `- Add to your calendar: <${AGENDA_URLS.ics}>`,
      `- All meetings of the series: <${AGENDA_URLS.seriesPage}>`,
      `[Tue, 10 Mar 2026, 15:00](${AGENDA_URLS.minutes})`,
      'Add a topic by commenting on this issue.',
    ]));
  });
});
