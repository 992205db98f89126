import type {Language, Names, Ordinal, Schedule} from './types';

// Every weekday is masculine in French: "le deuxième mardi".
const ORDINALS: Record<Ordinal, string> = {
  1: 'premier', 2: 'deuxième', 3: 'troisième', 4: 'quatrième', 5: 'cinquième',
  [-1]: 'dernier', [-2]: 'avant-dernier', [-3]: 'antépénultième',
};

/** French writes the first of a month "1er": "jeudi 1er février 2024". */
const firstOfMonth = (text: string) => text.replace(/(^|\s)1(?=\s)/, '$11er');

/** "tous les jours", "un jour sur deux", "tous les 3 jours". */
function every(interval: number, one: string, many: string, masculine = true): string {
  if (interval === 1) return masculine ? `tous les ${many}` : `toutes les ${many}`;
  if (interval === 2) return masculine ? `un ${one} sur deux` : `une ${one} sur deux`;
  return masculine ? `tous les ${interval} ${many}` : `toutes les ${interval} ${many}`;
}

/** The month part after a day: "de chaque mois", ", un mois sur deux", ", tous les 3 mois". */
function ofMonths(interval: number): string {
  return interval === 1 ? ' de chaque mois' : `, ${every(interval, 'mois', 'mois')}`;
}

/** "le deuxième", "l’avant-dernier". */
const the = (word: string) => (/^[aeiouyéèâ]/i.test(word) ? `l’${word}` : `le ${word}`);


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `une seule fois, le ${firstOfMonth(names.dateWithWeekday(schedule.date))}`;
    case 'daily':
      return every(schedule.interval, 'jour', 'jours');
    case 'weekdays':
      return 'tous les jours ouvrés, du lundi au vendredi';
    case 'weekly': {
      const days = schedule.days.map(names.weekday);
      if (days.length === 1 && schedule.interval === 1) return `chaque ${days[0]}`;
      if (days.length === 1 && schedule.interval === 2) return `un ${days[0]} sur deux`;
      const weeks = schedule.interval === 1 ? 'chaque semaine' : every(schedule.interval, 'semaine', 'semaines', false);
      return `${weeks}, ${names.list(days.map((day) => `le ${day}`))}`;
    }
    case 'monthlyWeekday':
      return `${the(ORDINALS[schedule.ordinal])} ${names.weekday(schedule.weekday)}${ofMonths(schedule.interval)}`;
    case 'monthlyDay':
      return `le ${schedule.day === -1 ? 'dernier jour' : schedule.day === 1 ? '1er' : schedule.day}${ofMonths(schedule.interval)}`;
    case 'yearly': {
      const day = firstOfMonth(names.dayOfMonth(schedule.month, schedule.day));
      if (schedule.interval === 1) return `chaque année le ${day}`;
      return `tous les ${schedule.interval === 2 ? 'deux' : schedule.interval} ans, le ${day}`;
    }
  }
}

const fr: Language = {
  sentence,
  until: (day: string, names: Names): string => `, jusqu’au ${firstOfMonth(names.date(day))}`,
  times: (count: number): string => `, ${count === 1 ? 'une fois' : `${count} fois`}`,
  calendarNames: (site) => ({meetings: `Réunions – ${site}`, events: `Événements – ${site}`}),
  calendar: {
    agenda: 'Ordre du jour : {url}',
    notes: 'Compte rendu : {url}',
    recordings: 'Enregistrements : {url}',
    join: 'Rejoindre : {url}',
    registration: 'Inscription : {url}',
    recording: 'Enregistrement : {url}',
    feed: 'Calendrier à jour de toutes les annulations et modifications : {url}',
  },
  agenda: {
    title: '{series} – {date}',
    date: (day, names) => firstOfMonth(names.dateWithWeekday(day)),
    when: 'Quand',
    join: 'Rejoindre',
    calendar: 'Calendrier',
    previousMinutes: 'Compte rendu de la réunion précédente',
    agenda: 'Ordre du jour',
    zoneTime: '{time} ({zone})',
    movedFrom: (day, names) => `Déplacée ; initialement prévue le ${firstOfMonth(names.dateWithWeekday(day))}.`,
    addToCalendar: 'Ajouter à votre calendrier : {url}',
    seriesPage: 'Toutes les réunions de la série : {url}',
    addTopics: 'Pour proposer un sujet, ajoutez un commentaire à ce ticket.',
  },
};

export default fr;
