import type { AttachmentMediaType } from './pack-v2';

const SIGNATURES: [AttachmentMediaType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The attachment type the bytes really are, by their signature; never trust a name or a declared type. */
export function sniffMediaType(bytes: Uint8Array): AttachmentMediaType | undefined {
  return SIGNATURES.find(([, signature]) => signature.every((byte, i) => bytes[i] === byte))?.[0];
}
