export {idFromFileName, parseMeetingFile, validateMeetingSet} from './load';
export {meetingOccurrences} from './occurrences';
export {describeSchedule, meetingTimes} from './describe';
export {googleCalendarUrl, outlookUrl} from './links';
export {renderMeetingCalendars, renderMeetingsIcs, type MeetingsIcsOptions} from './ics';
export {scheduleFingerprint, nextLockEntry, previousLockEntry, parseLockFile, serializeLock, type LockFile} from './sequence';
export {meetingClientData, type ClientDataOptions} from './clientData';
