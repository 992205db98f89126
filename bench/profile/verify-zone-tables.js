// Two compiled calendar/zones.js compared: wallClockToInstant and instantToWallClock in every zone
// Intl knows, around every UTC-offset change from 1900 to 2200 (listed by the system's zdump; the
// answers are Intl's) and at random instants. Run it per slice of zones (CHUNK=lo,hi): the
// modules' caches grow with every conversion.
//   CHUNK=0,15 NODE_PATH=node_modules node bench/profile/verify-zone-tables.js <old zones.js> <new zones.js>
const {execFileSync} = require('child_process');
const path = require('node:path');
const oldZ = require(path.resolve(process.argv[2]));
const newZ = require(path.resolve(process.argv[3]));
const [lo, hi] = (process.env.CHUNK ?? '0,10000').split(',').map(Number);
const zones = Intl.supportedValuesOf('timeZone').slice(lo, hi);
const MIN = 60000, H = 3600000;
let checked = 0, bad = 0;
const wc = (ms) => new Date(ms).toISOString().slice(0, 16);
function check(zone, ms) {
  // as an instant
  const d = new Date(ms);
  const a = oldZ.instantToWallClock(d, zone), b = newZ.instantToWallClock(d, zone);
  // as a wall clock
  const w = wc(ms);
  if (Number(w.slice(0, 4)) < 100) return;
  const c = oldZ.wallClockToInstant(w, zone).getTime(), e = newZ.wallClockToInstant(w, zone).getTime();
  checked += 2;
  if (a !== b || c !== e) { bad++; if (bad < 20) console.log('MISMATCH', zone, w, a, b, c, e); }
}
const only = process.argv[4] ? new RegExp(process.argv[4]) : undefined;
for (const zone of zones) {
  if (only && !only.test(zone)) continue;
  let out;
  try { out = execFileSync('zdump', ['-v', '-c', '1900,2201', zone], {encoding: 'utf8', maxBuffer: 1 << 26}); } catch { continue; }
  const changes = [];
  for (const line of out.split('\n')) {
    const ut = /^\S+\s+(.*?) UT = .*gmtoff/.exec(line);
    if (ut) changes.push(Date.parse(ut[1] + ' UTC'));
  }
  for (const t of new Set(changes)) {
    if (!Number.isFinite(t)) continue;
    const base = Math.floor(t / MIN) * MIN;
    for (let m = -26 * 60; m <= 26 * 60; m += 60) check(zone, base + m * MIN);
    for (let m = -120; m <= 120; m += 5) check(zone, base + m * MIN);
    for (const s of [-1001, -1000, -999, -1, 0, 1, 999, 1000]) check(zone, t + s);
  }
  // random instants 1900-2200
  for (let i = 0; i < 100; i++) check(zone, Date.UTC(1900, 0, 1) + Math.floor(Math.random() * 300 * 365.25 * 24) * H + Math.floor(Math.random() * 60) * MIN);
}
console.log(`checked ${checked}, mismatches ${bad}`);
