// Throughput and memory of the question generator against wink-nlp merely reading the same texts.
// A figure to read, not a test: `npm run bench:questions`.
//
// The corpus is >= 1,000 articles made from the sample articles (../shared/eval/seeds/articles) and a few made-up ones: paragraphs rotated,
// numbers swapped, people and places renamed with made-up names, years and dates shifted. Each measured phase
// runs in a fresh child process (same corpus file) so that its peak RSS is its own; peak RSS is the kernel's
// maxRSS for that process, heap is sampled after every generate() call (and after every 50 texts for wink).

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { getHeapStatistics } from "node:v8";
import countries from "world-countries";
import { sampleArticles } from "../prisma/sample-articles";

const ARTICLES = 1_000;
const BATCH = 50;
const SINGLE_CALL_SIZES = [250, 500, 1_000];
const NOW = new Date(Date.UTC(2025, 6, 1, 12));

// ---------- corpus ----------

/** Made-up articles of our own, on other countries, roles, deals and dates. */
const OWN_ARTICLES = [
  `date 2024-03-07
Norway and Kenya agree to expand fisheries research
Nairobi [Kenya], Mar 7 (PTI): Norwegian Foreign Minister Ingrid Solheim met her Kenyan counterpart Daniel Kiprono on the sidelines of the East Africa Maritime Summit in Nairobi, Kenya on Thursday.
The two ministers discussed fisheries research, port security and climate finance for coastal towns.
Brazil and Japan signed a $2.1 billion deal for a weather satellite in 2019, Solheim noted.
Comments
No comments yet...`,
  `Portugal and Ghana plan joint coastal patrols
Lisbon [Portugal], Mar 12 (Reuters): Portuguese Defence Minister Tiago Ferreira met his Ghanaian counterpart Kwame Asante on the sidelines of the Atlantic Security Forum in Accra, Ghana on Tuesday.
The two ministers discussed coastal patrols and maritime training programmes for young officers.
Ghana will buy four patrol vessels worth $310 million over the next two years, Asante said.
Related Articles
Harbour Gazette
Valdoria council votes to rebuild the old lighthouse on the northern cliffs after a long campaign by fishermen and residents who argued the light had guided boats home for more than a century.`,
  `Andes Media Network - Santiago
Santiago, Mar 8: Chilean Mining Minister Paula Reyes said on Thursday that the lithium pact signed in October last year would be extended.
The first shipment under the pact left the northern port on 22nd April, she said.
The pact was first proposed in 2016 by the two governments, and exports rose by 14% last year.`,
  `date 2024-01-22
Chile and Argentina hold border talks
Buenos Aires [Argentina], Jan 22 (AFP): The Minister of Defence of Chile, Gen Rodrigo Alvarado, met Argentine Defence Minister Lucia Ferraro in Buenos Aires on Monday.
The two ministers agreed to hold joint mountain rescue drills every year.
Argentina signed a $340 million contract for six patrol aircraft in 2021.`,
  `date 2024-02-20
Quake hits Valdoria
A strong earthquake in Valdoria destroyed 40 houses on Monday, officials said.
Rescue teams from three provinces reached the town by evening, and 1,200 people were moved to shelters.`,
];

const KEEP = new Set(
  [
    ...countries.flatMap((c) => [
      c.name.common,
      ...(c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : []),
    ]),
    ..."January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split(
      " ",
    ),
    ..."Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" "),
    ..."The A An In On At Of For And But With By From To During After Before Since While When Where Which Who This That These Those It He She They His Her Their Its We Our Us I Minister Defence Foreign Finance President Prime General Admiral Lieutenant Gen Ministry Meeting Summit Forum Conference Organisation Cooperation Council Media Network Related Articles Comments No Try Our AI Features Operation Memorandum Both However Meanwhile According Speaking Addressing Also Upon Earlier Today Singh".split(
      " ",
    ),
  ].map((w) => w.toLowerCase()),
);

