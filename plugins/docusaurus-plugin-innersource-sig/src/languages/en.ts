import type {Language, Names, Ordinal, Schedule} from './types';

const ORDINALS: Record<Ordinal, string> = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last', [-2]: 'second to last', [-3]: 'third to last'};

/** "every month", "every other month", "every 3 months". */
function every(interval: number, unit: string): string {
  if (interval === 1) return `every ${unit}`;
  if (interval === 2) return `every other ${unit}`;
  return `every ${interval} ${unit}s`;
}


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `Once, on ${names.dateWithWeekday(schedule.date)}`;
    case 'daily':
      return every(schedule.interval, 'day');
    case 'weekdays':
      return 'every weekday, Monday to Friday';
    case 'weekly': {
      const days = schedule.days.map(names.weekday);
      if (days.length === 1 && schedule.interval <= 2) return every(schedule.interval, days[0]!);
      return `${every(schedule.interval, 'week')} on ${names.list(days)}`;
    }
    case 'monthlyWeekday':
      return `${ORDINALS[schedule.ordinal]} ${names.weekday(schedule.weekday)} of ${every(schedule.interval, 'month')}`;
    case 'monthlyDay':
      return schedule.day === -1
        ? `on the last day of ${every(schedule.interval, 'month')}`
        : `on day ${schedule.day} of ${every(schedule.interval, 'month')}`;
    case 'yearly':
      return `${every(schedule.interval, 'year')} on ${names.dayOfMonth(schedule.month, schedule.day)}`;
  }
}

const en: Language = {
  sentence,
  until: (day: string, names: Names): string => `, until ${names.date(day)}`,
  times: (count: number): string => `, ${count === 1 ? 'once' : `${count} times`}`,
  calendarNames: (site) => ({meetings: `${site} meetings`, events: `${site} events`}),
  calendar: {
    agenda: 'Agenda: {url}',
    notes: 'Minutes: {url}',
    recordings: 'Recordings: {url}',
    join: 'Join: {url}',
    registration: 'Registration: {url}',
    recording: 'Recording: {url}',
    feed: 'Calendar feed with all cancellations and changes: {url}',
  },
  agenda: {
    title: '{series} — {date}',
    date: (day, names) => names.dateWithWeekday(day),
    when: 'When',
    join: 'Join',
    calendar: 'Calendar',
    previousMinutes: "Previous meeting's minutes",
    agenda: 'Agenda',
    zoneTime: '{time} ({zone})',
    movedFrom: (day, names) => `Moved from ${names.dateWithWeekday(day)}.`,
    addToCalendar: 'Add to your calendar: {url}',
    seriesPage: 'All meetings of the series: {url}',
    addTopics: 'Add a topic by commenting on this issue.',
  },
};

export default en;
