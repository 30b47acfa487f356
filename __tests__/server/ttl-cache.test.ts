import { TtlCache } from "@/server/ttl-cache";

describe("TtlCache", () => {
  it("ttl-cache: serves a value until its time to live runs out", () => {
    const cache = new TtlCache<string>(1000);
    cache.set("a", "first", 0);
    expect(cache.peek("a", 999)).toBe("first");
    expect(cache.peek("a", 1000)).toBeUndefined();
    // An expired entry is gone, not revived by a later clock.
    expect(cache.peek("a", 500)).toBeUndefined();
  });

  it("ttl-cache: setting a key again renews it; delete and clear drop entries", () => {
    const cache = new TtlCache<number>(1000);
    cache.set("a", 1, 0);
    cache.set("a", 2, 900);
    expect(cache.peek("a", 1500)).toBe(2);
    cache.set("b", 3, 900);
    cache.delete("a");
    expect(cache.peek("a", 901)).toBeUndefined();
    expect(cache.peek("b", 901)).toBe(3);
    cache.clear();
    expect(cache.peek("b", 901)).toBeUndefined();
  });

  it("ttl-cache: beyond its size bound the oldest entry goes first", () => {
    const cache = new TtlCache<number>(1000, 2);
    cache.set("a", 1, 0);
    cache.set("b", 2, 0);
    cache.set("a", 10, 1); // renewed: now the newest
    cache.set("c", 3, 2);
    expect(cache.peek("b", 3)).toBeUndefined();
    expect(cache.peek("a", 3)).toBe(10);
    expect(cache.peek("c", 3)).toBe(3);
  });
});
