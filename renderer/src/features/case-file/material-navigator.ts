import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * How parts of the workspace ask the case file to show a material: an evidence link in the act, a fact in the
 * worksheet. One navigator per open case; the reader (and whatever pane holds it) listens and brings the
 * material to the front. `materialId` is the material's id in the pack, as evidence links store it.
 */
export class MaterialNavigator {
  private readonly listeners = new Set<(materialId: string) => void>();

  open(materialId: string): void {
    for (const listener of this.listeners) listener(materialId);
  }

  subscribe(listener: (materialId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const MaterialNavigatorContext = createContext<MaterialNavigator | null>(null);

/** The open case's navigator; outside a workspace, one that nobody listens to. */
export function useMaterialNavigator(): MaterialNavigator {
  return useContext(MaterialNavigatorContext) ?? detached;
}

const detached = new MaterialNavigator();

/** Calls `onOpen` whenever something in the workspace asks to open a material. */
export function useMaterialRequests(onOpen: (materialId: string) => void): void {
  const navigator = useMaterialNavigator();
  const handler = useRef(onOpen);
  useEffect(() => {
    handler.current = onOpen;
  });
  useEffect(() => navigator.subscribe((materialId) => handler.current(materialId)), [navigator]);
}
