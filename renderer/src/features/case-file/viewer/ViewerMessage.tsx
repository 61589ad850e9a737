/** What a viewer shows instead of its file: still opening, or why it cannot be shown. */
export function ViewerMessage({ tone, children }: { tone: 'busy' | 'problem'; children: string }) {
  return (
    <p
      className={`reader-viewer__message reader-viewer__message--${tone}`}
      role={tone === 'problem' ? 'alert' : 'status'}
    >
      {children}
    </p>
  );
}
