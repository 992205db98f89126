export {eventFrontMatterProblems, parseEventFile, parseEventFrontMatter, validateEventSet} from './frontMatter';
export {slugFromPath} from './slug';
export {eventVisibility} from './visibility';
export {eventPageMetadata, eventSummary} from './clientData';
export {eventCalendarEvents, renderEventIcs, renderEventsIcs, type EventIcsOptions} from './ics';
export {renderEventFeeds, type FeedEvent} from './feed';
export {nextEventLockEntry, parseEventLockFile, serializeEventLock, type EventLockFile} from './sequence';
export {translateEvent} from './translation';
export {eventTags} from './tags';
