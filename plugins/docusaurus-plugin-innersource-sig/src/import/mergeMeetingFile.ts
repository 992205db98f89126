/**
 * `sig:import --force`: a calendar series merged into the meeting file it was imported to before,
 * which people often edit by hand. The calendar sets what it knows (title, zone, time, rule, link,
 * organizer, UID, and the description when it has one); every other field and every comment stays,
 * and the cancelled and moved dates written by hand are kept beside the calendar's.
 */
import {isMap, isScalar, isSeq, parseDocument, type YAMLMap} from 'yaml';
import {scheduledStartsOn} from '../meetings/occurrences';
import {horizonProblem} from '../meetings/horizon';
import type {Meeting} from '../types';
import type {MeetingFields} from './toMeeting';
import {fieldNode, YAML_LAYOUT} from './toYaml';
import {YAML_SCHEMA} from '../data-files/yamlFields';

export interface MergedMeetingFile {
  /** The new text; the file's own text when nothing changes. */
  text: string;
  /** Fields whose value the calendar changes, in the order of a meeting file. */
  updated: string[];
  /** Fields written by hand that stay, in file order, e.g. `cancelled (2 dates written by hand)`. */
  kept: string[];
  /** Hand-written dates left out because the file would be invalid with them: one line each. */
  dropped: string[];
}

function keyOf(node: unknown): string {
  return String(isScalar(node) ? node.value : node);
}

/** The item nodes of a list field, in the order the loader read them (one per date). */
function itemsOf(map: YAMLMap, field: string): unknown[] {
  const node = map.get(field, true);
  return isSeq(node) ? node.items : [];
}

function dates(count: number): string {
  return `${count} ${count === 1 ? 'date' : 'dates'} written by hand`;
}

/**
 * Merges `fields` (one calendar series) into a valid meeting file. The result is not validated:
 * the caller loads it as the build would.
 */
