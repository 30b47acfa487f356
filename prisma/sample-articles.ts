// The sample articles: real pages as users paste them, kept beside the checkout in ../shared/eval/seeds/articles.
// Their texts are never copied into the project. SAMPLE_ARTICLES_DIR points elsewhere (a folder of .txt files).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export function sampleArticlesDir(): string {
  return path.resolve(
    process.env.SAMPLE_ARTICLES_DIR ?? path.join(process.cwd(), "..", "shared", "eval", "seeds", "articles"),
  );
}

export interface SampleArticle {
  /** The file's name, e.g. "wire-story.txt": what an import reports and stores. */
  file: string;
  text: string;
}

/** Every .txt file of the samples folder, sorted by name; none when the folder is missing. */
export function sampleArticles(dir = sampleArticlesDir()): SampleArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(".txt"))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(path.join(dir, name), "utf8") }));
}

/** One sample's text by file name; throws with the folder's path when it is missing. */
export function sampleArticle(name: string, dir = sampleArticlesDir()): string {
  const file = path.join(dir, name);
  if (!existsSync(file))
    throw new Error(`Sample article ${name} not found in ${dir} (set SAMPLE_ARTICLES_DIR).`);
  return readFileSync(file, "utf8");
}
