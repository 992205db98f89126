'use strict';
/**
 * Figure 4: calendar generation with the compiled plugin (lib/meetings), on the synthetic
 * meeting files. Each run does what the plugin's loadContent/allContentLoaded do: parse and
 * validate every file, lock entries, one .ics per series, the combined feed, and the browser data
 * (occurrences and calendar links) per series, all in English. The end-to-end loadMeetingsContent
 * (with file I/O) followed by renderGeneratedFiles is timed too.
 */

const fs = require('node:fs');
const path = require('node:path');
const {performance} = require('node:perf_hooks');
const {stats} = require('./util');

/** Event calendars (/ics/events/<slug>.ics), when the plugin has events: parse front matter, render. */
/** The calendar words of the plugin's English module. */
const englishText = (pluginLib) => require(path.join(pluginLib, 'languages', 'en.js')).default.calendar;

async function measureEventIcs({pluginLib, eventFiles, runs}) {
  if (!eventFiles?.length) return undefined;
  try {
    const events = require(path.join(pluginLib, 'events', 'index.js'));
    const text = englishText(pluginLib);
    const {DEFAULT_PARSE_FRONT_MATTER} = require('@docusaurus/utils');
    const parseAll = async () => {
      const parsed = [];
      for (const f of eventFiles) {
        const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: f.file, fileContent: f.text});
        parsed.push(events.parseEventFrontMatter(`events/${f.file}`, frontMatter, events.slugFromPath(f.file)));
      }
      events.validateEventSet(parsed);
      return parsed;
    };
    const render = (list) => {
      const s = performance.now();
      for (const e of list) if (!e.redirect) events.renderEventIcs(e, {pageUrl: `https://bench.example.org/events/${e.slug}`, uidDomain: 'bench.example.org', text, now: new Date()});
      return performance.now() - s;
    };
    render(await parseAll()); // warm-up
    const parseTimes = [];
    const renderTimes = [];
    let rendered = 0;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const list = await parseAll();
      parseTimes.push(performance.now() - s);
      renderTimes.push(render(list));
      rendered = list.filter((e) => !e.redirect).length;
    }
    return {events: eventFiles.length, rendered, parse: stats(parseTimes), render: stats(renderTimes), perEvent: stats(renderTimes.map((t) => t / rendered))};
  } catch (error) {
    return {error: String(error.message ?? error).split('\n')[0]};
  }
}

async function measureIcs({pluginLib, meetingFiles, eventFiles, runs, scratchDir}) {
  const lib = require(path.join(pluginLib, 'meetings', 'index.js'));
  const {loadMeetingsContent, readMeetingFiles} = require(path.join(pluginLib, 'lifecycle', 'loadMeetings.js'));
  const {renderGeneratedFiles} = require(path.join(pluginLib, 'lifecycle', 'renderFiles.js'));
  const now = new Date();
  const text = englishText(pluginLib);
  const base = {url: 'https://bench.example.org/meetings', uidDomain: 'bench.example.org', text};
  const n = meetingFiles.length;

  const once = () => {
    const t = {};
    let start = performance.now();
    const meetings = meetingFiles.map((f) => lib.parseMeetingFile(`meetings/${f.file}`, f.text));
    lib.validateMeetingSet(meetings);
    const stamps = Object.fromEntries(meetings.map((m) => [m.id, lib.nextLockEntry(m, undefined, now)]));
    t.parse = performance.now() - start;

    const perSeries = [];
    let bytes = 0;
    start = performance.now();
    for (const meeting of meetings) {
      const s = performance.now();
      const ics = lib.renderMeetingsIcs([meeting], {...base, stamps, calendarName: meeting.title, calendarDescription: meeting.description});
      perSeries.push(performance.now() - s);
      bytes += Buffer.byteLength(ics);
    }
    t.renderEach = performance.now() - start;

    start = performance.now();
    const combined = lib.renderMeetingsIcs(meetings, {...base, stamps, calendarName: 'Synthetic SIG meetings'});
    t.combined = performance.now() - start;

    start = performance.now();
    for (const meeting of meetings) {
      lib.meetingClientData(meeting, {now, horizonDays: 400, maxOccurrences: 60, icsPath: `/ics/${meeting.ics}.ics`, locale: 'en-GB', calendarText: text});
    }
    t.clientData = performance.now() - start;
    t.total = t.parse + t.renderEach + t.combined + t.clientData;
    return {t, perSeries, bytes, combinedBytes: Buffer.byteLength(combined)};
  };

  once(); // warm-up (module loading, JIT); not counted
  const results = Array.from({length: runs}, once);
  const pick = (key) => stats(results.map((r) => r.t[key]));
  const perSeriesAll = stats(results.flatMap((r) => r.perSeries));

  // End to end, as the plugin's loadContent and allContentLoaded run it: reads the files and the
  // lock file, then renders every calendar and the browser data.
  const meetingsDir = path.join(scratchDir, 'meetings');
  fs.rmSync(scratchDir, {recursive: true, force: true});
  fs.mkdirSync(meetingsDir, {recursive: true});
  for (const f of meetingFiles) fs.writeFileSync(path.join(meetingsDir, f.file), f.text);
  const endToEnd = async () => {
    const files = await readMeetingFiles({siteDir: scratchDir, meetingsDir});
    const meetings = await loadMeetingsContent({siteDir: scratchDir, meetingsDir, files, now});
    const content = {meetings, events: [], eventStamps: {}, calendarName: 'Synthetic SIG meetings', eventsCalendarName: 'Synthetic SIG events', calendarText: text, locale: 'en-GB', loadedAt: now};
    renderGeneratedFiles(content, {siteUrl: 'https://bench.example.org/', meetingsPageUrl: base.url, eventsRoute: false, uidDomain: base.uidDomain, horizonDays: 400});
  };
  await endToEnd(); // writes the lock file once, as a first build would
  const loadTimes = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    await endToEnd();
    loadTimes.push(performance.now() - s);
  }

  return {
    series: n,
    runs,
    parse: pick('parse'),
    renderEach: pick('renderEach'),
    combined: pick('combined'),
    clientData: pick('clientData'),
    total: pick('total'),
    perSeriesRender: perSeriesAll,
    perSeriesTotal: stats(results.map((r) => r.t.total / n)),
    loadContent: stats(loadTimes),
    bytes: results[0].bytes,
    combinedBytes: results[0].combinedBytes,
    events: await measureEventIcs({pluginLib, eventFiles, runs}),
  };
}

module.exports = {measureIcs};
