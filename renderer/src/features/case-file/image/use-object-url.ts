import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a blob in an <img> through an object URL, revoked when the blob changes or the image goes away, so
 * a large scan is not kept in memory after the trainee moves on. Returns the ref to give the <img>.
 */
export function useObjectUrlImage(blob: Blob | undefined): RefObject<HTMLImageElement | null> {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = image.current;
    if (!element || !blob) return;
    const url = URL.createObjectURL(blob);
    element.src = url;
    return () => {
      element.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return image;
}
