import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import type {EventStatus} from '../../types';

export interface Props {
  status: EventStatus;
  className?: string;
}

/** Marks what only `docusaurus start` shows: a production build leaves these events out. */
export default function EventStatusBadge({status, className}: Props): ReactNode {
  const hint = translate({id: 'sig.eventStatus.hint', message: 'Not in a production build yet', description: 'Tooltip of the Draft and Scheduled badges, which only docusaurus start shows'});
  return (
    <span className={clsx('badge', status === 'draft' ? 'badge--secondary' : 'badge--warning', className)} title={hint} data-event-status={status}>
      {status === 'draft' ? (
        <Translate id="sig.eventStatus.draft" description="Badge of an event page marked draft (seen only in docusaurus start)">Draft</Translate>
      ) : (
        <Translate id="sig.eventStatus.scheduled" description="Badge of an event whose publishDate is still ahead (seen only in docusaurus start)">Scheduled</Translate>
      )}
    </span>
  );
}
