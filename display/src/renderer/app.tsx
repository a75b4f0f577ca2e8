// The display app: the pairing screen when asked for (or when a code was wrong), otherwise the
// board with this device's settings (or an unpaired screen's defaults).
import { useMemo } from 'react';
import { Board } from './board';
import { SetupScreen } from './device/setup-screen';
import { useDevice } from './device/use-device';

export function App() {
  const query = useMemo(() => new URLSearchParams(window.location.search), []);
  const { view, device, pair, skip, refresh } = useDevice(query);
  if (view.phase !== 'ready') return <SetupScreen view={view} device={device} onPair={pair} onSkip={skip} />;
  return <Board settings={device?.settings ?? null} query={query} onOnline={refresh} />;
}
