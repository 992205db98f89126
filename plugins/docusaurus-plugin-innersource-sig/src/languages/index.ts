/**
 * The languages the plugin writes schedules and calendar text in. A page in another language
 * gets no schedule sentence (the table shows a translatable generic one and the next dates) and
 * English calendar text, unless the site translates it (see `getTranslationFiles`).
 */
import {formatter} from '../intl';
import type {Language, Names, Weekday} from './types';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import it from './it';
import ja from './ja';
import pt from './pt';
import ru from './ru';
import zh from './zh';

export type {AgendaText, CalendarText, Language, Names, Ordinal, Schedule, ScheduleLimit} from './types';

/** A calendar text with its URL: "Agenda: https://…". */
export function withUrl(template: string, url: string): string {
  return template.replace('{url}', url);
}

/** By language, or language-script where one language is written in several scripts. */
const LANGUAGES: Record<string, Language> = {de, en, es, fr, it, ja, pt, ru, 'zh-Hans': zh};

/** The module for a locale ("pt-BR" → pt, "zh" → zh-Hans), if there is one. */
export function languageFor(locale: string): Language | undefined {
  const {language, script} = new Intl.Locale(locale).maximize();
  return LANGUAGES[`${language}-${script}`] ?? LANGUAGES[language];
}

// A week of known days: 1 January 2024 was a Monday.
const WEEKDAY_DATES: Record<Weekday, string> = {MO: '2024-01-01', TU: '2024-01-02', WE: '2024-01-03', TH: '2024-01-04', FR: '2024-01-05', SA: '2024-01-06', SU: '2024-01-07'};

const utc = (day: string) => Date.parse(`${day}T12:00:00Z`);
const pad = (n: number) => String(n).padStart(2, '0');

// One set per locale: a build describes every series of the site in the same language.
const namesByLocale = new Map<string, Names>();

/** Intl's names and formats for a locale. */
export function namesFor(locale: string): Names {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = makeNames(locale);
    namesByLocale.set(locale, names);
  }
  return names;
}

function makeNames(locale: string): Names {
  const format = (options: Intl.DateTimeFormatOptions, day: string) => formatter(locale, 'UTC', options).format(utc(day));
  const listFormat = new Intl.ListFormat(locale, {type: 'conjunction', style: 'long'});
  const pluralRules = new Intl.PluralRules(locale);
  return {
    locale,
    weekday: (day) => format({weekday: 'long'}, WEEKDAY_DATES[day]),
    // A leap year, so that 29 February has a date.
    dayOfMonth: (month, day) => format({day: 'numeric', month: 'long'}, `2024-${pad(month)}-${pad(day)}`),
    date: (day) => format({day: 'numeric', month: 'long', year: 'numeric'}, day),
    dateWithWeekday: (day) => format({weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}, day),
    list: (items) => listFormat.format(items),
    plural: (count) => pluralRules.select(count),
  };
}
