import "server-only";

export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes a text file's bytes: by its byte-order mark (UTF-8, UTF-16 LE or BE), else as strict UTF-8. Anything
 * else (Windows-1252, UTF-16 without a mark, UTF-32, binary) is reported as unreadable instead of being stored
 * with replacement characters or NULs in it.
 * @example decodeTextFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) // { ok: true, text: "A" }
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  let encoding = "utf-8";
  let start = 0;
  if (startsWith(bytes, UTF8_BOM)) start = 3;
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, start] = ["utf-16le", 2];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, start] = ["utf-16be", 2];

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    return {
      ok: false,
      reason:
        encoding === "utf-8"
          ? "is not UTF-8 text (save it as UTF-8 or UTF-16 and try again)"
          : `is not valid ${encoding.toUpperCase()} text`,
    };
  }
  // NULs in decoded text: UTF-16 without a byte-order mark, UTF-32, or a binary file.
  if (text.includes("\u0000")) {
    return { ok: false, reason: "is not plain text (UTF-16 without a byte-order mark, UTF-32 or binary)" };
  }
  return { ok: true, text };
}
