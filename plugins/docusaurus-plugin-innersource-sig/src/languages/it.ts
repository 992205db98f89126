import type {Language, Names, Ordinal, Schedule, Weekday} from './types';

// Masculine and feminine ordinals: every weekday is masculine but "domenica".
const ORDINALS: Record<Ordinal, [string, string]> = {
  1: ['primo', 'prima'], 2: ['secondo', 'seconda'], 3: ['terzo', 'terza'], 4: ['quarto', 'quarta'], 5: ['quinto', 'quinta'],
  [-1]: ['ultimo', 'ultima'], [-2]: ['penultimo', 'penultima'], [-3]: ['terzultimo', 'terzultima'],
};
const FEMININE: Weekday[] = ['SU'];

/** "il secondo", "la terza", "l’ultimo", "l’ultima": the article, elided before a vowel. */
const the = (word: string, feminine: boolean) => (/^[aeiou]/i.test(word) ? `l’${word}` : `${feminine ? 'la' : 'il'} ${word}`);

/** Italian writes the first of a month "1º": "venerdì 1º marzo 2024". */
const firstOfMonth = (text: string) => text.replace(/(^|\s)1(?=\s)/, '$11º');

/** Dates that are read with a vowel take "l’", "all’": "l’8 marzo", "fino all’11 maggio", but "il 1º marzo". */
const elided = (date: string) => /^(8|11)\s/.test(date);

/** "ogni due settimane", "ogni 3 settimane". */
const every = (interval: number, units: string) => `ogni ${interval === 2 ? 'due' : interval} ${units}`;

/** The month after a day of it: "il giorno 13 di ogni mese", "ogni due mesi, il giorno 13 del mese". */
const ofMonths = (interval: number, day: string) => (interval === 1 ? `${day} di ogni mese` : `${every(interval, 'mesi')}, ${day} del mese`);


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `una sola volta, ${firstOfMonth(names.dateWithWeekday(schedule.date))}`;
    case 'daily':
      return schedule.interval === 1 ? 'ogni giorno' : every(schedule.interval, 'giorni');
    case 'weekdays':
      return `tutti i giorni lavorativi, dal ${names.weekday('MO')} al ${names.weekday('FR')}`;
    case 'weekly': {
      if (schedule.interval === 1) return `ogni ${names.list(schedule.days.map(names.weekday))}`;
      const days = schedule.days.map((day) => the(names.weekday(day), FEMININE.includes(day)));
      return `${every(schedule.interval, 'settimane')}, ${names.list(days)}`;
    }
    case 'monthlyWeekday': {
      const feminine = FEMININE.includes(schedule.weekday);
      const ordinal = ORDINALS[schedule.ordinal][feminine ? 1 : 0];
      return ofMonths(schedule.interval, `${the(ordinal, feminine)} ${names.weekday(schedule.weekday)}`);
    }
    case 'monthlyDay':
      return ofMonths(schedule.interval, schedule.day === -1 ? 'l’ultimo giorno' : schedule.day === 1 ? 'il primo giorno' : `il giorno ${schedule.day}`);
    case 'yearly': {
      const day = firstOfMonth(names.dayOfMonth(schedule.month, schedule.day));
      const theDay = elided(day) ? `l’${day}` : `il ${day}`;
      return schedule.interval === 1 ? `ogni anno ${theDay}` : `${every(schedule.interval, 'anni')}, ${theDay}`;
    }
  }
}

const it: Language = {
  sentence,
  until(day: string, names: Names): string {
    const date = firstOfMonth(names.date(day));
    return `, fino ${elided(date) ? `all’${date}` : `al ${date}`}`;
  },
  times: (count: number): string => `, ${count === 1 ? 'una volta' : `${count} volte`}`,
  calendarNames: (site) => ({meetings: `Riunioni – ${site}`, events: `Eventi – ${site}`}),
  calendar: {
    agenda: 'Ordine del giorno: {url}',
    notes: 'Verbale: {url}',
    recordings: 'Registrazioni: {url}',
    join: 'Partecipa: {url}',
    registration: 'Iscrizione: {url}',
    recording: 'Registrazione: {url}',
    feed: 'Calendario aggiornato con tutti gli annullamenti e le modifiche: {url}',
  },
  agenda: {
    title: '{series} – {date}',
    date: (day, names) => firstOfMonth(names.dateWithWeekday(day)),
    when: 'Quando',
    join: 'Partecipa',
    calendar: 'Calendario',
    previousMinutes: 'Verbale della riunione precedente',
    agenda: 'Ordine del giorno',
    zoneTime: '{time} ({zone})',
    movedFrom: (day, names) => `Spostata; prevista in origine per ${firstOfMonth(names.dateWithWeekday(day))}.`,
    addToCalendar: 'Aggiungi al tuo calendario: {url}',
    seriesPage: 'Tutte le riunioni della serie: {url}',
    addTopics: 'Per proporre un argomento, aggiungi un commento a questa issue.',
  },
};

export default it;
