/**
 * Event front matter the plugin refuses: shared by the validator's tests (events/frontMatter.test.ts)
 * and the editor schema's (schemas.test.ts), which must refuse it too.
 */
export const SUMMIT_2022 = {
  title: 'InnerSource Summit 2022',
  date: '2022-11-16',
  end: '2022-11-17',
  timezone: 'UTC',
  sessions: [
    {title: 'Part 1', start: '2022-11-16T15:00', end: '2022-11-16T18:30'},
    {title: 'Part 2', start: '2022-11-17T07:30', end: '2022-11-17T11:00'},
  ],
};

/** A YAML 1.1 timestamp, as Docusaurus' default front matter parser gives `2022-11-16T15:00:00`. */
const late = new Date('2022-11-16T15:00:00Z');

/** [what, front matter, field, value shown] */
export const INVALID_EVENTS: Array<[string, Record<string, unknown>, string, unknown]> = [
  ['unknown key', {...SUMMIT_2022, layout: 'event'}, 'layout', 'event'],
  ['missing title', {date: '2022-11-16'}, 'title', undefined],
  ['empty title', {title: '  ', date: '2022-11-16'}, 'title', '  '],
  ['missing date', {title: 'X'}, 'date', undefined],
  ['impossible date', {title: 'X', date: '2022-02-30'}, 'date', '2022-02-30'],
  ['date with a time (YAML timestamp)', {title: 'X', date: late}, 'date', '2022-11-16T15:00:00.000Z'],
  ['date in another format', {title: 'X', date: '16/11/2022'}, 'date', '16/11/2022'],
  ['end before date', {title: 'X', date: '2022-11-16', end: '2022-11-15'}, 'end', '2022-11-15'],
  ['unknown zone', {...SUMMIT_2022, timezone: 'Europe/Londn'}, 'timezone', 'Europe/Londn'],
  ['zone alias', {title: 'X', date: '2022-11-16', timezone: 'US/Eastern'}, 'timezone', 'US/Eastern'],
  ['URL without scheme', {title: 'X', date: '2022-11-16', registration: 'tickets.example.org/x'}, 'registration', 'tickets.example.org/x'],
  ['non-web URL', {title: 'X', date: '2022-11-16', recording: 'ftp://example.org/x'}, 'recording', 'ftp://example.org/x'],
  ['bad redirect', {title: 'X', date: '2022-11-16', redirect: 'not a url'}, 'redirect', 'not a url'],
  ['redirect with sessions', {...SUMMIT_2022, redirect: 'https://example.org/'}, 'sessions', SUMMIT_2022.sessions],
  ['relative image', {title: 'X', date: '2022-11-16', image: 'img/x.png'}, 'image', 'img/x.png'],
  ['imageAlt without image', {title: 'X', date: '2022-11-16', imageAlt: 'A picture'}, 'imageAlt', 'A picture'],
  ['bad slug', {title: 'X', date: '2022-11-16', slug: 'Summit 2022'}, 'slug', 'Summit 2022'],
  ['slug of a listing page', {title: 'X', date: '2022-11-16', slug: 'past'}, 'slug', 'past'],
  ['tags not a list', {title: 'X', date: '2022-11-16', tags: 'summit'}, 'tags', 'summit'],
  ['tag listed twice', {title: 'X', date: '2022-11-16', tags: ['Summit', 'summit']}, 'tags[1]', 'summit'],
  ['draft not a boolean', {title: 'X', date: '2022-11-16', draft: 'yes'}, 'draft', 'yes'],
  ['publishDate not a date', {title: 'X', date: '2022-11-16', publishDate: 'next week'}, 'publishDate', 'next week'],
  ['sessions not a list', {...SUMMIT_2022, sessions: 'two'}, 'sessions', 'two'],
  ['session not a mapping', {...SUMMIT_2022, sessions: ['Part 1']}, 'sessions[0]', 'Part 1'],
  ['session unknown key', {...SUMMIT_2022, sessions: [{...SUMMIT_2022.sessions[0], room: 'A'}]}, 'sessions[0].room', 'A'],
  ['session without title', {...SUMMIT_2022, sessions: [{start: '2022-11-16T15:00', end: '2022-11-16T16:00'}]}, 'sessions[0].title', undefined],
  ['session start with offset', {...SUMMIT_2022, sessions: [{title: 'P', start: '2022-11-16T15:00Z', end: '2022-11-16T16:00'}]}, 'sessions[0].start', '2022-11-16T15:00Z'],
  ['session start as YAML timestamp', {...SUMMIT_2022, sessions: [{title: 'P', start: late, end: '2022-11-16T16:00'}]}, 'sessions[0].start', '2022-11-16T15:00:00.000Z'],
  ['session end before start', {...SUMMIT_2022, sessions: [{title: 'P', start: '2022-11-16T15:00', end: '2022-11-16T14:00'}]}, 'sessions[0].end', '2022-11-16T14:00'],
  ['session of more than a day', {...SUMMIT_2022, sessions: [{title: 'P', start: '2022-11-16T15:00', end: '2022-11-17T16:00'}]}, 'sessions[0].end', '2022-11-17T16:00'],
  ['session in a daylight-saving gap', {title: 'X', date: '2027-03-28', timezone: 'Europe/London', sessions: [{title: 'P', start: '2027-03-28T01:30', end: '2027-03-28T03:00'}]}, 'sessions[0].start', '2027-03-28T01:30'],
  ['session unknown zone', {...SUMMIT_2022, sessions: [{...SUMMIT_2022.sessions[0], timezone: 'Mars/Olympus'}]}, 'sessions[0].timezone', 'Mars/Olympus'],
  ['session outside the days', {...SUMMIT_2022, sessions: [{title: 'P', start: '2022-11-18T15:00', end: '2022-11-18T16:00'}]}, 'sessions[0].start', '2022-11-18T15:00'],
  // 20:00 in Los Angeles on the 17th is already the 18th in UTC, the event's zone.
  ['session outside the days in the event zone', {...SUMMIT_2022, sessions: [{title: 'P', start: '2022-11-17T17:00', end: '2022-11-17T18:00', timezone: 'America/Los_Angeles'}]}, 'sessions[0].start', '2022-11-17T17:00'],
  ['session before the first day, without end', {title: 'X', date: '2022-11-16', sessions: [{title: 'P', start: '2022-11-15T15:00', end: '2022-11-15T16:00'}]}, 'sessions[0].start', '2022-11-15T15:00'],
  ['sessions out of order', {...SUMMIT_2022, sessions: [...SUMMIT_2022.sessions].reverse()}, 'sessions[1].start', '2022-11-16T15:00'],
];

