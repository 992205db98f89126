import type {Language, Names, Ordinal, Schedule} from './types';

// After "в" the ordinal agrees with its weekday in the accusative: masculine, feminine, neuter.
const ORDINALS: Record<Ordinal, [string, string, string]> = {
  1: ['первый', 'первую', 'первое'],
  2: ['второй', 'вторую', 'второе'],
  3: ['третий', 'третью', 'третье'],
  4: ['четвёртый', 'четвёртую', 'четвёртое'],
  5: ['пятый', 'пятую', 'пятое'],
  [-1]: ['последний', 'последнюю', 'последнее'],
  [-2]: ['предпоследний', 'предпоследнюю', 'предпоследнее'],
  [-3]: ['третий с конца', 'третью с конца', 'третье с конца'],
};
const EACH: [string, string, string] = ['каждый', 'каждую', 'каждое'];

/** Intl's weekday names are nominative, so the ending gives the gender: вторник 0, среда 1, воскресенье 2. */
const gender = (day: string) => (day.endsWith('а') ? 1 : day.endsWith('е') ? 2 : 0);

/** Accusative: feminine -а becomes -у (среду, пятницу); the other weekdays keep their form. */
const accusative = (day: string) => day.replace(/а$/, 'у');

/** Dative plural, after "по": понедельникам, средам, воскресеньям. */
const dativePlural = (day: string) => (day.endsWith('е') ? `${day.slice(0, -1)}ям` : `${day.replace(/а$/, '')}ам`);

/** "во" before в or ф and a consonant (во второй, во вторник), "в" otherwise. */
const at = (words: string) => `${/^[вф][^аеёиоуыэюя]/.test(words) ? 'во' : 'в'} ${words}`;

/** A noun after a number, by plural category (21 неделю, 3 недели, 5 недель), and after two, spelt out. */
interface Noun {one: string; few: string; many: string; two: string}
const DAYS: Noun = {one: 'день', few: 'дня', many: 'дней', two: 'два дня'};
const WEEKS: Noun = {one: 'неделю', few: 'недели', many: 'недель', two: 'две недели'};
const MONTHS: Noun = {one: 'месяц', few: 'месяца', many: 'месяцев', two: 'два месяца'};
const YEARS: Noun = {one: 'год', few: 'года', many: 'лет', two: 'два года'};
const TIMES: Noun = {one: 'раз', few: 'раза', many: 'раз', two: 'два раза'};

function counted(count: number, noun: Noun, names: Names): string {
  if (count === 2) return noun.two;
  const category = names.plural(count);
  return `${count} ${category === 'one' || category === 'few' ? noun[category] : noun.many}`;
}

/** "раз в две недели", "раз в 3 месяца", "раз в 21 день". */
const onceIn = (interval: number, noun: Noun, names: Names) => `раз в ${counted(interval, noun, names)}`;

/** "во второй вторник каждого месяца", "раз в два месяца, во второй вторник". */
function ofMonths(interval: number, when: string, names: Names): string {
  return interval === 1 ? `${when} каждого месяца` : `${onceIn(interval, MONTHS, names)}, ${when}`;
}


function sentence(schedule: Schedule, names: Names): string {
  switch (schedule.kind) {
    case 'once':
      return `однократно: ${names.dateWithWeekday(schedule.date)}`;
    case 'daily':
      if (schedule.interval === 1) return 'каждый день';
      return schedule.interval === 2 ? 'через день' : onceIn(schedule.interval, DAYS, names);
    case 'weekdays':
      // "с" takes the genitive: masculine понедельник adds -а.
      return `по будням, с ${names.weekday('MO')}а по ${accusative(names.weekday('FR'))}`;
    case 'weekly': {
      const days = schedule.days.map(names.weekday);
      if (days.length === 1 && schedule.interval === 1) return `${EACH[gender(days[0]!)]} ${accusative(days[0]!)}`;
      const on = `по ${names.list(days.map(dativePlural))}`;
      return schedule.interval === 1 ? on : `${onceIn(schedule.interval, WEEKS, names)} ${on}`;
    }
    case 'monthlyWeekday': {
      const day = names.weekday(schedule.weekday);
      return ofMonths(schedule.interval, at(`${ORDINALS[schedule.ordinal][gender(day)]} ${accusative(day)}`), names);
    }
    case 'monthlyDay':
      return ofMonths(schedule.interval, schedule.day === -1 ? 'в последний день' : `${schedule.day}-го числа`, names);
    case 'yearly': {
      const day = names.dayOfMonth(schedule.month, schedule.day);
      return schedule.interval === 1 ? `каждый год ${day}` : `${onceIn(schedule.interval, YEARS, names)}, ${day}`;
    }
  }
}

const ru: Language = {
  sentence,
  until: (day: string, names: Names): string => `, до ${names.date(day)}`,
  times: (count: number, names: Names): string => `, ${counted(count, TIMES, names)}`,
  calendarNames: (site) => ({meetings: `Встречи – ${site}`, events: `События – ${site}`}),
  calendar: {
    agenda: 'Повестка: {url}',
    notes: 'Протокол: {url}',
    recordings: 'Записи: {url}',
    join: 'Подключиться: {url}',
    registration: 'Регистрация: {url}',
    recording: 'Запись: {url}',
    feed: 'Календарь со всеми отменами и изменениями: {url}',
  },
  agenda: {
    title: '{series} — {date}',
    date: (day, names) => names.dateWithWeekday(day),
    when: 'Когда',
    join: 'Подключиться',
    calendar: 'Календарь',
    previousMinutes: 'Протокол предыдущей встречи',
    agenda: 'Повестка',
    zoneTime: '{time} ({zone})',
    // Without the weekday, which "на" would put into the accusative (на среду); the year's
    // "г." ends the sentence, without a second dot.
    movedFrom: (day, names) => `Перенесена; первоначально была назначена на ${names.date(day)}`.replace(/\.?$/, '.'),
    addToCalendar: 'Добавить в календарь: {url}',
    seriesPage: 'Все встречи серии: {url}',
    addTopics: 'Чтобы предложить тему, оставьте комментарий к этому issue.',
  },
};

export default ru;
