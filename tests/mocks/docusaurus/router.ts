export const routerState = {pathname: '/', pushed: [] as string[]};
export function useLocation() {
  return {pathname: routerState.pathname, search: '', hash: ''};
}
/** Records the paths pushed, for tests to read in routerState.pushed. */
export function useHistory() {
  return {push: (path: string) => routerState.pushed.push(path)};
}