const SYLLABLES = [
  "ka",
  "lo",
  "ve",
  "mi",
  "ra",
  "to",
  "sen",
  "dur",
  "al",
  "bri",
  "no",
  "qua",
  "tes",
  "vor",
  "lin",
  "ma",
  "zel",
  "pa",
  "ro",
  "gan",
];

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function madeUpName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = "";
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One variant of an article: names, numbers, years and paragraph order changed. */
function variant(text: string, seed: number): string {
  const rand = random(seed);
  const lines = text.split("\n");
  // The top lines (date, byline, headline, dateline) stay on top; the body paragraphs rotate.
  const head = lines.findIndex((l) => l.length > 160);
  const top = head < 0 ? lines.slice(0, 1) : lines.slice(0, head + 1);
  const body = head < 0 ? lines.slice(1) : lines.slice(head + 1);
  const shift = body.length > 1 ? 1 + Math.floor(rand() * (body.length - 1)) : 0;
  const rotated = [...body.slice(shift), ...body.slice(0, shift)];
  let out = [...top, ...rotated].join("\n");

  // Rename capitalised words that are neither countries, demonyms, months, weekdays nor common title words.
  const renames = new Map<string, string>();
  out = out.replace(/\b[A-Z][a-z]{2,}\b/g, (word) => {
    if (KEEP.has(word.toLowerCase()) || rand() < 0.15) return word;
    let made = renames.get(word);
    if (!made) {
      made = madeUpName(rand);
      renames.set(word, made);
    }
    return made;
  });

  // Shift years (and the date line) by a few years; swap other numbers for nearby ones.
  const years = Math.floor(rand() * 7) - 3;
  const days = Math.floor(rand() * 20);
  out = out.replace(/^date (\d{4})-(\d{2})-(\d{2})/m, (_m, y: string, mo: string, d: string) => {
    const when = new Date(Date.UTC(Number(y) + years, Number(mo) - 1, Number(d) + days));
    return `date ${when.toISOString().slice(0, 10)}`;
  });
  out = out.replace(/\b(?:19|20)\d\d\b(?!-)/g, (y) => String(Number(y) + years));
  out = out.replace(
    /(?<![\w-])(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(?![\w-]|\d)/g,
    (m, int: string, frac: string | undefined) => {
      const n = Number(int.replace(/,/g, ""));
      if (n >= 1900 && n <= 2100) return m;
      if (n <= 31 && !frac) return m; // days of the month and small counts stay readable
      const scaled = Math.max(1, Math.round(n * (0.5 + rand())));
      return `${int.includes(",") ? scaled.toLocaleString("en-US") : String(scaled)}${frac ?? ""}`;
    },
  );
  return out;
}

function buildCorpus(): string[] {
  const samples = sampleArticles().map((sample) => sample.text);
  const bases = [...samples, ...OWN_ARTICLES];
  const corpus = [...bases];
  for (let i = 0; corpus.length < ARTICLES; i++)
    corpus.push(variant(bases[i % bases.length] as string, i + 1));
  return corpus;
}

// ---------- phases (each in its own child process) ----------

interface PhaseResult {
  phase: string;
  articles: number;
  calls: number;
  ms: number;
  peakRssMb: number;
  peakHeapUsedMb: number;
  peakHeapTotalMb: number;
  questions?: number;
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

async function runPhase(phase: string, corpusFile: string): Promise<PhaseResult> {
  const texts = JSON.parse(readFileSync(corpusFile, "utf8")) as string[];
  let peakHeapUsed = 0;
  let peakHeapTotal = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, m.heapUsed);
    peakHeapTotal = Math.max(peakHeapTotal, m.heapTotal, getHeapStatistics().total_heap_size);
  };
  let calls = 0;
  let questions = 0;
  let articles = 0;
  let ms = 0;

  if (phase === "wink") {
    const { default: winkNLP } = await import("wink-nlp");
    const { default: model } = await import("wink-eng-lite-web-model");
    const nlp = winkNLP(model);
    nlp.readDoc("Warm up the model once.").sentences().out();
    const start = performance.now();
    texts.forEach((text, i) => {
      const doc = nlp.readDoc(text);
      doc.sentences().out();
      doc.entities().out(nlp.its.detail);
      if (i % BATCH === 0) sample();
    });
    ms = performance.now() - start;
    articles = texts.length;
    calls = texts.length;
  } else {
    const { generate } = await import("../questions/index");
    generate([{ id: "warm-up", text: OWN_ARTICLES[0] as string }], { now: NOW });
    const size = phase === "batched" ? BATCH : Number(phase.replace("single-", ""));
    const slice = phase === "batched" ? texts : texts.slice(0, size);
    const inputs = slice.map((text, i) => ({ id: `a${i + 1}`, file: `bench-${i + 1}.txt`, text }));
    sample();
    const start = performance.now();
    for (let i = 0; i < inputs.length; i += size) {
      const result = generate(inputs.slice(i, i + size), { now: NOW });
      questions += result.questions.length;
      calls++;
      sample();
    }
    ms = performance.now() - start;
    articles = inputs.length;
  }
  sample();
  return {
    phase,
    articles,
    calls,
    ms,
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapUsedMb: mb(peakHeapUsed),
    peakHeapTotalMb: mb(peakHeapTotal),
    ...(phase === "wink" ? {} : { questions }),
  };
}

