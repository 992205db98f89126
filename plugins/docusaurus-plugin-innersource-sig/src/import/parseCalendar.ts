/**
 * Reading an iCalendar export (RFC 5545) into the events it holds, grouped into recurring series.
 * ical.js does the parsing (unfolding, unescaping, quoted parameters); times are kept as written,
 * with their TZID, because the zone is resolved later (see windowsZones.ts), and ical.js' own zone
 * registry is global, which files defining the same TZID differently would corrupt.
 */
import ICAL from 'ical.js';

/** A DATE or DATE-TIME value as written. */
export interface CalendarTime {
  /** YYYY-MM-DDTHH:mm:ss (00:00:00 for a DATE). */
  local: string;
  /** The TZID parameter, unescaped; absent for UTC and floating times. */
  tzid?: string;
  /** Written with a trailing Z. */
  utc: boolean;
  /** VALUE=DATE: a whole day. */
  allDay: boolean;
  /** The value as it appears in the file, for messages. */
  text: string;
}

/** One VEVENT: the properties sig:import reads. */
export interface VEvent {
  uid?: string;
  summary?: string;
  description?: string;
  location?: string;
  url?: string;
  /** Links of the online meeting given in vendor properties (Google Meet, Teams). */
  conferenceUrls: string[];
  organizer?: {email?: string; name?: string};
  status?: string;
  start?: CalendarTime;
  end?: CalendarTime;
  durationSeconds?: number;
  /** RRULE values, each as ical.js writes it back. */
  rrules: string[];
  exrules: string[];
  /** RDATE values as written. */
  rdates: string[];
  exdates: CalendarTime[];
  recurrenceId?: CalendarTime;
  /** RANGE parameter of RECURRENCE-ID (THISANDFUTURE: the override also applies to later occurrences). */
  recurrenceRange?: string;
}

/** A recurring VEVENT and the VEVENTs that override some of its occurrences (same UID, RECURRENCE-ID). */
export interface CalendarSeries {
  master: VEvent;
  overrides: VEvent[];
}

export interface ParsedCalendar {
  series: CalendarSeries[];
  /** VEVENTs that neither repeat nor override an occurrence. */
  singles: VEvent[];
  /** Overrides whose UID has no recurring VEVENT in the file. */
  orphanOverrides: VEvent[];
  /** The file's VTIMEZONE definitions, by TZID. */
  timezones: Map<string, ICAL.Timezone>;
}

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];

function jcal(property: ICAL.Property): JCalProperty {
  return property.toJSON() as JCalProperty;
}

function tzidOf(parameters: Record<string, unknown>): string | undefined {
  const tzid = parameters.tzid;
  return typeof tzid === 'string' && tzid !== '' ? tzid : undefined;
}

/** The DATE / DATE-TIME values of a property (EXDATE and RDATE may hold several). */
function timeValues(property: ICAL.Property): CalendarTime[] {
  const [, parameters, type, ...values] = jcal(property);
  const tzid = tzidOf(parameters);
  return values.flatMap((value): CalendarTime[] => {
    if (typeof value !== 'string') return [];
    const written = value.replace(/[-:]/g, '');
    if (type === 'date') return [{local: `${value}T00:00:00`, allDay: true, utc: false, text: written}];
    const utc = value.endsWith('Z');
    return [{local: value.replace(/Z$/, ''), allDay: false, utc, ...(tzid && !utc ? {tzid} : {}), text: written}];
  });
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function firstTime(component: ICAL.Component, name: string): CalendarTime | undefined {
  const property = component.getFirstProperty(name);
  return property ? timeValues(property)[0] : undefined;
}

function organizer(component: ICAL.Component): VEvent['organizer'] {
  const property = component.getFirstProperty('organizer');
  if (!property) return undefined;
  const value = String(property.getFirstValue() ?? '');
  const email = /^mailto:/i.test(value) ? value.replace(/^mailto:/i, '') : undefined;
  const cn = property.getParameter('cn');
  const name = typeof cn === 'string' && cn.trim() !== '' ? cn.trim() : undefined;
  return {...(email ? {email} : {}), ...(name ? {name} : {})};
}

function readEvent(component: ICAL.Component): VEvent {
  const duration = component.getFirstPropertyValue('duration');
  const event: VEvent = {
    uid: text(component, 'uid'),
    summary: text(component, 'summary'),
    description: text(component, 'description'),
    location: text(component, 'location'),
    url: text(component, 'url'),
    conferenceUrls: ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl']
      .map((name) => component.getFirstPropertyValue(name))
      .filter((value): value is string => typeof value === 'string' && value !== ''),
    organizer: organizer(component),
    status: text(component, 'status')?.toUpperCase(),
    start: firstTime(component, 'dtstart'),
    end: firstTime(component, 'dtend'),
    durationSeconds: duration instanceof ICAL.Duration ? duration.toSeconds() : undefined,
    rrules: component.getAllProperties('rrule').map((p) => String(p.getFirstValue())),
    exrules: component.getAllProperties('exrule').map((p) => String(p.getFirstValue())),
    rdates: component.getAllProperties('rdate').flatMap((p) => timeValues(p).map((t) => t.text)),
    exdates: component.getAllProperties('exdate').flatMap(timeValues),
    recurrenceId: firstTime(component, 'recurrence-id'),
    recurrenceRange: String(component.getFirstProperty('recurrence-id')?.getParameter('range') ?? '').toUpperCase() || undefined,
  };
  // Drop absent optional fields, so that events compare and print cleanly.
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== undefined)) as unknown as VEvent;
}

/**
 * The VEVENTs of an .ics text, grouped into series by UID. Throws when the text is not
 * iCalendar (ical.js' message says where).
 */
export function parseCalendar(icsText: string): ParsedCalendar {
  // Outlook on Windows saves UTF-8 with a byte order mark, which ical.js does not expect.
  const parsed = ICAL.parse(icsText.replace(/^\uFEFF/, '')) as unknown[];
  // One component comes back as its jCal array, several (concatenated exports) as an array of them.
  const calendars = (Array.isArray(parsed[0]) ? parsed : [parsed]).map((jcal) => new ICAL.Component(jcal as unknown[]));
  const timezones = new Map<string, ICAL.Timezone>();
  const events: VEvent[] = [];
  for (const calendar of calendars) {
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = zone.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') timezones.set(tzid, new ICAL.Timezone(zone));
    }
    events.push(...calendar.getAllSubcomponents('vevent').map(readEvent));
  }

  const series: CalendarSeries[] = [];
  const singles: VEvent[] = [];
  for (const event of events) {
    if (event.recurrenceId) continue;
    if (event.rrules.length || event.rdates.length) series.push({master: event, overrides: []});
    else singles.push(event);
  }
  const orphanOverrides: VEvent[] = [];
  for (const event of events.filter((e) => e.recurrenceId)) {
    const owner = event.uid === undefined ? undefined : series.find((s) => s.master.uid === event.uid);
    if (owner) owner.overrides.push(event);
    else orphanOverrides.push(event);
  }
  return {series, singles, orphanOverrides, timezones};
}
