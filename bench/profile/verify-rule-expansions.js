// Two compiled meetings/occurrences.js compared: scheduledStarts, scheduledStartOn,
// meetingOccurrences and firstOccurrences on 20,000 random rules, zones and ranges, and the errors.
//   node bench/profile/verify-rule-expansions.js <old lib> <new lib>   (each a plugin lib folder)
const path = require('node:path');
const L = (lib) => path.join(path.resolve(lib), 'meetings/occurrences.js');
const oldO = require(L(process.argv[2])), newO = require(L(process.argv[3]));
let seed = 12345; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Tokyo', 'Etc/UTC', 'America/Sao_Paulo', 'Pacific/Chatham', 'Asia/Gaza', 'Africa/Casablanca', 'America/St_Johns'];
const rules = ['FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=DAILY', 'FREQ=DAILY;INTERVAL=3;COUNT=40', 'FREQ=MONTHLY;BYDAY=2TU', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=MONTHLY;BYMONTHDAY=31', 'FREQ=YEARLY', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=WEEKLY;UNTIL=20270315', 'FREQ=DAILY;UNTIL=20261101T013000', 'FREQ=WEEKLY;UNTIL=20260329T010000Z', 'FREQ=MONTHLY;INTERVAL=3;COUNT=12', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'];
let n = 0, bad = 0;
const D = 86400000;
for (let i = 0; i < 20000; i++) {
  const zone = pick(zones), repeat = pick(rules);
  const startDay = new Date(Date.UTC(2022, 0, 1) + Math.floor(rnd() * 1800) * D).toISOString().slice(0, 10);
  const start = `${startDay}T${pick(['00:30', '01:30', '02:30', '09:00', '23:45', '12:00'])}`;
  const meeting = {id: 's', timezone: zone, start, repeat, durationMinutes: 60, cancelled: [], moved: []};
  const f = Date.UTC(2021, 0, 1) + Math.floor(rnd() * 2600) * D + Math.floor(rnd() * 1440) * 60000;
  const t = f + Math.floor(rnd() * 900) * D * (rnd() < 0.2 ? 0 : 1) + Math.floor(rnd() * 1440) * 60000;
  const a = JSON.stringify(oldO.scheduledStarts(meeting, new Date(f), new Date(t)));
  const b = JSON.stringify(newO.scheduledStarts(meeting, new Date(f), new Date(t)));
  const day = new Date(f).toISOString().slice(0, 10);
  const c = oldO.scheduledStartOn(meeting, day), d = newO.scheduledStartOn(meeting, day);
  const e = JSON.stringify(oldO.meetingOccurrences(meeting, new Date(f), new Date(t))), g = JSON.stringify(newO.meetingOccurrences(meeting, new Date(f), new Date(t)));
  const h = JSON.stringify(oldO.firstOccurrences(meeting, new Date(f), new Date(t), 12)), k = JSON.stringify(newO.firstOccurrences(meeting, new Date(f), new Date(t), 12));
  n++;
  if (a !== b || c !== d || e !== g || h !== k) { bad++; if (bad < 5) console.log('MISMATCH', zone, repeat, start, new Date(f), new Date(t)); }
}
// errors the same
for (const [m, f, t] of [[{timezone: 'Europe/London', start: '2026-01-01T10:00', repeat: 'FREQ=WEEKLY;BYHOUR=3'}, 0, 1e12], [{timezone: 'Europe/London', start: '2026-01-01T10:00', repeat: 'FREQ=WEEKLY'}, NaN, 1e12]]) {
  const r = (o) => { try { return JSON.stringify(o.scheduledStarts({...m, cancelled: [], moved: []}, new Date(f), new Date(t))); } catch (e) { return e.constructor.name + ': ' + e.message; } };
  console.log(r(oldO) === r(newO) ? 'same: ' : 'DIFFERENT: ', r(oldO), '|', r(newO));
}
console.log(`${n} cases, ${bad} mismatches`);
