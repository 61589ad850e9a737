import { useEffect, useState } from 'react';
import { fingerprintOf, type PublicIdentity } from '../domain/keys/identity';

/** The fingerprint of a trainer's public keys (computed asynchronously); undefined until known. */
export function useFingerprint(identity: PublicIdentity | undefined): string | undefined {
  const [known, setKnown] = useState<{ of: PublicIdentity; fingerprint: string }>();
  useEffect(() => {
    if (!identity) return;
    let current = true;
    void fingerprintOf(identity).then((fingerprint) => {
      if (current) setKnown({ of: identity, fingerprint });
    });
    return () => {
      current = false;
    };
  }, [identity]);
  return known && identity && known.of === identity ? known.fingerprint : undefined;
}
