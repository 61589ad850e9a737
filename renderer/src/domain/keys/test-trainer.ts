import { generateIdentity, unlockIdentity, type TrainerIdentity } from './identity';

/** A freshly made trainer, keys unlocked, for tests. */
export async function makeTrainer(name: string): Promise<TrainerIdentity> {
  const identity = await unlockIdentity(await generateIdentity(name));
  if (!identity) throw new Error('makeTrainer: fresh keys did not unlock');
  return identity;
}
