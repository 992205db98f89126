import type {Language, Names, Ordinal, Schedule} from './types';

const ORDINALS: Record<Ordinal, [string, string]> = {
  1: ['primeiro', 'primeira'], 2: ['segundo', 'segunda'], 3: ['terceiro', 'terceira'], 4: ['quarto', 'quarta'], 5: ['quinto', 'quinta'],
  [-1]: ['último', 'última'], [-2]: ['penúltimo', 'penúltima'], [-3]: ['antepenúltimo', 'antepenúltima'],
};

/** "segunda-feira" … "sexta-feira" are feminine, like "feira"; "sábado" and "domingo" masculine. */
const feminine = (text: string) => /^\S*-feira/.test(text);

/** "na terça-feira", "no sábado", "na terça-feira, 13 de fevereiro de 2024". */
const on = (day: string) => `${feminine(day) ? 'na' : 'no'} ${day}`;

/** "terças-feiras", "sábados". */
const plural = (day: string) => (feminine(day) ? day.replace('-feira', 's-feiras') : `${day}s`);

/** Brazil writes the first of a month "1º": "1º de março de 2024"; Portugal writes "1 de março". */
const firstOfMonth = (text: string, names: Names) =>
  new Intl.Locale(names.locale).maximize().region === 'BR' ? text.replace(/(^|\s)1(?=\s|$)/, '$11º') : text;

/** "a cada duas semanas", "a cada dois meses", "a cada 3 dias". */
const every = (interval: number, units: string, female = false) => `a cada ${interval === 2 ? (female ? 'duas' : 'dois') : interval} ${units}`;

/** The month after a day of it: "no dia 13 de cada mês", "a cada dois meses, no dia 13 do mês". */
const ofMonths = (interval: number, day: string) => (interval === 1 ? `${day} de cada mês` : `${every(interval, 'meses')}, ${day} do mês`);


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `uma única vez, ${on(firstOfMonth(names.dateWithWeekday(schedule.date), names))}`;
    case 'daily':
      return schedule.interval === 1 ? 'todos os dias' : every(schedule.interval, 'dias');
    case 'weekdays':
      // The first of two "-feira" days drops it: "de segunda a sexta-feira".
      return `todos os dias úteis, de ${names.weekday('MO').replace('-feira', '')} a ${names.weekday('FR')}`;
    case 'weekly': {
      const days = schedule.days.map(names.weekday);
      if (days.length === 1 && schedule.interval === 1) return `${feminine(days[0]!) ? 'todas as' : 'todos os'} ${plural(days[0]!)}`;
      const weeks = schedule.interval === 1 ? 'todas as semanas' : every(schedule.interval, 'semanas', true);
      return `${weeks}, ${names.list(days.map(on))}`;
    }
    case 'monthlyWeekday': {
      const day = names.weekday(schedule.weekday);
      const female = feminine(day);
      return ofMonths(schedule.interval, `${female ? 'na' : 'no'} ${ORDINALS[schedule.ordinal][female ? 1 : 0]} ${day}`);
    }
    case 'monthlyDay':
      return ofMonths(schedule.interval, schedule.day === -1 ? 'no último dia' : `no dia ${firstOfMonth(String(schedule.day), names)}`);
    case 'yearly': {
      const day = firstOfMonth(names.dayOfMonth(schedule.month, schedule.day), names);
      return `${schedule.interval === 1 ? 'todos os anos' : every(schedule.interval, 'anos')}, em ${day}`;
    }
  }
}

const pt: Language = {
  sentence,
  until: (day: string, names: Names): string => `, até ${firstOfMonth(names.date(day), names)}`,
  times: (count: number): string => `, ${count === 1 ? 'uma vez' : `${count} vezes`}`,
  calendarNames: (site) => ({meetings: `Reuniões – ${site}`, events: `Eventos – ${site}`}),
  calendar: {
    agenda: 'Pauta: {url}',
    notes: 'Ata: {url}',
    recordings: 'Gravações: {url}',
    join: 'Participar: {url}',
    registration: 'Inscrição: {url}',
    recording: 'Gravação: {url}',
    feed: 'Calendário atualizado com todos os cancelamentos e alterações: {url}',
  },
  agenda: {
    title: '{series} – {date}',
    date: (day, names) => firstOfMonth(names.dateWithWeekday(day), names),
    when: 'Quando',
    join: 'Participar',
    calendar: 'Calendário',
    previousMinutes: 'Ata da reunião anterior',
    agenda: 'Pauta',
    zoneTime: '{time} ({zone})',
    movedFrom: (day, names) => `Remarcada; prevista originalmente para ${firstOfMonth(names.dateWithWeekday(day), names)}.`,
    addToCalendar: 'Adicionar ao seu calendário: {url}',
    seriesPage: 'Todas as reuniões da série: {url}',
    addTopics: 'Para sugerir um tema, comente nesta issue.',
  },
};

export default pt;
