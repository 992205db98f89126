// A React page using a component with an import, as the README describes: the build must bring
// the tag's list to this page too, not only to MDX pages.
import React from 'react';
import Layout from '@theme/Layout';
import BokTagList from '@theme/BokTagList';

export default function ReactList() {
  return (
    <Layout title="React page">
      <main className="container">
        <h1>Tagged pages</h1>
        <BokTagList tag="Known" />
      </main>
    </Layout>
  );
}
