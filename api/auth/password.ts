import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { randomBytes } from 'node:crypto';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../contract/vocabulary.ts';

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's first parameter set
 * (19 MiB, 2 passes, 1 lane). `algorithm: 2` is Argon2id: the package's const enum cannot be
 * imported under isolatedModules.
 */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;
/**
 * A hash of a random secret, verified when the email is unknown so that answer takes as
 * long as a wrong password for a real account (no timing hint that an email exists).
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}

let zxcvbn: ZxcvbnFactory | undefined;
function checker(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...dictionary },
    graphs: adjacencyGraphs,
  });
  return zxcvbn;
}

/** Minimum zxcvbn score (0-4): 3 means "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;

/**
 * Problems with a new staff password, as messages for the person choosing it: too short,
 * too long, or easy to guess (common passwords, keyboard patterns, the person's own email).
 */
export function passwordProblems(password: string, userInputs: string[] = []): string[] {
  if (password.length < PASSWORD_MIN_LENGTH)
    return [`Use at least ${PASSWORD_MIN_LENGTH} characters`];
  if (password.length > PASSWORD_MAX_LENGTH)
    return [`Use at most ${PASSWORD_MAX_LENGTH} characters`];
  const squashed = password.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const personal = userInputs
    .flatMap((u) => [u.split('@')[0] ?? '', ...u.split(/[@.\s_-]+/)])
    .map((u) => u.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((u) => u.length >= 4);
  if (personal.some((p) => squashed.includes(p))) {
    return ['Do not use your name or email address in your password'];
  }
  const inputs = userInputs.flatMap((u) => [u, ...u.split(/[@.\s_-]+/)]).filter(Boolean);
  const result = checker().check(password, inputs);
  if (result.score < MIN_SCORE) {
    return [
      'This password is too easy to guess (it is common, or follows a simple pattern). ' +
        'Try a passphrase of four or more unrelated words.',
    ];
  }
  return [];
}