/**
 * Event front matter with a character that feeds and calendars cannot hold, or a slug too long
 * for a file: [what, front matter, field, value]. Kept apart from INVALID_EVENTS because the
 * editor schema does not check characters or lengths (see schemas.test.ts, which runs INVALID_EVENTS).
 */
export const INVALID_EVENT_TEXT: Array<[string, Record<string, unknown>, string, string]> = [
  ['title with BEL', {title: 'Summit\u0007', date: '2022-11-16'}, 'title', 'Summit\u0007'],
  ['title with NUL', {title: 'Sum\u0000mit', date: '2022-11-16'}, 'title', 'Sum\u0000mit'],
  ['title with DEL', {title: 'Sum\u007fmit', date: '2022-11-16'}, 'title', 'Sum\u007fmit'],
  ['title with a lone surrogate', {title: 'Summit \ud800', date: '2022-11-16'}, 'title', 'Summit \ud800'],
  ['title with U+FFFF', {title: 'Summit\uffff', date: '2022-11-16'}, 'title', 'Summit\uffff'],
  ['description with ESC', {title: 'X', date: '2022-11-16', description: 'Colour \u001b[31mred'}, 'description', 'Colour \u001b[31mred'],
  ['location with U+FFFE', {title: 'X', date: '2022-11-16', location: 'Room\ufffe 1'}, 'location', 'Room\ufffe 1'],
  ['imageAlt with a control character', {title: 'X', date: '2022-11-16', image: '/img/x.png', imageAlt: 'A\u0002 picture'}, 'imageAlt', 'A\u0002 picture'],
  ['tag with a control character', {title: 'X', date: '2022-11-16', tags: ['summit', 'on\u0008line']}, 'tags[1]', 'on\u0008line'],
  ['session title with a lone surrogate', {...SUMMIT_2022, sessions: [{...SUMMIT_2022.sessions[0], title: 'Part \udc00'}]}, 'sessions[0].title', 'Part \udc00'],
  ['registration URL with a control character', {title: 'X', date: '2022-11-16', registration: 'https://tickets.example.org/\u0007'}, 'registration', 'https://tickets.example.org/\u0007'],
  ['slug of 101 characters', {title: 'X', date: '2022-11-16', slug: 'a'.repeat(101)}, 'slug', 'a'.repeat(101)],
];
