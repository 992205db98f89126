// Tests put the plugin's global data here before rendering.
export const globalDataStore: {data: Record<string, Record<string, unknown>>} = {data: {}};
export function setPluginData(pluginName: string, pluginId: string, data: unknown): void {
  globalDataStore.data[pluginName] = {...(globalDataStore.data[pluginName] ?? {}), [pluginId]: data};
}
export function usePluginData(pluginName: string, pluginId = 'default'): unknown {
  return globalDataStore.data[pluginName]?.[pluginId];
}
export function useAllPluginInstancesData(pluginName: string): Record<string, unknown> {
  return globalDataStore.data[pluginName] ?? {};
}
export default function useGlobalData() {
  return globalDataStore.data;
}
