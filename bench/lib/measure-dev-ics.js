'use strict';
/**
 * Time from saving a meeting file in `docusaurus start` to the new .ics being served: starts the
 * dev server on the generated site, waits until /ics/<id>.ics answers, moves the meeting one
 * hour later in its YAML, and polls the .ics until it shows the new start time. The file is
 * restored afterwards.
 */

const fs = require('node:fs');
const path = require('node:path');
const {spawn} = require('node:child_process');
const {performance} = require('node:perf_hooks');
const {sampleRss} = require('./util');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchText(url) {
  try {
    const response = await fetch(url, {cache: 'no-store'});
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** The meeting file moved one hour later: the new text and the DTSTART time it should produce. */
function movedLater(text) {
  const m = /^start: (\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/m.exec(text);
  if (!m) throw new Error('meeting file has no "start: YYYY-MM-DDTHH:MM" line');
  const hour = String(Number(m[2]) + 1).padStart(2, '0');
  return {text: text.replace(m[0], `start: ${m[1]}T${hour}:${m[3]}`), dtstart: `${m[1].replaceAll('-', '')}T${hour}${m[3]}00`};
}

async function measureDevIcs({docusaurusBin, siteDir, meetingFile, meetingId, port, logFile, startTimeoutMs = 20 * 60_000, changeTimeoutMs = 120_000}) {
  const original = fs.readFileSync(meetingFile, 'utf8');
  const lockFile = path.join(path.dirname(meetingFile), 'calendar.lock.json');
  const lock = fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8') : undefined;
  const out = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, [docusaurusBin, 'start', siteDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    stdio: ['ignore', out, out],
    detached: true,
    env: {...process.env, NODE_ENV: 'development', BROWSER: 'none'},
  });
  const rss = sampleRss(child.pid, 1000);
  const url = `http://127.0.0.1:${port}/ics/${meetingId}.ics`;
  const t0 = performance.now();
  try {
    let before;
    while (!(before = await fetchText(url))) {
      if (child.exitCode !== null) throw new Error(`docusaurus start exited with ${child.exitCode}; see ${logFile}`);
      if (performance.now() - t0 > startTimeoutMs) throw new Error(`${url} not served after ${startTimeoutMs / 1000} s; see ${logFile}`);
      await sleep(500);
    }
    const startupMs = performance.now() - t0;
    const moved = movedLater(original);
    if (before.includes(moved.dtstart)) throw new Error(`${url} already shows ${moved.dtstart} before the change`);
    const saved = performance.now();
    fs.writeFileSync(meetingFile, moved.text);
    let after;
    let polls = 0;
    while (!(after = await fetchText(url))?.includes(moved.dtstart)) {
      if (performance.now() - saved > changeTimeoutMs) throw new Error(`${url} did not show DTSTART ${moved.dtstart} within ${changeTimeoutMs / 1000} s of saving ${path.basename(meetingFile)}; see ${logFile}`);
      polls++;
      await sleep(100);
    }
    return {startupMs, changeMs: performance.now() - saved, polls, url: `/ics/${meetingId}.ics`, file: path.basename(meetingFile), peakRss: rss.stop()};
  } catch (error) {
    rss.stop();
    return {error: String(error.message ?? error)};
  } finally {
    try {
      process.kill(-child.pid, 'SIGTERM');
      if (child.exitCode === null) await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(15_000)]);
    } catch {
      // Already gone.
    }
    fs.closeSync(out);
    fs.writeFileSync(meetingFile, original);
    if (lock !== undefined) fs.writeFileSync(lockFile, lock);
  }
}

module.exports = {measureDevIcs, movedLater};
