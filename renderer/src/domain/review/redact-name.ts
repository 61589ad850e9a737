import { Fragment, type Node as ProseMirrorNode } from 'prosemirror-model';

/** What a word of the participant's name becomes. */
export const REDACTED = '•••';

/** Words of a name shorter than this (initials, «Ли») are left: as stems they would hide too many other words. */
const SHORTEST_WORD = 3;

/**
 * The act with every word that begins like a word of the participant's name replaced by REDACTED, for showing an act
 * to a class: a trainee may have signed it, or written themselves in as the judge. A word matches by its stem (the
 * name's word without a final vowel), so declined forms go too («Жанибековой», «Тулегеновым»); now and then that
 * hides a word that is no name (a name «Роза» hides «розыск»), the better error in front of a class. Only text is
 * read, word by word within one run of text: a name split by formatting in the middle of a word is not found.
 */
export function redactName(act: ProseMirrorNode, name: string): ProseMirrorNode {
  const pattern = namePattern(name);
  return pattern ? redactText(act, pattern) : act;
}

function namePattern(name: string): RegExp | undefined {
  const stems = name
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .split(/[^\p{L}]+/u)
    .filter((word) => [...word].length >= SHORTEST_WORD)
    .map((word) => ([...word].length > 4 ? word.replace(/[аеёиоуыэюяәөүұі]$/u, '') : word))
    .map((stem) =>
      [...stem].map((letter) => (letter === 'е' || letter === 'ё' ? '[её]' : escape(letter))).join(''),
    );
  if (stems.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})\\p{L}*`, 'giu');
}

function escape(letter: string): string {
  return letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function redactText(node: ProseMirrorNode, pattern: RegExp): ProseMirrorNode {
  if (node.isText) {
    const text = node.text ?? '';
    const redacted = text.replace(pattern, REDACTED);
    return redacted === text ? node : node.type.schema.text(redacted, node.marks);
  }
  if (node.isLeaf) return node;
  let changed = false;
  const children: ProseMirrorNode[] = [];
  node.forEach((child) => {
    const redacted = redactText(child, pattern);
    changed ||= redacted !== child;
    children.push(redacted);
  });
  return changed ? node.copy(Fragment.from(children)) : node;
}
