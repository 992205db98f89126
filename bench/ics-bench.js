#!/usr/bin/env node
/**
 * Meeting calendar benchmark: 1,000 synthetic series (varied zones and rules), each validated
 * from YAML text, rendered to its own .ics and checked with ical.js, then the combined feed.
 * Prints the time per series (median of 5 runs, with min and max).
 *
 * Build the plugin first:  npx tsc -p plugins/docusaurus-plugin-innersource-sig/tsconfig.json
 * Run:                     node bench/ics-bench.js
 */
'use strict';

const {createHash} = require('node:crypto');
const {performance} = require('node:perf_hooks');
const ICAL = require('ical.js');
const {parseMeetingFile, renderMeetingsIcs, nextLockEntry, validateMeetingSet} = require('../plugins/docusaurus-plugin-innersource-sig/lib/meetings/index.js');
const {default: english} = require('../plugins/docusaurus-plugin-innersource-sig/lib/languages/en.js');

const SERIES = 1000;
const RUNS = 5;
const NOW = new Date('2025-01-01T00:00:00Z');
const DAY_MS = 86_400_000;

const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'America/Sao_Paulo', 'Pacific/Auckland', 'Asia/Kathmandu', 'Africa/Johannesburg', 'Pacific/Chatham'];
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const addDays = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const weekdayOf = (date) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];

