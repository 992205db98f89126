export const routerState = {pathname: '/'};
export function useLocation() {
  return {pathname: routerState.pathname, search: '', hash: ''};
}
