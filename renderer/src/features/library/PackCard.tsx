import { useI18n } from '../../i18n/I18nProvider';
import type { PackRecord } from '../../storage/records';
import { PackSignature } from './PackSignature';

interface PackListProps {
  packs: readonly PackRecord[];
  caseCount: (pack: PackRecord) => number;
}

/** The packs in the library, compactly: their cases are listed by branch above, so here only what they are. */
export function PackList({ packs, caseCount }: PackListProps) {
  return (
    <ul className="pack-list">
      {packs.map((pack) => (
        <PackCard key={pack.id} pack={pack} cases={caseCount(pack)} />
      ))}
    </ul>
  );
}

function PackCard({ pack, cases }: { pack: PackRecord; cases: number }) {
  const { t } = useI18n();
  return (
    <li className="pack-card">
      <h3 className="pack-card__title" lang={pack.language}>
        {pack.title}
      </h3>
      <p className="pack-card__meta">
        {t('library.packMeta', { version: pack.version, count: cases })}
        {pack.bundled && <span className="badge">{t('library.bundled')}</span>}
      </p>
      {/* A pack that comes with the app is as trusted as the app; "unsigned" would only worry. */}
      {!pack.bundled && (
        <p className="pack-card__meta">
          <PackSignature signedBy={pack.signedBy} />
        </p>
      )}
      {pack.description && (
        <details className="pack-card__details">
          <summary>{t('library.packDescription')}</summary>
          <p className="pack-card__description" lang={pack.language}>
            {pack.description}
          </p>
        </details>
      )}
    </li>
  );
}
