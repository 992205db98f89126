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
  const hint = translate({id: 'sig.eventStatus.hint', message: 'Not in a production build yet'});
  return (
    <span className={clsx('badge', status === 'draft' ? 'badge--secondary' : 'badge--warning', className)} title={hint} data-event-status={status}>
      {status === 'draft' ? (
        <Translate id="sig.eventStatus.draft">Draft</Translate>
      ) : (
        <Translate id="sig.eventStatus.scheduled">Scheduled</Translate>
      )}
    </span>
  );
}
