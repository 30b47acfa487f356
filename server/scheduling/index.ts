import "server-only";

export * from "./card-mapper";
export * from "./rating";
export * from "./schedule-review";
