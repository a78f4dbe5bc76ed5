import { useCallback, useRef, useState } from 'react';

/**
 * On a phone the filters open as a sheet over the map: focus goes into it, and back to the
 * "Filters" button when it closes.
 */
export function useFilterSheet() {
  const [panelOpen, setPanelOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const openPanel = useCallback(() => {
    setPanelOpen(true);
    requestAnimationFrame(() => panelHeadingRef.current?.focus());
  }, []);
  const closePanel = useCallback(() => {
    setPanelOpen(false);
    toggleRef.current?.focus();
  }, []);
  return { panelOpen, toggleRef, panelHeadingRef, openPanel, closePanel };
}