function child(phase: string, corpusFile: string): PhaseResult {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(process.cwd(), "scripts/bench-questions.ts"),
      `--phase=${phase}`,
      corpusFile,
    ],
    {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`phase ${phase} failed:\n${r.stderr}`);
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as PhaseResult;
}

// ---------- report ----------

function main(): void {
  const corpus = buildCorpus();
  const dir = mkdtempSync(path.join(tmpdir(), "bench-questions-"));
  const corpusFile = path.join(dir, "corpus.json");
  writeFileSync(corpusFile, JSON.stringify(corpus));
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  console.log(
    `corpus: ${corpus.length} articles (${Math.round(chars / 1024)} KiB, mean ${Math.round(chars / corpus.length)} chars), node ${process.version}`,
  );
  console.log(
    "each phase in a fresh child process; rate = articles / wall time of the measured loop (model loading excluded)\n",
  );

  try {
    const wink = child("wink", corpusFile);
    const batched = child("batched", corpusFile);
    const singles = SINGLE_CALL_SIZES.map((n) => child(`single-${n}`, corpusFile));
    const rows = [wink, batched, ...singles];
    const label: Record<string, string> = {
      wink: "wink-nlp readDoc + sentences/entities",
      batched: `generate(), ${BATCH} articles per call`,
    };
    for (const n of SINGLE_CALL_SIZES) label[`single-${n}`] = `generate(), ${n} articles in one call`;
    const pad = (s: string, n: number) => s.padEnd(n);
    const num = (s: string, n: number) => s.padStart(n);
    console.log(
      `${pad("phase", 42)}${num("articles", 9)}${num("calls", 7)}${num("seconds", 9)}${num("art/s", 8)}${num("ms/art", 8)}${num("peak RSS MB", 13)}${num("peak heap MB", 14)}${num("questions", 11)}`,
    );
    for (const r of rows) {
      console.log(
        `${pad(label[r.phase] ?? r.phase, 42)}${num(String(r.articles), 9)}${num(String(r.calls), 7)}${num((r.ms / 1000).toFixed(2), 9)}${num(
          (r.articles / (r.ms / 1000)).toFixed(1),
          8,
        )}${num((r.ms / r.articles).toFixed(2), 8)}${num(String(r.peakRssMb), 13)}${num(`${r.peakHeapUsedMb}/${r.peakHeapTotalMb}`, 14)}${num(
          r.questions === undefined ? "-" : String(r.questions),
          11,
        )}`,
      );
    }
    const rate = (r: PhaseResult) => r.articles / (r.ms / 1000);
    console.log(
      `\nratio generator/wink (time per article, batched): ${(rate(wink) / rate(batched)).toFixed(2)}x  (target <= 5x)`,
    );
    console.log(`generator batched: ${rate(batched).toFixed(1)} articles/s (target >= 100 on one core)`);
    const base = singles[0] as PhaseResult;
    const perArticle = (r: PhaseResult) => r.ms / r.articles;
    console.log(
      `single-call growth, ms/article relative to ${base.articles}: ${singles
        .map((r) => `${r.articles}: ${(perArticle(r) / perArticle(base)).toFixed(2)}x`)
        .join(
          ", ",
        )}  (flat = linear merging, ~${(SINGLE_CALL_SIZES.at(-1) ?? 1) / (SINGLE_CALL_SIZES[0] ?? 1)}x at the end = quadratic)`,
    );
    console.log(
      "heap column: peak heapUsed / peak heapTotal, sampled after each generate() call (after every 50 texts for wink)",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const phaseArg = process.argv.find((a) => a.startsWith("--phase="));
const corpusOut = process.argv.find((a) => a.startsWith("--write-corpus="));
if (corpusOut) {
  // For profiling one phase by hand: --write-corpus=FILE, then --phase=single-250 FILE under --cpu-prof.
  writeFileSync(corpusOut.slice("--write-corpus=".length), JSON.stringify(buildCorpus()));
} else if (phaseArg) {
  runPhase(phaseArg.slice("--phase=".length), process.argv.at(-1) as string).then((r) =>
    console.log(JSON.stringify(r)),
  );
} else {
  main();
}
