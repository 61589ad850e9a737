import type { CodeId, LegalSource } from './article-text';

/** When the article texts shipped with the app were last compared with their sources. */
const CHECKED = '2026-12-07';

const LEGAL_RAG = {
  repository: 'zloo00/LegalRAG',
  commit: '2a2ce29cda17cb4fe5a4947af33fe96a6bb2b55d',
} as const;
const LAW_BACK = {
  repository: 'Iliyas128/law_back',
  commit: '866fabb3f735bdaff17573fc0e30c0c087063bf3',
} as const;

/**
 * Where each code's article texts were read (sources S1–S4 of the legal audit of December 2026): third-party copies
 * of the Russian text on adilet.zan.kz, each a whole code with its amendment footnotes. No Kazakh text of these
 * codes was found in a source that could be read and cited (see docs/legal-sources.md).
 */
export const LEGAL_SOURCES: Readonly<Record<CodeId, LegalSource>> = {
  gpk: {
    adiletId: 'K1500000377',
    ...LEGAL_RAG,
    path: 'documents/civil_procedure_code.txt',
    amendedTo: '2026-01-09',
    checked: CHECKED,
  },
  upk: {
    adiletId: 'K1400000231',
    ...LAW_BACK,
    path: 'data/docs/ru/Уголовно-процессуальный кодекс Республики Казахстан.txt',
    amendedTo: '2026-01-03',
    checked: CHECKED,
  },
  appk: {
    adiletId: 'K2000000350',
    ...LEGAL_RAG,
    path: 'documents/code_on_administrative_procedures.txt',
    amendedTo: '2026-01-09',
    checked: CHECKED,
  },
  koap: {
    adiletId: 'K1400000235',
    ...LAW_BACK,
    path: 'data/docs/ru/Кодекс Республики Казахстан об административных правонарушениях.txt',
    amendedTo: '2026-01-09',
    checked: CHECKED,
  },
};
