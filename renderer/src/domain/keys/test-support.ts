import { generateIdentity, unlockIdentity, type TrainerIdentity } from './identity';

/** A freshly made trainer, keys unlocked, for tests. */
export async function makeTrainer(name: string): Promise<TrainerIdentity> {
  const identity = await unlockIdentity(await generateIdentity(name));
  if (!identity) throw new Error('makeTrainer: fresh keys did not unlock');
  return identity;
}

/** A copy of `bytes` with the byte at `index` changed (its bits in `mask` flipped). */
export function withByteChanged(bytes: Uint8Array, index: number, mask = 0x01): Uint8Array<ArrayBuffer> {
  const changed = new Uint8Array(bytes);
  changed[index] = (changed[index] ?? 0) ^ mask;
  return changed;
}
