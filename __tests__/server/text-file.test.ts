import { decodeTextFile } from "@/server/text-file";

const TEXT = "Café in Zürich: ₹500 crore — “quoted”.";
const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  return Buffer.from(le.map((_, index) => le[index ^ 1] as number));
};

describe("decodeTextFile", () => {
  it.each([
    ["UTF-8", Buffer.from(TEXT, "utf8")],
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    [
      "UTF-16 LE with a byte-order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]),
    ],
    ["UTF-16 BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])("decodeTextFile: reads %s", (_name, bytes) => {
    expect(decodeTextFile(new Uint8Array(bytes))).toEqual({ ok: true, text: TEXT });
  });

  it.each([
    ["Windows-1252", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94])],
    ["UTF-16 LE without a byte-order mark", Buffer.from("Plain words", "utf16le")],
    ["UTF-32 LE with a byte-order mark", Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00])],
    ["a UTF-16 BE mark before bytes of odd length", Buffer.from([0xfe, 0xff, 0x00, 0x41, 0xd8])],
  ])("decodeTextFile: reports %s as unreadable", (_name, bytes) => {
    const decoded = decodeTextFile(new Uint8Array(bytes));
    expect(decoded.ok).toBe(false);
  });
});
