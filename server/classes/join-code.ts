import "server-only";
import { randomInt } from "node:crypto";

// Join codes are read aloud in class and typed on phones: upper-case letters and digits without the look-alikes
// (0/O, 1/I/L, 5/S, 2/Z, 8/B), drawn with node:crypto so that a code cannot be predicted from earlier ones.
// 7 characters of 25 symbols make 6 billion codes; with join attempts rate-limited per user, guessing one is out
// of reach.

export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 7;

/** A fresh random join code, e.g. "K7QMW3D". */
export function newJoinCode(): string {
  let code = "";
  for (let index = 0; index < JOIN_CODE_LENGTH; index++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** What a student typed, as a code: upper-cased, without spaces or dashes ("k7q-mw3d " -> "K7QMW3D"). */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}
