import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { CaseDraftDatabase } from '../../../storage/database';
import { readSetting, writeSetting } from '../../../storage/settings-repository';
import { useWindowShortcuts } from '../../../ui/use-window-shortcuts';
import { clampActZoom, DEFAULT_ACT_ZOOM, actZoomIn, actZoomOut } from './act-zoom-steps';

export interface ActZoom {
  percent: number;
  zoomIn: () => void;
  zoomOut: () => void;
  reset: () => void;
  /** For the editor pane: `--editor-zoom` scales the act's font size (styles/prosemirror.css), never a CSS
   * transform, so ProseMirror's positions and the mouse stay in step. */
  paneStyle: CSSProperties;
}

/**
 * The editor's zoom, remembered in the settings. Ctrl+=, Ctrl+− and Ctrl+0 zoom the text while the focus is in the
 * editor pane, instead of zooming the whole window as the browser or Electron's View menu would.
 */
export function useActZoom(db: CaseDraftDatabase): ActZoom {
  // `chosen` marks a zoom the trainee set (and so must be saved), as opposed to the one read from the settings.
  const [zoom, setZoom] = useState({ percent: DEFAULT_ACT_ZOOM, chosen: false });

  useEffect(() => {
    let current = true;
    void readSetting(db, 'editorZoom').then((stored) => {
      if (current && stored !== undefined)
        setZoom((zoom) => (zoom.chosen ? zoom : { percent: clampActZoom(stored), chosen: false }));
    });
    return () => {
      current = false;
    };
  }, [db]);

  useEffect(() => {
    if (zoom.chosen) void writeSetting(db, 'editorZoom', zoom.percent);
  }, [db, zoom]);

  const actions = useMemo(() => {
    const change = (step: (percent: number) => number) => () =>
      setZoom((zoom) => ({ percent: step(zoom.percent), chosen: true }));
    return { zoomIn: change(actZoomIn), zoomOut: change(actZoomOut), reset: change(() => DEFAULT_ACT_ZOOM) };
  }, []);

  useWindowShortcuts(
    { zoomIn: actions.zoomIn, zoomOut: actions.zoomOut, zoomReset: actions.reset },
    { within: (target) => Boolean(target?.closest('.editor-pane')) },
  );

  const paneStyle = useMemo(() => ({ '--editor-zoom': zoom.percent / 100 }) as CSSProperties, [zoom.percent]);
  return { percent: zoom.percent, ...actions, paneStyle };
}
