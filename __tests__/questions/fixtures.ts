/** Made-up articles and the pinned clock shared by the question generator tests. No sample article's people, places or numbers. */
import type { Candidate } from "@/questions/pipeline/06-facts";
import type { AnswerSpan } from "@/questions/pipeline/facts/spans";

/** "Today" for every test: Friday 15 March 2024, noon UTC. */
export const NOW = new Date(Date.UTC(2024, 2, 15, 12));

/** A wire story with an agency dateline, a counterpart, a venue, a deal with a value and a year. */
export const NAIROBI_TALKS = `date 2024-03-07
Norway and Kenya agree to expand fisheries research
Nairobi [Kenya], Mar 7 (PTI): Norwegian Foreign Minister Ingrid Solheim met her Kenyan counterpart Daniel Kiprono on the sidelines of the East Africa Maritime Summit in Nairobi, Kenya on Thursday.
The two ministers discussed fisheries research, port security and climate finance for coastal towns.
Brazil and Japan signed a $2.1 billion deal for a weather satellite in 2019, Solheim noted.`;

/** The same event from a second outlet, with furniture and teasers of other stories after it. */
export const ACCRA_FORUM_PAGE = `Portugal and Ghana plan joint coastal patrols
Lisbon [Portugal], Mar 12 (Reuters): Portuguese Defence Minister Tiago Ferreira met his Ghanaian counterpart Kwame Asante on the sidelines of the Atlantic Security Forum in Accra, Ghana on Tuesday.
The two ministers discussed coastal patrols and maritime training programmes for young officers.
You May Like: This clever gadget keeps your kitchen spotless, by Taboola.
https://example.org/share/atlantic-forum
Try Our AI Features
Comments
No comments yet...
Related Articles
Harbour Gazette
Valdoria council votes to rebuild the old lighthouse on the northern cliffs after a long campaign by fishermen and residents who argued the light had guided boats home for more than a century and deserved a proper restoration.`;

/** A byline and a dateline without a year; relative dates against it. */
export const SANTIAGO_LITHIUM = `Andes Media Network - Santiago
Santiago, Mar 8: Chilean Mining Minister Paula Reyes said on Thursday that the lithium pact signed in October last year would be extended.
The first shipment under the pact left the northern port on 23rd April, she said.
The pact was first proposed in 2016 by the two governments.`;

/** A role written "Minister of Defence of Chile, Gen Name". */
export const BUENOS_AIRES_TALKS = `date 2024-01-22
Chile and Argentina hold border talks
Buenos Aires [Argentina], Jan 22 (AFP): The Minister of Defence of Chile, Gen Rodrigo Alvarado, met Argentine Defence Minister Lucia Ferraro in Buenos Aires on Monday.
The two ministers agreed to hold joint mountain rescue drills every year.
Argentina signed a $340 million contract for six patrol aircraft in 2021.`;

/** An earthquake in a made-up town. */
export const VALDORIA_QUAKE = `date 2024-02-20
Quake hits Valdoria
A strong earthquake in Valdoria destroyed 40 houses on Monday, officials said.
Rescue teams from three provinces reached the town by evening.`;

export const SPANISH =
  "El ministro de Relaciones Exteriores de Noruega se reunió con su homólogo keniano en Nairobi el jueves para hablar de pesca y de seguridad portuaria en la costa.";
export const HINDI =
  "नॉर्वे के विदेश मंत्री ने गुरुवार को नैरोबी में अपने केन्याई समकक्ष से मुलाकात की और मत्स्य पालन पर चर्चा की।";
export const BINARY = `PK\u0003\u0004\u0000\u0000binary${"\u0000".repeat(20)}payload`;

/**
 * An answer span over `answer` where `text` writes it (its last occurrence with `last`), of the given type and
 * class: what the span finder would give, for tests of what is done with a span.
 */
export function spanOver(
  text: string,
  answer: string,
  type: AnswerSpan["type"],
  cls = "",
  last = false,
): AnswerSpan {
  const at = last ? text.lastIndexOf(answer) : text.indexOf(answer);
  if (at < 0) throw new Error(`"${answer}" is not in "${text}"`);
  return { start: at, end: at + answer.length, answer, aliases: [], type, cls };
}

/** A who-question about a made-up person, with the sentence that names them. */
export const whoAbout = (answer: string, category: string, prompt: string, sentence: string): Candidate => ({
  kind: "who",
  answer,
  aliases: [],
  category,
  prompt,
  articleId: "a1",
  sentence,
  surface: answer,
  score: 1,
});
