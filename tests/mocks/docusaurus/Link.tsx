import React from 'react';

// Stand-in for @docusaurus/Link: the real one routes internal links; here we record which
// component rendered a link so tests can tell router links from plain anchors.
export default function Link({to, href, children, ...rest}: any) {
  return (
    <a href={to ?? href} data-router-link="true" {...rest}>
      {children}
    </a>
  );
}
