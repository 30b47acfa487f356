/** The one candidate type every fact family produces, and the story articles they read. */
export type { Candidate, StoryArticle } from "../06-facts";
