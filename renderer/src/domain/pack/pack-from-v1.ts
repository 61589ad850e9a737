import { escapeHtml } from '../text/escape-html';
import { defaultRubric } from './default-rubric';
import type { CasePack, TextMaterial } from './pack';
import type { PackV1, PackV1Material } from './pack-v1';

/** A version-1 pack as the app uses packs now: plain-text blocks become HTML, escaped, so safe by construction. */
export function packFromV1(pack: PackV1): CasePack {
  const { cases, ...manifest } = pack;
  return {
    ...manifest,
    cases: cases.map((packCase) => ({
      ...packCase,
      materials: packCase.materials.map(materialFromV1),
      legislation: packCase.legislation ?? [],
      rubric: packCase.rubric ?? defaultRubric(packCase.language),
    })),
  };
}

export function materialFromV1(material: PackV1Material): TextMaterial {
  const html = material.blocks
    .map((block) =>
      block.type === 'heading' ? `<h3>${escapeHtml(block.text)}</h3>` : `<p>${escapeHtml(block.text)}</p>`,
    )
    .join('\n');
  return { kind: 'text', id: material.id, title: material.title, html };
}
