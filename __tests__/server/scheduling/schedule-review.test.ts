import { Rating } from "ts-fsrs";
import {
  formatInterval,
  fromFsrsCard,
  newCardSchedule,
  previewIntervals,
  ratingForOutcome,
  scheduleReview,
  toFsrsCard,
} from "@/server/scheduling";

const now = new Date(2022, 11, 29, 12, 30);
const params = { desiredRetention: 0.9, enableFuzz: false };

describe("scheduling: scheduleReview", () => {
  it("moves a new card rated Good into learning, due in 10 minutes", () => {
    const { card, before } = scheduleReview({ card: newCardSchedule(now), rating: Rating.Good, now, params });
    expect(card.state).toBe(1);
    expect(card.due.getTime() - now.getTime()).toBe(10 * 60_000);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toEqual(now);
    expect(before.state).toBe(0);
  });

  it("graduates a new card rated Easy to review state days later", () => {
    const { card } = scheduleReview({ card: newCardSchedule(now), rating: Rating.Easy, now, params });
    expect(card.state).toBe(2);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("is deterministic with fuzz off", () => {
    const a = scheduleReview({ card: newCardSchedule(now), rating: Rating.Easy, now, params });
    const b = scheduleReview({ card: newCardSchedule(now), rating: Rating.Easy, now, params });
    expect(a).toEqual(b);
  });

  it("gives longer intervals when desired retention is lower", () => {
    const review = scheduleReview({ card: newCardSchedule(now), rating: Rating.Easy, now, params }).card;
    const later = new Date(review.due.getTime());
    const high = scheduleReview({
      card: review,
      rating: Rating.Good,
      now: later,
      params: { ...params, desiredRetention: 0.97 },
    });
    const low = scheduleReview({
      card: review,
      rating: Rating.Good,
      now: later,
      params: { ...params, desiredRetention: 0.75 },
    });
    expect(low.card.scheduledDays).toBeGreaterThan(high.card.scheduledDays);
  });

  it("counts a lapse when a review card is rated Again", () => {
    const review = scheduleReview({ card: newCardSchedule(now), rating: Rating.Easy, now, params }).card;
    const { card, before } = scheduleReview({ card: review, rating: Rating.Again, now: review.due, params });
    expect(card.lapses).toBe(1);
    expect(card.state).toBe(3);
    expect(before.state).toBe(2);
  });

  it("does not mutate the card passed in", () => {
    const card = newCardSchedule(now);
    const copy = structuredClone(card);
    scheduleReview({ card, rating: Rating.Good, now, params });
    expect(card).toEqual(copy);
  });
});

describe("scheduling: card mapper", () => {
  it("round-trips a row through ts-fsrs", () => {
    const row = {
      ...newCardSchedule(now),
      state: 2,
      stability: 3.2,
      difficulty: 5.1,
      reps: 4,
      lastReview: now,
    };
    expect(fromFsrsCard(toFsrsCard(row))).toEqual(row);
  });

  it("rejects an unknown state", () => {
    expect(() => toFsrsCard({ ...newCardSchedule(now), state: 9 })).toThrow(RangeError);
  });
});

describe("scheduling: previewIntervals", () => {
  it("labels each button like Anki for a new card", () => {
    const preview = previewIntervals(newCardSchedule(now), now, params);
    expect(preview.again.label).toBe("1m");
    expect(preview.hard.label).toBe("6m");
    expect(preview.good.label).toBe("10m");
    expect(preview.easy.label).toMatch(/^\d+d$/);
  });
});

describe("scheduling: formatInterval", () => {
  it.each([
    [30_000, "<1m"],
    [10 * 60_000, "10m"],
    [3 * 3_600_000, "3h"],
    [86_400_000, "1d"],
    [4 * 86_400_000, "4d"],
    [45 * 86_400_000, "1.5mo"],
    [400 * 86_400_000, "1.1y"],
  ])("formatInterval(%i) = %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe("scheduling: ratingForOutcome", () => {
  it.each([
    [{ mode: "quiz", correct: false, durationMs: 2_000 }, Rating.Again],
    [{ mode: "quiz", correct: true, durationMs: 2_000 }, Rating.Easy],
    [{ mode: "quiz", correct: true, durationMs: 12_000 }, Rating.Good],
    [{ mode: "quiz", correct: true, durationMs: 45_000 }, Rating.Hard],
    [{ mode: "typed", correct: true, durationMs: 12_000 }, Rating.Easy],
    [{ mode: "typed", correct: true, durationMs: 40_000 }, Rating.Good],
    [{ mode: "typed", correct: false, durationMs: 40_000 }, Rating.Again],
    [{ mode: "flashcard", rating: Rating.Hard }, Rating.Hard],
  ] as const)("%o -> %i", (outcome, rating) => {
    expect(ratingForOutcome(outcome)).toBe(rating);
  });
});