export function mergeMeetingFile(file: {meeting: Meeting; text: string}, fields: MeetingFields): MergedMeetingFile {
  const {meeting} = file;
  const doc = parseDocument(file.text, YAML_SCHEMA);
  // The file loaded without error, so it is a mapping.
  const map = doc.contents as YAMLMap;
  const updated: string[] = [];
  const dropped: string[] = [];
  // A scalar is set in its node, which keeps its quotes and its comment.
  const update = (field: string, value: unknown, same: boolean) => {
    if (value === undefined || same) return;
    map.set(field, typeof value === 'object' ? fieldNode(doc, field, value) : value);
    updated.push(field);
  };
  /** A list sorted by date, in the file's own list node when there is one (its layout and comments stay). */
  const setList = (field: string, items: Map<string, unknown>) => {
    const sorted = [...items.keys()].sort().map((date) => items.get(date));
    const node = map.get(field, true);
    if (!sorted.length) map.delete(field);
    else if (isSeq(node)) node.items = sorted;
    else map.set(field, fieldNode(doc, field, sorted));
  };

  update('title', fields.title, fields.title === meeting.title);
  update('description', fields.description, fields.description === meeting.description);
  update('timezone', fields.timezone, fields.timezone === meeting.timezone);
  update('start', fields.start, fields.start === meeting.start);
  // `end` is a time of day: it keeps the length only while the start time stays.
  const endPair = map.items.find((pair) => keyOf(pair.key) === 'end');
  if (fields.duration !== meeting.durationMinutes || (endPair && fields.start.slice(11) !== meeting.start.slice(11))) {
    if (endPair) {
      // In the place of `end`: a file has one of them.
      endPair.key = doc.createNode('duration');
      endPair.value = doc.createNode(fields.duration);
      updated.push('duration (instead of end)');
    } else {
      update('duration', fields.duration, false);
    }
  }
  update('repeat', fields.repeat, fields.repeat === meeting.repeat);

  const schedule: Meeting = {...meeting, timezone: fields.timezone, start: fields.start, durationMinutes: fields.duration, repeat: fields.repeat};
  // One walk of the rule for all the dates written by hand (up to 1,000 of each), not one each.
  const startOn = scheduledStartsOn(schedule, [...meeting.cancelled, ...meeting.moved.map((moved) => moved.from)].filter((date) => !horizonProblem(date, fields.start)));
  const notAnOccurrence = (date: string) =>
    horizonProblem(date, fields.start)
      ? `is more than 100 years after the calendar's start (${fields.start.slice(0, 10)})`
      : startOn(date) === undefined
        ? `is not a date of the calendar's series (${fields.repeat ?? 'once'} from ${fields.start})`
        : undefined;
  const calendarCancelled = new Set(fields.cancelled ?? []);
  const calendarMoved = new Map((fields.moved ?? []).map((moved) => [moved.from, moved]));

  // cancelled: the union. A hand-written date the calendar moves, or that no longer occurs, is left out.
  const cancelled = new Map<string, unknown>();
  let handCancelled = 0;
  const cancelledItems = itemsOf(map, 'cancelled');
  meeting.cancelled.forEach((date, index) => {
    const inCalendar = calendarCancelled.has(date);
    const problem = inCalendar ? undefined : calendarMoved.has(date) ? 'is moved by the calendar' : notAnOccurrence(date);
    if (problem) {
      dropped.push(`cancelled date ${date} (written by hand) ${problem}: left out`);
      return;
    }
    cancelled.set(date, cancelledItems[index]);
    if (!inCalendar) handCancelled += 1;
  });
  const newCancelled = [...calendarCancelled].filter((date) => !cancelled.has(date));
  for (const date of newCancelled) cancelled.set(date, doc.createNode(date));
  if (newCancelled.length) updated.push('cancelled');
  if (newCancelled.length || cancelled.size < meeting.cancelled.length) setList('cancelled', cancelled);

  // moved: by date, the calendar's entry winning. A hand-written one the calendar cancels, or that no longer occurs, is left out.
  const moved = new Map<string, unknown>();
  let handMoved = 0;
  let movedChanged = false;
  const movedItems = itemsOf(map, 'moved');
  meeting.moved.forEach((entry, index) => {
    const item = movedItems[index];
    const theirs = calendarMoved.get(entry.from);
    if (theirs) {
      // A moved date without its own duration takes the series' one, which may have changed.
      const ours = isMap(item) && item.has('duration') ? entry.durationMinutes : fields.duration;
      const same = theirs.start === entry.start && (theirs.duration ?? fields.duration) === ours;
      moved.set(entry.from, same ? item : doc.createNode(theirs));
      movedChanged ||= !same;
      return;
    }
    const problem = calendarCancelled.has(entry.from) ? 'is cancelled by the calendar' : notAnOccurrence(entry.from);
    if (problem) {
      dropped.push(`moved date ${entry.from} (written by hand) ${problem}: left out`);
      return;
    }
    moved.set(entry.from, item);
    handMoved += 1;
  });
  for (const [from, theirs] of calendarMoved) {
    if (moved.has(from)) continue;
    moved.set(from, doc.createNode(theirs));
    movedChanged = true;
  }
  if (movedChanged) updated.push('moved');
  if (movedChanged || moved.size < meeting.moved.length) setList('moved', moved);

  update('join', fields.join, fields.join === meeting.join);
  // Links the calendar's description labels (moved out of it): set when it has them, kept otherwise.
  update('agenda', fields.agenda, fields.agenda === meeting.agenda);
  update('notes', fields.notes, fields.notes === meeting.notes);
  update('recordings', fields.recordings, fields.recordings === meeting.recordings);
  update('organizer', fields.organizer, fields.organizer?.name === meeting.organizer?.name && fields.organizer?.email === meeting.organizer?.email);
  update('uid', fields.uid, fields.uid === meeting.uid);

  const givenByCalendar = new Set(Object.entries(fields).flatMap(([field, value]) => (value === undefined ? [] : [field])));
  const handDates = new Map([
    ['cancelled', handCancelled],
    ['moved', handMoved],
  ]);
  const kept = map.items.flatMap((pair) => {
    const field = keyOf(pair.key);
    const count = handDates.get(field);
    if (count !== undefined) return count ? [`${field} (${dates(count)})`] : [];
    return field === 'id' || givenByCalendar.has(field) ? [] : [field];
  });
  const text = updated.length || dropped.length ? doc.toString(YAML_LAYOUT) : file.text;
  return {text, updated, kept, dropped};
}
