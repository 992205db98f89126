// jsdom tests render as after hydration unless a test says otherwise.
export const browserState = {isBrowser: true};
export default function useIsBrowser(): boolean {
  return browserState.isBrowser;
}
