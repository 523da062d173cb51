// argon2id with the library's defaults (argon2id, m = 19 MiB, t = 2, p = 1: the OWASP minimum);
// password.test.ts pins the algorithm so a library default change cannot slip through.
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verified against when the username does not exist, so both answers take as long.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('onetrip-timing-equaliser');
  return dummy;
}
