import type {Language, Names, Ordinal, Schedule} from './types';

// Every weekday is masculine; "primer" and "tercer" drop their -o before the noun: "el primer miércoles".
const ORDINALS: Record<Ordinal, string> = {
  1: 'primer', 2: 'segundo', 3: 'tercer', 4: 'cuarto', 5: 'quinto',
  [-1]: 'último', [-2]: 'penúltimo', [-3]: 'antepenúltimo',
};

/** "lunes" … "viernes" end in -s and stay as they are; "sábados", "domingos". */
const plural = (day: string) => (day.endsWith('s') ? day : `${day}s`);

/** "cada dos semanas", "cada 3 semanas". */
const each = (interval: number, units: string) => `cada ${interval === 2 ? 'dos' : interval} ${units}`;

/** The month after a day of it: "el día 13 de cada mes", "cada dos meses, el día 13 del mes". */
const ofMonths = (interval: number, day: string) => (interval === 1 ? `${day} de cada mes` : `${each(interval, 'meses')}, ${day} del mes`);

/** In a sentence the weekday specifies the date, so no comma follows it: "el martes 13 de febrero de 2024". */
const withWeekday = (names: Names, day: string) => names.dateWithWeekday(day).replace(',', '');


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `una sola vez, el ${withWeekday(names, schedule.date)}`;
    case 'daily':
      return schedule.interval === 1 ? 'todos los días' : each(schedule.interval, 'días');
    case 'weekdays':
      return `todos los días laborables, de ${names.weekday('MO')} a ${names.weekday('FR')}`;
    case 'weekly': {
      const days = names.list(schedule.days.map((day) => plural(names.weekday(day))));
      return schedule.interval === 1 ? `todos los ${days}` : `${each(schedule.interval, 'semanas')}, los ${days}`;
    }
    case 'monthlyWeekday':
      return ofMonths(schedule.interval, `el ${ORDINALS[schedule.ordinal]} ${names.weekday(schedule.weekday)}`);
    case 'monthlyDay':
      return ofMonths(schedule.interval, schedule.day === -1 ? 'el último día' : schedule.day === 1 ? 'el primer día' : `el día ${schedule.day}`);
    case 'yearly': {
      const day = names.dayOfMonth(schedule.month, schedule.day);
      return schedule.interval === 1 ? `todos los años el ${day}` : `${each(schedule.interval, 'años')}, el ${day}`;
    }
  }
}

const es: Language = {
  sentence,
  until: (day: string, names: Names): string => `, hasta el ${names.date(day)}`,
  times: (count: number): string => `, ${count === 1 ? 'una vez' : `${count} veces`}`,
  calendarNames: (site) => ({meetings: `Reuniones – ${site}`, events: `Eventos – ${site}`}),
  calendar: {
    agenda: 'Orden del día: {url}',
    notes: 'Actas: {url}',
    recordings: 'Grabaciones: {url}',
    join: 'Unirse: {url}',
    registration: 'Inscripción: {url}',
    recording: 'Grabación: {url}',
    feed: 'Calendario actualizado con todas las cancelaciones y cambios: {url}',
  },
  agenda: {
    title: '{series} – {date}',
    date: (day, names) => names.dateWithWeekday(day),
    when: 'Cuándo',
    join: 'Unirse',
    calendar: 'Calendario',
    previousMinutes: 'Acta de la reunión anterior',
    agenda: 'Orden del día',
    zoneTime: '{time} ({zone})',
    movedFrom: (day, names) => `Reprogramada; prevista originalmente para el ${names.dateWithWeekday(day)}.`,
    addToCalendar: 'Añadir al calendario: {url}',
    seriesPage: 'Todas las reuniones de la serie: {url}',
    addTopics: 'Para proponer un tema, añade un comentario en esta incidencia.',
  },
};

export default es;
