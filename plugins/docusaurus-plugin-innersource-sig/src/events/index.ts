export {parseEventFile, parseEventFrontMatter, validateEventSet} from './frontMatter';
export {slugFromPath} from './slug';
export {eventVisibility} from './visibility';
export {eventPageMetadata, eventSummary} from './clientData';
export {renderEventIcs, type EventIcsOptions} from './ics';
export {translateEvent} from './translation';
