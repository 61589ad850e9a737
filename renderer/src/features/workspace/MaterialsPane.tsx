import { memo, type MouseEvent } from 'react';
import { formatArticleReference } from '../../domain/text/article-reference';
import { useI18n } from '../../i18n/I18nProvider';
import type { CaseRecord } from '../../storage/records';

/**
 * The case file: the task, each material, the legislation excerpts and the assessment criteria. Materials are
 * anchored as `material-<id>` and the fixed sections as `case-file-…`, so no material id can clash with them.
 * Memoised: it is large, and the workspace re-renders on every save-status change.
 * Materials are plain text from the pack, rendered as React text, so nothing in a pack can run as markup.
 */
export const MaterialsPane = memo(function MaterialsPane({ caseRecord }: { caseRecord: CaseRecord }) {
  const { t } = useI18n();
  return (
    <article className="materials" lang={caseRecord.language} aria-label={t('workspace.materials')}>
      <nav className="materials__toc" aria-label={t('workspace.materialsContents')}>
        <a href="#case-file-task" onClick={scrollToAnchor}>
          {t('workspace.instructions')}
        </a>
        {caseRecord.materials.map((material) => (
          <a key={material.id} href={`#material-${material.id}`} onClick={scrollToAnchor}>
            {material.title}
          </a>
        ))}
        {caseRecord.legislation.length > 0 && (
          <a href="#case-file-legislation" onClick={scrollToAnchor}>
            {t('workspace.legislation')}
          </a>
        )}
      </nav>
      <section id="case-file-task" className="material">
        <h2>{caseRecord.title}</h2>
        <h3>{t('workspace.instructions')}</h3>
        {caseRecord.instructions.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        {caseRecord.timeLimitMinutes !== undefined && (
          <p className="material__note">
            {t('workspace.timeLimit', { minutes: caseRecord.timeLimitMinutes })}
          </p>
        )}
      </section>
      {caseRecord.materials.map((material) => (
        <section key={material.id} id={`material-${material.id}`} className="material">
          <h2>{material.title}</h2>
          {material.blocks.map((block, index) =>
            block.type === 'heading' ? <h3 key={index}>{block.text}</h3> : <p key={index}>{block.text}</p>,
          )}
        </section>
      ))}
      {caseRecord.legislation.length > 0 && (
        <section id="case-file-legislation" className="material">
          <h2>{t('workspace.legislation')}</h2>
          {caseRecord.legislation.map((excerpt, index) => (
            <div key={index} className="legislation">
              <h3>{formatArticleReference(excerpt, caseRecord.language)}</h3>
              {excerpt.text.split(/\n+/).map((paragraph, line) => (
                <p key={line}>{paragraph}</p>
              ))}
            </div>
          ))}
        </section>
      )}
      {caseRecord.rubric.length > 0 && (
        <section id="case-file-rubric" className="material">
          <h2>{t('workspace.rubric')}</h2>
          <ul className="rubric">
            {caseRecord.rubric.map((criterion) => (
              <li key={criterion.id}>
                <strong>{criterion.title}</strong> —{' '}
                {t('workspace.rubricPoints', { points: criterion.maxPoints })}
                {criterion.description && <p>{criterion.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
});

/**
 * In-pane links scroll the pane rather than changing the URL hash, which addresses screens, and stop the
 * target just below the sticky contents bar instead of under it.
 */
function scrollToAnchor(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const id = event.currentTarget.getAttribute('href')?.slice(1);
  const target = id ? document.getElementById(id) : null;
  const pane = target?.closest<HTMLElement>('.materials');
  const contents = pane?.querySelector<HTMLElement>('.materials__toc');
  if (!target || !pane) return;
  const top = target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTo({ top: top - (contents?.offsetHeight ?? 0) });
}
