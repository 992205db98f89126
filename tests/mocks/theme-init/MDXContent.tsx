import React, {type ReactNode} from 'react';

// Stand-in for the theme's original MDXContent (which adds the MDX provider): renders its children.
export default function MDXContent({children}: {children: ReactNode}) {
  return <div data-mdx-content="true">{children}</div>;
}
