import React from 'react';
const MDXComponents: Record<string, React.ComponentType<any>> = {
  a: (props: any) => <a data-original-mdx-a="true" {...props} />,
};
export default MDXComponents;
