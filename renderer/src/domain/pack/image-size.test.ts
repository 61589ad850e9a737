import { describe, expect, it } from 'vitest';
import { imageSize } from './image-size';

/** A PNG's first 24 bytes: signature and the IHDR chunk's length, type, width and height. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

/** A JPEG with an APP0 segment, then a baseline start-of-frame. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array<number>(14).fill(0)];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 3];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...new Array<number>(9).fill(0)]);
}

describe('imageSize', () => {
  it('reads a PNG’s declared size from IHDR', () => {
    expect(imageSize(pngHeader(1240, 1754), 'image/png')).toEqual({ width: 1240, height: 1754 });
  });

  it('reads a JPEG’s declared size from its start-of-frame, past other segments', () => {
    expect(imageSize(jpegHeader(2480, 3508), 'image/jpeg')).toEqual({ width: 2480, height: 3508 });
  });

  it('gives up on a header it cannot find', () => {
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0x00, 0x00]), 'image/jpeg')).toBeUndefined();
    expect(imageSize(new Uint8Array(10), 'image/png')).toBeUndefined();
  });

  it('skips fill bytes before a marker, and does not trust a frame whose height comes later', () => {
    const padded = jpegHeader(800, 600);
    const withFill = new Uint8Array([...padded.subarray(0, 2), 0xff, ...padded.subarray(2)]);
    expect(imageSize(withFill, 'image/jpeg')).toEqual({ width: 800, height: 600 });
    expect(imageSize(jpegHeader(800, 0), 'image/jpeg')).toBeUndefined();
  });
});