/** nth (1-based) weekday of a month, YYYY-MM-DD. */
function nthWeekday(year, month, weekday, n) {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Series i: a rule kind, its first date, and two later dates of the series (one cancelled, one moved). */
function seriesYaml(i) {
  const zone = ZONES[i % ZONES.length];
  const time = `${String(8 + (i % 10)).padStart(2, '0')}:${['00', '15', '30', '45'][i % 4]}`;
  const base = addDays('2024-01-01', i % 180);
  let start;
  let repeat;
  let later;
  switch (i % 6) {
    case 0: {
      const weekday = i % 7;
      const n = 1 + (i % 4);
      const month = 1 + (i % 6);
      start = nthWeekday(2024, month, weekday, n);
      repeat = `FREQ=MONTHLY;BYDAY=${n}${WEEKDAYS[weekday]}`;
      later = [nthWeekday(2024, month + 2, weekday, n), nthWeekday(2024, month + 4, weekday, n)];
      break;
    }
    case 1:
      start = base;
      repeat = `FREQ=WEEKLY;BYDAY=${weekdayOf(base)}`;
      later = [addDays(base, 21), addDays(base, 70)];
      break;
    case 2:
      start = base;
      repeat = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekdayOf(base)};UNTIL=20261231`;
      later = [addDays(base, 28), addDays(base, 140)];
      break;
    case 3:
      start = base;
      repeat = 'FREQ=DAILY;INTERVAL=3;COUNT=200';
      later = [addDays(base, 30), addDays(base, 90)];
      break;
    case 4:
      // Weekdays: move a weekend start to the Monday after.
      start = addDays(base, {SA: 2, SU: 1}[weekdayOf(base)] ?? 0);
      repeat = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
      later = [addDays(start, 7), addDays(start, 14)];
      break;
    default:
      start = base;
      repeat = undefined;
      later = undefined;
  }
  const lines = [
    `id: series-${i}`,
    `title: "Série ${i} — InnerSource call 🚀, agenda; notes"`,
    'description: |',
    `  Synthetic series number ${i}.`,
    '  Second line, with a comma.',
    `timezone: ${zone}`,
    `start: ${start}T${time}`,
    `duration: ${30 + (i % 4) * 15}`,
  ];
  if (repeat) lines.push(`repeat: ${repeat}`);
  if (later) {
    lines.push(`cancelled: [${later[0]}]`, 'moved:', `  - from: ${later[1]}`, `    start: ${addDays(later[1], 1)}T${time}`, '    duration: 90');
  }
  lines.push(`join: https://meet.example.org/${i}`, `agenda: https://github.com/org/repo/issues/${i}`, 'organizer: {name: InnerSource SIG, email: sig@example.org}');
  return `${lines.join('\n')}\n`;
}

/** Checks .ics text with ical.js: every TZID has a VTIMEZONE and every series has its first occurrence. */
function checkWithIcalJs(ics, expectedSeries) {
  const root = new ICAL.Component(ICAL.parse(ics));
  const zones = new Set(root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')));
  const vevents = root.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
  if (masters.length !== expectedSeries) throw new Error(`expected ${expectedSeries} series, found ${masters.length}`);
  for (const vevent of vevents) {
    const tzid = vevent.getFirstProperty('dtstart').getParameter('tzid');
    if (!zones.has(tzid)) throw new Error(`TZID ${tzid} has no VTIMEZONE`);
  }
  for (const master of masters) {
    const event = new ICAL.Event(master);
    const first = event.iterator().next();
    if (!first || Number.isNaN(first.toJSDate().getTime())) throw new Error(`no occurrence for ${event.uid}`);
  }
}

const texts = Array.from({length: SERIES}, (_, i) => seriesYaml(i));

function run() {
  const timings = {validate: 0, render: 0, check: 0};
  let t = performance.now();
  const meetings = texts.map((text, i) => parseMeetingFile(`meetings/series-${i}.yml`, text));
  validateMeetingSet(meetings);
  const stamps = Object.fromEntries(meetings.map((m) => [m.id, nextLockEntry(m, undefined, NOW)]));
  timings.validate = performance.now() - t;

  const base = {url: 'https://sig.example.org/meetings', uidDomain: 'sig.example.org', stamps, text: english.calendar};
  for (const meeting of meetings) {
    t = performance.now();
    const ics = renderMeetingsIcs([meeting], {...base, calendarName: meeting.title, calendarDescription: meeting.description});
    timings.render += performance.now() - t;
    t = performance.now();
    checkWithIcalJs(ics, 1);
    timings.check += performance.now() - t;
  }

  t = performance.now();
  const combined = renderMeetingsIcs(meetings, {...base, calendarName: 'InnerSource SIG meetings'});
  timings.combinedRender = performance.now() - t;
  t = performance.now();
  checkWithIcalJs(combined, SERIES);
  timings.combinedCheck = performance.now() - t;
  timings.total = timings.validate + timings.render + timings.check + timings.combinedRender + timings.combinedCheck;
  return {timings, combined};
}

const runs = [];
let combined;
for (let i = 0; i < RUNS; i++) {
  const result = run();
  runs.push(result.timings);
  if (combined !== undefined && combined !== result.combined) throw new Error('output differs between runs');
  combined = result.combined;
}

const stats = (key) => {
  const perSeries = runs.map((r) => r[key] / SERIES).sort((a, b) => a - b);
  return `${(perSeries[Math.floor(RUNS / 2)] * 1000).toFixed(0).padStart(6)} µs  (min ${(perSeries[0] * 1000).toFixed(0)}, max ${(perSeries[RUNS - 1] * 1000).toFixed(0)})`;
};

console.log(`${SERIES} series, ${RUNS} runs, Node ${process.version}, TZ=${process.env.TZ ?? '(unset)'}`);
console.log(`per series, median of ${RUNS} runs:`);
console.log(`  validate (YAML → Meeting)      ${stats('validate')}`);
console.log(`  render own .ics                ${stats('render')}`);
console.log(`  check own .ics with ical.js    ${stats('check')}`);
console.log(`  combined feed: render          ${stats('combinedRender')}`);
console.log(`  combined feed: ical.js check   ${stats('combinedCheck')}`);
console.log(`  total                          ${stats('total')}`);
console.log(`combined feed: ${Buffer.byteLength(combined)} bytes, sha256 ${createHash('sha256').update(combined).digest('hex').slice(0, 16)}`);
