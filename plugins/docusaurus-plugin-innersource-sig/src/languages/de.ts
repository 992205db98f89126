import type {Language, Names, Ordinal, Schedule} from './types';

// Dative after "am", as every weekday is masculine: "am zweiten Dienstag".
const ORDINALS: Record<Ordinal, string> = {
  1: 'ersten', 2: 'zweiten', 3: 'dritten', 4: 'vierten', 5: 'fünften',
  [-1]: 'letzten', [-2]: 'vorletzten', [-3]: 'drittletzten',
};

/** "alle zwei Wochen", "alle 3 Wochen". */
const all = (interval: number, units: string) => `alle ${interval === 2 ? 'zwei' : interval} ${units}`;

/** The month after a day of it: "am 13. jedes Monats", "… jedes zweiten Monats", "alle 3 Monate am 13. des Monats". */
function ofMonths(interval: number, day: string): string {
  if (interval === 1) return `am ${day} jedes Monats`;
  if (interval === 2) return `am ${day} jedes zweiten Monats`;
  return `${all(interval, 'Monate')} am ${day} des Monats`;
}


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `einmalig am ${names.dateWithWeekday(schedule.date)}`;
    case 'daily':
      if (schedule.interval === 1) return 'jeden Tag';
      return schedule.interval === 2 ? 'jeden zweiten Tag' : all(schedule.interval, 'Tage');
    case 'weekdays':
      return `jeden Werktag, ${names.weekday('MO')} bis ${names.weekday('FR')}`;
    case 'weekly': {
      const days = schedule.days.map(names.weekday);
      if (days.length === 1 && schedule.interval === 1) return `jeden ${days[0]}`;
      if (days.length === 1 && schedule.interval === 2) return `jeden zweiten ${days[0]}`;
      return `${schedule.interval === 1 ? 'jede Woche' : all(schedule.interval, 'Wochen')} am ${names.list(days)}`;
    }
    case 'monthlyWeekday':
      return ofMonths(schedule.interval, `${ORDINALS[schedule.ordinal]} ${names.weekday(schedule.weekday)}`);
    case 'monthlyDay':
      return ofMonths(schedule.interval, schedule.day === -1 ? 'letzten Tag' : `${schedule.day}.`);
    case 'yearly':
      return `${schedule.interval === 1 ? 'jedes Jahr' : all(schedule.interval, 'Jahre')} am ${names.dayOfMonth(schedule.month, schedule.day)}`;
  }
}

const de: Language = {
  sentence,
  until: (day: string, names: Names): string => `, bis zum ${names.date(day)}`,
  times: (count: number): string => `, ${count === 1 ? 'einmal' : `${count}-mal`}`,
  calendarNames: (site) => ({meetings: `${site} – Meetings`, events: `${site} – Veranstaltungen`}),
  calendar: {
    agenda: 'Tagesordnung: {url}',
    notes: 'Protokoll: {url}',
    recordings: 'Aufzeichnungen: {url}',
    join: 'Teilnehmen: {url}',
    registration: 'Anmeldung: {url}',
    recording: 'Aufzeichnung: {url}',
    feed: 'Kalender-Feed mit allen Absagen und Änderungen: {url}',
  },
  agenda: {
    title: '{series} – {date}',
    date: (day, names) => names.dateWithWeekday(day),
    when: 'Wann',
    join: 'Teilnehmen',
    calendar: 'Kalender',
    previousMinutes: 'Protokoll des letzten Meetings',
    agenda: 'Tagesordnung',
    zoneTime: '{time} ({zone})',
    movedFrom: (day, names) => `Verschoben, ursprünglich geplant für ${names.dateWithWeekday(day)}.`,
    addToCalendar: 'Zum Kalender hinzufügen: {url}',
    seriesPage: 'Alle Termine der Reihe: {url}',
    addTopics: 'Themen bitte als Kommentar zu diesem Issue vorschlagen.',
  },
};

export default de;
