import React, {type ReactNode} from 'react';

export interface Props {
  /** What the build looks for to report the problem (see check/contentProblems.ts). */
  problem: 'unknown-tag' | 'unknown-meeting' | 'missing-data' | 'missing-prop';
  value: string;
  children: ReactNode;
}

/** A visible, non-blocking notice for a content mistake, instead of a blank or crashed page. */
export default function SigNotice({problem, value, children}: Props): ReactNode {
  return (
    <div className="alert alert--warning" role="note" data-sig-problem={problem} data-sig-value={value}>
      {children}
    </div>
  );
}
