/** Width and height in pixels, as an image file declares them. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * The dimensions a PNG or JPEG declares, read from its header (PNG IHDR, JPEG start-of-frame) without decoding
 * it; undefined when the header cannot be found. A few kilobytes can declare a billion pixels, which the
 * reader would then try to decode: the importer refuses such an image before it is stored.
 */
export function imageSize(bytes: Uint8Array, mediaType: 'image/png' | 'image/jpeg'): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mediaType === 'image/png') {
    // Signature (8), IHDR length (4) and type (4), then width and height.
    if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) return undefined;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    // A marker may be preceded by any number of 0xFF fill bytes (ITU T.81 B.1.1.2).
    while (bytes[offset + 1] === 0xff) offset++;
    const marker = bytes[offset + 1] ?? 0;
    // Start-of-frame markers: C0–CF except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const size = { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
      // A height of 0 is given later (DNL marker): the size is not known up front, so it cannot be checked.
      return size.height > 0 && size.width > 0 ? size : undefined;
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}
