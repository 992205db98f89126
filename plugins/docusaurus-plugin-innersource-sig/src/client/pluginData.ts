import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {PluginGlobalData} from '../types';
import {PLUGIN_NAME} from '../pluginName';

/** The plugin's global data; undefined when the plugin is not installed in this site. */
export function useSigData(pluginId?: string): PluginGlobalData | undefined {
  return usePluginData(PLUGIN_NAME, pluginId) as PluginGlobalData | undefined;
}

/**
 * "Now" for choosing upcoming dates: the build time while hydrating (so the browser's first
 * render matches the static HTML), the reader's clock after that.
 */
export function useNow(isBrowser: boolean, data: PluginGlobalData | undefined): Date {
  return isBrowser || !data ? new Date() : new Date(data.builtAt * 1000);
}

/** URLs (baseUrl added) of the events feeds; undefined without an events route. */
export function useEventFeedUrls(): {rss: string; atom: string; json: string} | undefined {
  const feeds = useSigData()?.eventFeeds;
  const {withBaseUrl} = useBaseUrlUtils();
  return feeds && {rss: withBaseUrl(feeds.rss), atom: withBaseUrl(feeds.atom), json: withBaseUrl(feeds.json)};
}
