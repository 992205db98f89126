import React, {useState, type ReactNode} from 'react';
import MDXContent from '@theme-init/MDXContent';
import {HeadingIdContext, HeadingIdRegistry} from '../../client/headingIds';

type Props = {children: ReactNode};

/** Gives each MDX page its own heading-id registry, so two BoxOuts never share an id. */
export default function MDXContentWrapper(props: Props): ReactNode {
  const [registry] = useState(() => new HeadingIdRegistry());
  return (
    <HeadingIdContext.Provider value={registry}>
      <MDXContent {...props} />
    </HeadingIdContext.Provider>
  );
}
