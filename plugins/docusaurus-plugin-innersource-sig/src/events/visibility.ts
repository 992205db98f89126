import type {EventStatus, SigEvent} from '../types';

/**
 * Whether an event is in this build. Like Docusaurus drafts, this depends on the build mode: a
 * production build leaves out drafts and events whose publishDate is still ahead (a static site
 * publishes them with the first build after that date); development shows them, marked.
 */
export function eventVisibility(
  event: Pick<SigEvent, 'draft' | 'publishAt'>,
  {production, now}: {production: boolean; now: Date},
): 'published' | 'hidden' | EventStatus {
  const status: EventStatus | undefined = event.draft ? 'draft' : event.publishAt && new Date(event.publishAt) > now ? 'scheduled' : undefined;
  if (!status) return 'published';
  return production ? 'hidden' : status;
}
