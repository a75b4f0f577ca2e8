// The portal's pages are paths under /portal (the hub serves the same page for all of them); moving
// between them uses the History API, so Back on the phone works.
import { useEffect, useState } from 'react';

const PORTAL_BASE = '/portal';

export function usePath(): [string, (to: string) => void] {
  const read = () => window.location.pathname.replace(/^\/portal/, '').replace(/\/+$/, '') || '/';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onPop = () => setPath(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: string) => {
    window.history.pushState(null, '', `${PORTAL_BASE}${to}`);
    setPath(to.split('?')[0]!.replace(/\/+$/, '') || '/');
    window.scrollTo(0, 0);
  };
  return [path, navigate];
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}
