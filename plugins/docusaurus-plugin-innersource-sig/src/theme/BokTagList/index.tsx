import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Translate from '@docusaurus/Translate';
import {useLocation} from '@docusaurus/router';
import SigNotice from '@theme/SigNotice';
import type {TaggedDoc} from '../../types';
import {useSigData} from '../../client/pluginData';
import {selectTaggedDocs} from '../../client/tags';
import {resolveTagName, tagNames} from '../../tags/tagNames';
import {tagDocs} from '../../client/pageData';
import styles from './styles.module.css';

export interface Props {
  /** Docs tag, by label ("InnerSource") or key ("innersource"); case does not matter. */
  tag?: string;
  /** Only docs whose permalink contains this path segment, e.g. "patterns". */
  filter?: string;
  /** At most this many docs. */
  limit?: number | string;
  /** The docs plugin instance to list from (multi-instance sites). */
  docsPluginId?: string;
}

function DocImage({doc}: {doc: TaggedDoc}) {
  const src = useBaseUrl(doc.image ?? '');
  return <img className={styles.image} src={src} alt={doc.imageAlt ?? ''} loading="lazy" width={64} height={64} />;
}

/** Lists the "body of knowledge" docs that carry a tag. */
export default function BokTagList({tag, filter, limit, docsPluginId = 'default'}: Props): ReactNode {
  const data = useSigData();
  const {pathname} = useLocation();
  const tagName = typeof tag === 'string' ? tag.trim() : '';
  if (!tagName) {
    return (
      <SigNotice problem="missing-prop" value="tag">
        <Translate id="sig.bokTagList.missingTag" description="Notice shown where an author wrote BokTagList without a tag">BokTagList needs a tag, for example: &lt;BokTagList tag="InnerSource" /&gt;</Translate>
      </SigNotice>
    );
  }
  const key = resolveTagName(tagNames(data?.tags[docsPluginId] ?? []), tagName);
  if (key === undefined) {
    return (
      <SigNotice problem="unknown-tag" value={tagName}>
        <Translate id="sig.bokTagList.unknownTag" description="Notice shown where an author named a tag that no document has; {tag} is the tag" values={{tag: <code>{tagName}</code>}}>
          {'No document has the tag {tag}.'}
        </Translate>
      </SigNotice>
    );
  }
  const allDocs = tagDocs(docsPluginId, key);
  if (!allDocs) {
    return (
      <SigNotice problem="missing-data" value={`BokTagList tag "${tagName}"`}>
        <Translate id="sig.bokTagList.missingData" description="Notice shown where a BokTagList is used in a page whose data the build did not prepare; {tag} is the tag" values={{tag: <code>{tagName}</code>}}>
          {'The list of documents tagged {tag} is not part of this page. Write BokTagList in an MDX page, or in a JS/TS file of the site.'}
        </Translate>
      </SigNotice>
    );
  }
  // An empty or non-numeric limit (limit="") means no limit, not zero.
  const parsedLimit = limit === undefined || String(limit).trim() === '' ? undefined : Number(limit);
  const docs = selectTaggedDocs(allDocs, {currentPath: pathname, filter, limit: Number.isFinite(parsedLimit) ? parsedLimit : undefined});
  if (docs.length === 0) {
    return (
      <p className={styles.empty}>
        <Translate id="sig.bokTagList.empty" description="Shown by a list of tagged documents when the page it is on is the only one">No other documents here yet.</Translate>
      </p>
    );
  }
  // data-pagefind-ignore: the site search finds a doc on its own page, not on every page listing
  // it (a topic page lists hundreds, and each such result downloads the whole list's text).
  return (
    <ul className={styles.list} data-pagefind-ignore="">
      {docs.map((doc) => (
        <li key={doc.permalink} className={styles.item}>
          {doc.image && <DocImage doc={doc} />}
          <div className={styles.text}>
            <Link to={doc.permalink} className={styles.title}>
              {doc.title}
            </Link>
            {doc.description && <p className={styles.description}>{doc.description}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}
