import { useId, useRef, useState, type ReactNode } from 'react';
import { useServices } from '../../../app/services';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorDetail } from '../../../ui/error-message';
import { nameWithVisibleText } from '../../../ui/label-in-name';
import { chartPng } from './chart-image';

/** The chart's figures as a table: what a screen reader reads instead of the drawing. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * One chart of the cohort: its heading, what it shows in words, the drawing, the same figures as a table (for a
 * screen reader: the drawing is hidden from it), and a button saving the drawing as a PNG image named `fileName`.
 */
export function ChartFigure({
  title,
  text,
  fileName,
  table,
  children,
}: {
  title: string;
  text?: string;
  fileName: string;
  table: ChartTable;
  /** The drawing: an SVG. */
  children: ReactNode;
}) {
  const { platform } = useServices();
  const { t } = useI18n();
  const id = useId();
  const drawing = useRef<HTMLDivElement>(null);
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    const svg = drawing.current?.querySelector('svg');
    if (!svg) return;
    try {
      const result = await platform.saveFile({
        title: t('analytics.imageTitle'),
        suggestedName: fileName,
        filters: [{ name: t('analytics.imageFilter'), extensions: ['png'] }],
        bytes: await chartPng(svg),
      });
      if (result.saved) setSaved({ ok: true, text: t('analytics.imageSaved', { name: result.name }) });
    } catch (error) {
      setSaved({ ok: false, text: t('analytics.imageNotSaved', { detail: errorDetail(error) }) });
    }
  }

  const saveLabel = t('analytics.saveImage');
  return (
    <section className="analytics-chart" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {title}
      </h2>
      {text && <p className="analytics-chart__text">{text}</p>}
      <div ref={drawing} className="analytics-chart__drawing">
        {children}
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="analytics-chart__actions">
        <button
          type="button"
          className="button"
          aria-label={nameWithVisibleText(saveLabel, title)}
          onClick={() => void save()}
        >
          {saveLabel}
        </button>
        <span role="status" className={saved && !saved.ok ? 'analytics-chart__error' : undefined}>
          {saved?.text}
        </span>
      </div>
    </section>
  );
}
