import { useState, type DragEvent } from 'react';

/**
 * A screen that takes files dropped anywhere on it (the library's packs, a review's submissions): whether files are
 * being dragged over it, and the handlers to spread on its root. The root gets `screen--dragging` while they are,
 * which outlines its `.screen__drop-zone` (styles/base.css).
 */
export function useFileDrop(onFiles: (files: FileList) => void) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (event.currentTarget === event.target) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      if (event.dataTransfer.files.length > 0) onFiles(event.dataTransfer.files);
    },
  };
  return { dragging, handlers, draggingClass: dragging ? ' screen--dragging' : '' };
}
