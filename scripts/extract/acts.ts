// Finds the acts a text reports: each agreement noun with what is done to it, what it is about, who its parties are (not its backers or critics), when and where.
import type { Entity, EntityId, Status } from "../catalogue.ts";
import type { TermMatch } from "../fold.ts";
import type { DateMention } from "./dates.ts";
import type { EntityMention } from "./entities.ts";
import { endingBefore, itemsBySentence, overlapsAny, sentenceHolding, type Sentence } from "./sentences.ts";
import type { LexicalMatches, Lexicon } from "./vocabulary.ts";

export type Role = "party" | "backer" | "reactor" | "bystander";

/** A named body in an act's sentence, with the part it plays: a party to the act, a backer of a side, or a critic. */
export interface RoleMention {
  mention: EntityMention;
  /** The body it stands for: a person's government or state, a capital's state. */
  stands_for: EntityId;
  role: Role;
  /** True when it is named inside the act's own words ("the Turkey-Libya deal", "between Ankara and Tripoli"). */
  inPhrase: boolean;
  /**
   * True when it is named in the act's own words or in the clause that does the act ("Turkey and Qatar signed…"); for
   * a side taken from the act it refers to, when it was so named there (a Qatari side stays at the table).
   */
  core: boolean;
  /** True when the sentence names it as one who made the act: in its words, its "between"/"with"/"by", or just before its verb. */
  signer: boolean;
  /** An adjective that places a place ("the Greek island of Crete"): it tells where, and may hint at a side, but names none at the table. */
  placing?: true;
  /** A state named as the owner of a company that made the act ("Libya's national oil company"): the company was the side. */
  company?: true;
}

export interface SubjectMention {
  subject: string;
  start: number;
  end: number;
}

/** One agreement noun in a sentence and what the sentence says of it. Offsets are in the text read. */
export interface ActMention {
  sentence: Sentence;
  noun: { text: string; start: number; end: number };
  /** "two memoranda", "the deals": one mention of several acts, each subject it names being one of them. */
  several: boolean;
  /**
   * "The GNA agreed with Qatar and Turkey to strengthen military cooperation": an agreement reached and reported by its
   * verb alone, with no agreement noun in the sentence. `noun` is then the verb's own words.
   */
  verbOnly?: boolean;
  /**
   * How the noun phrase points: `back` ("the deal", "this memorandum") to an act named before; `main` ("the new
   * agreement", "the latest deal") to the act the article is about; `none` for an act named afresh ("an agreement").
   */
  refers: "back" | "main" | "none";
  /** The act word nearest the noun and the status it gives: signed, ratified, contested… */
  /**
   * `done` is false when the verb says what is asked, planned or denied rather than done ("urged to ratify", "for
   * ratification"), or stands outside the noun's clause: then it says nothing of the agreement's status. `toCome`
   * marks a signing or agreeing still to come, or only supposed: "will sign", "should they reach agreement", "could
   * agree", "whether they sign".
   */
  verb?: { text: string; start: number; end: number; status: Status; done: boolean; toCome?: true };
  /** Where the noun's own words before it begin ("the 2019 security memorandum": at "2019"); the noun's start if none. */
  ownWordsFrom?: number;
  /** Subjects the act's own words name ("maritime jurisdiction memorandum", "agreement on military cooperation"). */
  subjects: SubjectMention[];
  /** The subject the act is chiefly about: the one nearest the noun before it, or else the first after it. */
  primary?: string;
  /** Subjects named elsewhere in the sentence. */
  sentenceSubjects: string[];
  roles: RoleMention[];
  dates: DateMention[];
  places: EntityMention[];
  /** The act a "the deal" or "the new agreement" refers to, and where that act is named. */
  referent?: { act: ActMention; where: string };
  /** A date the act came before: "took effect in January 2020, following a security agreement…". */
  madeBefore?: DateMention;
  /** The nouns of other acts its sentence sets beside it ("signed three years after a contested maritime border deal"). */
  comparedWith?: Array<ActMention["noun"]>;
  /** "the two governments signed…": how many sides it speaks of (0 when none), whose names came before. */
  sidesNamedBefore: number;
  /** Its sides are the ones its words count, found in the sentences before it, not taken from an act named before. */
  sidesCounted?: true;
  /**
   * "The memorandum signed by Libya's national oil company", "the agreement between NOC and TPAO": its own words name
   * sides that are no state or government (companies), so it takes no sides from the acts around it.
   */
  sidesOfTheirOwn?: true;
  /**
   * "The Skhirat Agreement", "the Libyan Political Agreement": the act's proper name, where capitalised words before a
   * capitalised noun name it by more than its sides and subject; `foreign` are those words, and `places` the places among them.
   */
  name?: { text: string; start: number; end: number; foreign: string[]; places: EntityId[] };
  /** The sides listed right after the noun, " with Turkey and Qatar", where there are some. */
  sidesListed?: { start: number; end: number };
  /** What the act takes from an act named before it ("The deal was announced yesterday…"), and where that was. */
  inherited: Array<"parties" | "subjects" | "dates" | "status">;
  inheritedFrom?: string;
}

export interface ActText {
  text: string;
  sentences: readonly Sentence[];
  entities: readonly EntityMention[];
  dates: readonly DateMention[];
  lexical: LexicalMatches;
}

const PREDICATE = /^\W*(?:This|It|That)\s+(?:is|was)\s+(?:(?:part|one)\s+of\s+)?(?:an?|the)\s+$/;
const BACK_DETERMINERS = new Set(["the", "this", "that", "these", "those", "such", "said", "its", "their", "both"]);
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "such", "said", "its", "their", "his", "her", "our", "two", "three", "both", "another", "any", "each", "every", "some", "new", "separate", "first", "second", "latest", "earlier", "previous", "which", "what"]);
const AUXILIARY = /^(?:has|had|have|having|was|were|is|are|been|be|will|would|shall)$/i;
// (A preposition never stands among the words before a noun: "Greece Expels Libyan Ambassador Over Turkey Maritime Deal".)
const STOP_WORDS = /^(?:is|was|were|are|be|been|has|have|had|will|would|to|of|but|by|with|under|after|before|since|from|on|in|at|as|for|that|said|says|over|against|amid|about|regarding|concerning|despite|during|into|through|towards?|upon|via|within|without|between|among|than|if|when|while|because|whether)$/i;
export const PLURAL_NOUN = /(?:s|memoranda)(?:\s+of\s+[\p{L}\s-]+)?$/iu;
// What an agreement is on, right after its noun ("an agreement on…", "the memorandum signed with Turkey on…"), also
// past a passive ("an understanding was also reached on maritime areas"; not "was signed on Monday").
const COMPLEMENT = /^\s*(?:\((?:MoUs?|MOUs?)\))?\s*(?:of understanding\s*)?(?:\((?:MoUs?|MOUs?)\))?\s*[:,]?\s*(?:(?:(?:that|which)\s+)?(?:(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?)?(?:signed|concluded|inked|reached)\s+(?:(?:today|yesterday|recently|(?:on|last|this)\s+[A-Za-z]+)\s+)?(?=with\b|between\b))?(?:(?:was|were|has been|have been|had been)\s+(?:also\s+)?(?:signed|concluded|inked|reached|agreed)\s+(?=(?:on|over|regarding|concerning|covering)\s+(?!(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b))))?(?:(?:one|the first|the second|the other|including)\s+)?(?:(?:titled|entitled|called|named)\s+)?(?:on|for(?!\s+(?:consideration|ratification|approval|review|debate|discussion|signature|signing|a vote|vote|examination|scrutiny)\b)|over|regarding|concerning|covering|about|in the fields? of|between|with|to (?:boost|deepen|enhance|strengthen|expand|widen|broaden|extend|develop|improve|bolster|increase|provide|allow|cover|set up)|(?:boosting|deepening|enhancing|strengthening|expanding|broadening|widening|extending|developing|improving|bolstering|increasing)\s+(?:(?:the|their|its|bilateral|mutual)\s+)*(?:cooperation|co-operation|ties|relations|collaboration|partnership)\s+(?:on|in)|aimed at|aiming at|of \w+ing|(?:that |which )?sets? out|(?:titled|entitled|called|named|known as)|designating|delimiting|demarcating|recogni[sz]ing|determining|dividing|setting|fixing|drawing|redrawing|defining|establishing|covering|granting|allowing|providing|that (?:covers|allows|sets|fixes|draws)|which (?:covers|allows|sets|fixes|draws)|(?:contains|contained|includes|included)\s+(?:terms|provisions|clauses|articles|sections)\s+(?:on|for|regarding|concerning|about))\b/i;
// "An agreement that guaranteed Turkish military help and divided up economic zones": a relative clause whose verb says
// what the agreement does describes it by its content (lower case: "which Athens rejects" is about a reader of it).
const CONTENT_CLAUSE = /^\s*,?\s*(?:that|which|(?:under|by|through)\s+which\s+(?:the\s+)?[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,2})(?:\s*,\s*[^,;.]{1,60},)?\s+(?:(?:would|will|may|might|could|can|should|must)\s+(?:also\s+|further\s+|[a-z]+ly\s+)?(?!(?:be|have|not)\b)[a-z]+|(?:(?:also|effectively|reportedly|in effect)\s+)?(?!(?:was|were|is|are|has|had|have|does|did|its|this|these|those|us|as)\b)(?:[a-z]+(?:ed|es|s)|drew|set|laid|gave|split|cut|let|took|brought|meant|made))\b/;
// A clause ends where another begins: after ", and", a subject of its own with a finite verb ("…with the GNA last year,
// and since then Turkey has sent troops…"); its names are no sides of the act. (Not the last item of a list with a comma
// before "and": "Greece, Cyprus, and Egypt have rejected it".)
const AND_CLAUSE = /(?<!,\s+(?:the\s+)?[^\s,;.:]+(?:\s+[^\s,;.:]+){0,2}),\s+and\s+(?:(?:since then|then|now|later|meanwhile|so far|in turn)\s+)?(?:(?:the|this|that|its|their|his|her)\s+)?(?:[^\s,;.:]+\s+){1,3}(?:(?:also|since|then|now|already)\s+)?(?:was|were|is|are|has|have|had|will|would|could|can|must|may|might|should)\s/i;
const CLAUSE_END = new RegExp(String.raw`[;.!?]|,\s+(?:which|who|while|but|although|though|as|after|before|when|where|said|says|according|calling|saying|arguing|describing|adding|noting|insisting|claiming|warning|stressing|amid|despite|since|because|whereas|so|has|have|had|was|were|is|are|will|would|could|can)\b|,\s+and\s+(?:it|they|he|she|this|that|these|those|which)\b|\s+(?:while|but|whereas|amid)\s|${AND_CLAUSE.source}`, "i");
const MODAL_THEN_AND = /\b(?:will|would|could|might|may|should|must|can|is to|are to)\s+be\s+[\p{L}-]+\b[^.;,:]{0,60}?\s+and\s+(?:then\s+)?$/iu;
const FUTURE = /\b(?:will|would|shall|must|to be|expected to|set to|due to|plans? to|planned to|agreed to|is to|are to|aims? to|ready to|going to|intends? to|intended to|hopes? to|prepared to|poised to)\s+(?:\w+\s+){0,3}$|\b(?:agreed|decided|agree|decide)\b[^.;]{0,60}\bto\s+$/i;
const CONTEST_ADJECTIVE = /^(?:illegal|invalid|void|null and void|contested)$/i;
/** "… has no legal effect", "… is worthless": what the agreement is judged to be worth, as a contesting adjective is. */
const NO_WORTH = /^(?:worthless|no (?:legal )?(?:value|effect)|without legal value)$/i;
const CONTEST_NOUN = /^(?:violation|breach|infringement)s?$/i;
const ACTIVE_CONTEST = /^(?:reject|condemn|denounce|oppose|protest|annul|cancel|suspend|challenge|contest)\w*$/i;
// ("Never put before parliament, let alone approved by it", "neither signed nor ratified": the second act is not done either.)
const UNDONE_WORDS = String.raw`not|never|let alone|much less|still less|neither|nor|urg\w*|ask\w*|press\w*|calls? on|called on|demand\w*|may|might|could|should|refus\w* to|yet to|awaiting|pending|seeks?|sought|wants?|wanted|does|do|did|possibly|potentially|perhaps`;
const UNDONE = new RegExp(String.raw`\b(?:to|for|towards|${UNDONE_WORDS})\s+(?:\S+\s+){0,3}$`, "i");
// "protocols for the security agreement signed by…", "objected to the deal signed in 2019": before a participle that
// follows its noun, "to" or "for" governs the noun phrase, and says nothing of whether the participle's act was done.
const UNDONE_BEFORE_PARTICIPLE = new RegExp(String.raw`\b(?:${UNDONE_WORDS})\s+(?:\S+\s+){0,3}$`, "i");
/**
 * Before a verb, one who had another do it, in the past: "…, while he was in Tripoli, got the GNA led by Fayez El
 * Sarraj to sign". What the verb says was done, and whoever stands before "got" had it done.
 */
export const CAUSED_TO = /\b(?:got|persuaded|convinced|induced|forced)\s+[^.;!?]{1,120}?\s+to\s+$/u;
/** Right before a verb, a modal that makes it possible, not done: "could agree", "may soon sign". */
const MAY_BEFORE = /\b(?:could|might|may|can|would|should)\s+(?:\w+\s+)?$/i;
/** Before a verb in its clause, a condition: "If Ankara and Tripoli sign", "unless the two sides agree". */
const IF_BEFORE = /\b(?:if|unless|once|whether|in case)\s+[^.;,:]{1,60}$/i;
/** "Should the parliament of eastern Libya ratify the agreement": "should" and its subject before a bare verb ask what if. */
const SHOULD_INVERTED = /\b[Ss]hould\s+(?:the|a|an|this|that|these|those|its|their|his|her|\p{Lu}[\p{L}-]*)\s[^.;,:?!]{0,70}$/u;
// (Or set against it: "he was against approving the memorandum", "opposed to ratifying it".)
const CONSIDERING = /\b(?:consider\w*|mull\w*|weigh\w*|discuss\w*|debat\w*|stud(?:y|ies|ying|ied)|examin\w*|review\w*|postpon\w*|delay\w*|avoid\w*|resist\w*|against|opposed\s+to|objects?\s+to|objected\s+to)\s+$/i;
const SOUGHT = /\bto\s+(?:[\p{L}'’-]+\s+){0,4}(?:get|have|see)\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}$/iu;
// "to prevent the parliament in eastern Libya from ratifying", "keep Libya's parliament from ratifying": an act kept from
// being done, whose preventer is its critic (its group holds where the verb of preventing starts).
const PREVENTED = /\b(prevent\w*|stop(?:s|ped|ping)?|keep(?:s|ing)?|kept|block\w*|bar(?:s|red|ring)?|deter\w*|dissuad\w*|discourag\w*|restrain\w*)\s+(?:[^.;:]{1,80}?\s)?from\s+$/i;
/** Right before the verb: "cannot be ", "hasn't been ", "won't ": a negation of the verb itself. */
const NEGATED_BEFORE = /\b(?:cannot|can['’]t|won['’]t|wouldn['’]t|couldn['’]t|shouldn['’]t|mustn['’]t|hasn['’]t|haven['’]t|hadn['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|didn['’]t|doesn['’]t|don['’]t)\s+(?:(?:yet|ever|legally|formally|officially)\s+)?(?:(?:be|been|get|got)\s+)?$/i;
/** Right before an agreement noun: "the second ", "the first maritime ", "the only ": a count of acts done. */
const COUNT_BEFORE_NOUN = /\bthe\s+(?:first|second|third|fourth|fifth|only|sole|last|latest|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** Before a verb that is the act itself ("they could lawfully agree on a delimitation"): a modal or a negation, so nothing was done. */
const VERB_UNDONE = /\b(?:could|would|might|may|should|will|shall|must|cannot|\w+n['’]t|not|never|unable to|refus\w* to|fail\w* to|yet to)\s+(?:\S+\s+){0,2}$/i;
// Within the verb's own clause: "…, which was signed on Wednesday, is expected to be ratified" speaks of what comes next.
const FUTURE_AFTER = /^[^.;,]{0,30}\b(?:to be held|will be held|is to be held|is expected|are expected|planned for|scheduled)/i;
// "in Ankara", "at the Dolmabahçe Palace in Istanbul", "in the capital Ankara", "in the Turkish capital, Ankara".
// ("In November Ankara and Tripoli signed…": a month or a weekday after "in" or "on" is when, and what follows is no place.)
const PLACE_BEFORE = /\b(?:[Ii]n|[Aa]t|[Tt]o|[Vv]isit(?:ed|s|ing)?|[Vv]isit to)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+)?capital,?\s+|(?:[\p{Lu}][\p{L}'’-]*\s+)?(?:city|port city|coastal city|town|port)\s+of\s+)?(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\p{Lu}][\p{L}'’-]*\s+){0,3}$/u;
/** A second act after the act's own verb: "… and ratified in", "then approved in". */
const LATER_ACT = /\b(?:and|then|before|after|later)\s+(?:(?:was|were|been|later|then)\s+)?(?:ratif|approv|register|publish|submitt|deposit|reject|suspend|annul|cancel|endors|adopt|implement)\w*\b/i;
/** The words of what is done to an agreement after it is made, in any form: "ratification", "approved", "debate", "vote". */
const ANOTHER_ACT_WORD = /\b(?:ratif|approv|reject|register|publish|submitt|deposit|debat|vot(?:e|es|ed|ing)\b|suspen|annul|cancel)\w*/i;

// "… the presence of occupation forces in the west of Libya", "across the eastern part of the country": a part of a state
// where something is, as "in Libya" is.
const REGION_OF = /\b(?:in|into|across|throughout|to)\s+(?:the\s+)?(?:(?:(?:north|south)(?:[-‐]?(?:east|west))?|east|west)(?:ern\s+part)?|central\s+part|centre|center|heart|rest)\s+of\s+(?:the\s+)?$/i;
/** A state's body named by where it sits: "the parliament in", "lawmakers in", "the government in". */
const BODY_IN = /\b(?:parliament|assembly|lawmakers|legislators|deputies|MPs|government|authorities|leadership|administration|regime|rulers|ruling power)\s+in\s+$/i;
// An agreement reached but not signed: "preliminary agreements", "an agreement in principle", "a draft accord".
const PRELIMINARY = /\b(?:preliminary|initialled|initialed|draft|tentative|outline)\s+(?:[\p{L}-]+\s+){0,3}(?:agreements?|deals?|accords?|memorand|MoUs?|pacts?|protocols?)|\b(?:agreements?|deals?|accords?)\s+in principle\b/iu;
// A signing still to come, later in the sentence than the act: "finalised in Ankara, to be signed in Benghazi".
const SIGNING_TO_COME = /\b(?:to be (?:formally |officially )?signed|will be (?:formally |officially )?signed|(?:a |the )?(?:formal |official )?signing (?:ceremony )?(?:is |was )?(?:still )?(?:to come|expected|planned|scheduled|due))\b/i;
// The words between an agreement noun and a verb of the same subject coordinated after it: its own few words, then "and".
const AND_ANOTHER_VERB = /^(?:\s+(?:on|of|with|between|in|over)\s+[^,;.()]{1,40}?)?,?\s+and\s+(?:then\s+|also\s+|later\s+|subsequently\s+)?$/i;
// ", and the Turkish parliament ": a clause of its own, its subject named, between a noun and a verb after it.
const NEW_SUBJECT_AFTER = /,\s+(?:and|while|but|whereas)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}$/u;
// A determiner and a few words between a verb and the agreement noun that is its object: " the security ".
const OBJECT_BEFORE_NOUN = /^\s+(?:the|a|an|this|that|these|those|its|their|both|two)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
// An object of a verb's own right after it: "announced the sending of", "signed a deal with".
const OWN_OBJECT = /^\s+(?:the|a|an|its|their|his|her|another|new|fresh|plans?)\s/i;
// What a participle of agreeing is on, when it is a matter of its own: "agreeing on everything", "agreeing on further steps".
const AGREEING_ON_OWN = /^\s+(?:on|upon)\s+(?:everything|all\b|(?:a|an|the|further|new|more|several|joint|next)\s)/i;
// "announces its support for the two memoranda": the verb's object is a stance, and the agreement only what it is on.
const STANCE_ON = /\b(?:its|their|his|her|the|full|firm|continued)\s+(?:(?:full|firm|strong|continued|unwavering)\s+)?(?:support|backing|commitment|adherence|attachment)\s+(?:for|to|of)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/iu;
// What is done on the basis of the agreement named right after: "as part of the", "under the", "in the framework of".
const BASIS_WORDS = String.raw`under|pursuant to|in accordance with|(?:with)?in the framework of|based on|on the basis of|in line with|as part of|in keeping with|by virtue of|in implementation of|(?:for|on) implementing`;
export const DONE_UNDER = new RegExp(String.raw`\b(?:${BASIS_WORDS})\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$`, "iu");
// The words that put an agreement in a prepositional phrase, as what something else rests on (or follows).
// ("…was signed on 3 October in Tripoli, as a follow-up to the Turkish-Libyan memorandum": what it follows up.)
const UNDER_IT = new RegExp(String.raw`\b(?:${BASIS_WORDS}|after|following|since|ahead of|in the wake of|in response to|(?:as\s+)?an?\s+follow[-\s]up\s+(?:to|of|on))\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$`, "iu");
// "… and sent troops": a second verb starts another clause of the sentence.
const SECOND_VERB = /\s+and\s+(?:then\s+)?(?:\w+ed|sent|said|went|made|gave|took|began|put|set|led|won|lost|sought|told)\b/i;
const ACTOR_AFTER = /^(?:['’]s)?\s+(?:and\s+\p{L}+\s+)?(?:government|governments|officials|official|side|sides|delegation|delegations|authorities|counterpart|counterparts|leaders|leader|leadership|ministry|minister|ministers|parliament|lawmakers|cabinet|assembly|legislature|deputies|MPs|envoys?|ambassadors?|embassy|president|presidency|prime minister|premier|head of state|head of government|foreign|defen[cs]e|state|administration|negotiators|regime|invaders?|occupiers?|occupation|colonizers?|colonisers?)\b/iu;
// "… the Qatari one,": an adjective before "one" that closes its phrase, standing for a noun said before it.
const ELIDED_ONE = /^\s+one\b(?=\s*[,.;)])/i;
// An actor named before such a "one": the noun it stands for.
const ACTOR_BEFORE = /\b(?:ministers?|side|delegation|counterparts?|officials?|president|premier|prime minister|leaders?|government|envoy|ambassador|chief|commander)\b/i;
// A clause break that opens a clause of its own; one whose subject is a pronoun ("whereas it had earlier signed…")
// goes on speaking of a side named before it.
const CLAUSE_BREAK = /(?:;|,?\s+(?:while|whereas)|,\s+but)\s/i;
const OTHER_CLAUSE = /(?:;|,?\s+(?:while|whereas)|,\s+but)\s+(?!(?:it|they|he|she|we)\b)/i;
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|\s*,?\s*as well as\s+(?:the\s+)?)$/i;
// A list's gap that names the next one by an office of it: ", and the head of the ", " and the prime minister of ".
const OFFICE_LISTED = /^\s*,?\s+and\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:head|leader|chief|chairman|president|prime minister|premier|minister|speaker|commander)\s+of\s+(?:the\s+)?$/iu;
/** A list's gap that holds a name the gazetteer lacks: "Greece, Cyprus, Israel and the European Union have opposed it". */
const LIST_GAP_WITH_NAME = /^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:and\s+)?(?:the\s+)?$|^\s*,\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*,\s*(?:and\s+)?(?:the\s+)?$/u;
// "Erdoğan said Turkey signed…", "According to Erdoğan, …": one who speaks of the act is its source, not its maker;
// unless it speaks of itself ("Ankara said it had signed…", "Erdoğan said he signed…").
const SPEECH = /\b(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|stressed|confirmed|confirms|declared|explained|insisted|claimed|claims|argued|recalled|underlined|emphasi[sz]ed|reported|reports|wrote|writes|saying)\b(?!\s+(?:that\s+)?(?:it|he|she|they|we)\b)/i;
/** After an act, a relative clause on what it did, up to a name: ", which sharpened the friction between ". */
const LED_TO = /^[^.;]*?,\s*(?:which|that)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?!(?:was|is|has|does|were|are)\s)[a-z]+(?:ed|s)\s[^.;,]{0,80}$/i;
/** Right before a name: a feeling or protest the act stirs in it ("the anger of", "protests from", "angered", "alarmed"). */
const STIRRED = /\b(?:(?:anger|ire|fury|outrage|discomfort|displeasure|unease|alarm|concern|concerns|protests?|objections?|condemnation|irritation|wrath)\s+(?:of|from|in|among)|(?:anger(?:ed|s|ing)?|upset(?:s|ting)?|alarm(?:ed|s|ing)?|irritat(?:ed|es|ing)|infuriat(?:ed|es|ing)|worr(?:ied|ies|ying)|disturb(?:ed|s|ing)|provok(?:ed|es|ing)|antagoni[sz](?:ed|es|ing)|incens(?:ed|es|ing)|enrag(?:ed|es|ing)))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
// Whom a report is credited to ("according to Erdoğan, …"), or whose view it gives ("…does not break international
// law, in the view of the Turkish defence minister, Hulusi Akar").
const ACCORDING_TO = /\baccording to\s+(?:[\p{L}.'’-]+\s+){0,6}$|\bin the (?:view|opinion|words) of\s+(?:[\p{L}.'’-]+\s+){0,5}(?:[\p{L}.'’-]+,\s+)?$/iu;
// What closes a dateline: an optional "(AP)", then a dash.
const DATELINE_CLOSE = String.raw`\s*(?:\([^()]{1,30}\))?\s*[–—-]+\s`;
// What follows a dateline's place: ", Libya", a date, then its close.
const DATELINE_AFTER = new RegExp(String.raw`^(?:,\s*\p{Lu}[\p{L}.]+)?(?:,\s*(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+\d{4})?${DATELINE_CLOSE}`, "u");
// A dateline's place, then a comma, opening the sentence ("NICOSIA, "); and the close after its country ("(AP) —").
const DATELINE_PLACE_BEFORE = /^\s*\p{Lu}[\p{Lu}'’. -]{1,30}\p{Lu},\s*$/u;
const DATELINE_CLOSE_AFTER = new RegExp(`^${DATELINE_CLOSE}`, "u");
// "…, Erdoğan has said", "Erdoğan, Turkey's president, told reporters…", "Turkish President Erdoğan said": the name
// (or the adjective in the speaker's title) is the subject of a verb of speech.
const SPEAKS_AFTER = new RegExp(`^(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|government|foreign|defen[cs]e|ministry|minister|officials?|spokes(?:man|woman|person)|sources?)){0,5}(?:\\s*\\([^)]*\\))?(?:\\s*,[^,.;]{0,60},)?\\s+(?:has\\s+|had\\s+|have\\s+)?${SPEECH.source}`, "u");

/** What each sentence of a paragraph holds, found once, so that an act looks no further than its own sentence. */
interface BySentence {
  entities: ReadonlyMap<Sentence, EntityMention[]>;
  /** The paragraph's matches, with those of the sentence only: all its nouns are kept, for what lies between two of them. */
  lexical: (sentence: Sentence) => LexicalMatches;
  /** Mentions ending within `reach` characters before a point, in the paragraph's order. */
  entitiesBefore: (at: number, reach: number) => EntityMention[];
  /** The sentence that holds a span wholly, if one does. */
  sentenceOf: (span: { start: number; end: number }) => Sentence | undefined;
}

function bySentence(input: ActText): BySentence {
  const { sentences, lexical } = input;
  const subjects = itemsBySentence(lexical.subjects, sentences);
  const verbs = itemsBySentence(lexical.acts, sentences);
  const backers = itemsBySentence(lexical.backers, sentences);
  return {
    entities: itemsBySentence(input.entities, sentences),
    lexical: (s) => ({ ...lexical, subjects: subjects.get(s)!, acts: verbs.get(s)!, backers: backers.get(s)! }),
    entitiesBefore: endingBefore(input.entities),
    sentenceOf: (span) => sentenceHolding(sentences, span),
  };
}

// "deals with" and the subject before it that makes it a verb: a pronoun, a pick ("The first", "the other") or a document.
const DEALS_WITH_VERB = /^deals\s+with\b/i;
const SUBJECT_OF_DEALS = /(?:^|[\s,(])(?:it|which|that|first|second|third|other|latter|former|one|another|memorandum|agreement|accord|document|text|MoU|treaty|protocol)\s+$/i;
// "how to deal with it", "Ankara must deal with migration": "deal with" after "to" or a modal is a verb too.
const DEAL_WITH_VERB = /^deal\s+with\b/i;
const INFINITIVE_BEFORE = /\b(?:to|can|could|will|would|shall|should|must|may|might|cannot|not)\s+$/i;

/** Where a noun's own words begin: past the closing quote of a noun in scare quotes (a "pact" between Putin and Erdogan). */
function wordsAfter(text: string, nounEnd: number): number {
  return /^["”]/.test(text.slice(nounEnd, nounEnd + 1)) ? nounEnd + 1 : nounEnd;
}

/**
 * "deals that Libya and Turkey struck in November on maritime boundaries…", "signed deals last November on…", "the
 * memorandum signed in November 2019 on the delimitation…": the makers' relative clause, or a bare participle, and the
 * date that may come between the noun and what it is on. Where they end, when what
 * follows is "on", "over", "concerning"…; else the noun's end.
 */
function pastMakersAndDate(text: string, nounEnd: number): number {
  const found = MAKERS_AND_DATE.exec(text.slice(nounEnd, nounEnd + 120));
  return found && found[0].length ? nounEnd + found[0].length : nounEnd;
}
const MONTH_OR_YEAR = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})`;
/** The opening of a date after a noun or its participle: "in November", "last December", "on 27 November", "in early 2019". */
const DATE_OPENING = String.raw`\s+(?:in|last|on)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?${MONTH_OR_YEAR}`;
const MAKERS_AND_DATE = new RegExp(
  String.raw`^(?:\s+(?:that|which)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and|the|\p{Lu}[\p{L}'’-]*))*\s+(?:(?:had|has|have)\s+)?(?:signed|concluded|inked|reached|struck|sealed|agreed)\b|\s+(?:signed|concluded|inked|reached|struck|sealed)(?=${DATE_OPENING}))?` +
    String.raw`(?:${DATE_OPENING}(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?(?=\s+(?:on|over|regarding|concerning|covering|about)\s)`,
  "u",
);

/**
 * Where the act's words end when, right after them, a side after "with" is followed by "and" and a few lower-case words
 * holding a subject word: past those words. Undefined otherwise.
 */
function sideThenTopic(text: string, end: number, sentenceEnd: number, subjects: readonly TermMatch[]): number | undefined {
  const found = SIDE_THEN_TOPIC.exec(text.slice(end, sentenceEnd));
  if (!found) return undefined;
  const to = end + found[0].length;
  const from = to - found[1]!.length;
  return subjects.some((m) => m.start >= from && m.end <= to) ? to : undefined;
}
const SIDE_THEN_TOPIC = /^\s*with\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+and\s+(?:on\s+)?(?:the\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)/u;

/** Every act the text reports, one per agreement noun, before anything is taken from earlier acts. */
export function findActs(input: ActText, lexicon: Lexicon, gazetteer: ReadonlyMap<EntityId, Entity>): ActMention[] {
  const { text, lexical } = input;
  const acts: ActMention[] = [];
  const held = bySentence(input);
  // Each noun's own words ("agreements with Turkey and Qatar"): a side named there belongs to that act, not to another
  // act the same sentence names.
  const inAName = overlapsAny(input.entities);
  const ownWords = lexical.nouns.map((noun) => {
    // "The Government of National Accord signed with the Turkish side…": a noun in a body's name is no act with sides.
    if (inAName(noun)) return { start: noun.end, end: noun.end };
    const from = wordsAfter(text, noun.end);
    const sides = SIDES_AFTER.exec(text.slice(from, from + 120)) ?? MADE_BY_RELATIVE.exec(text.slice(from, from + 160)) ?? RELATIVE_SIDES.exec(text.slice(from, from + 200));
    return { start: noun.end, end: sides ? from + sides[0].length : noun.end };
  });
  const listingSides = ownWords.flatMap((w, i) => (w.end > w.start ? [i] : []));
  // Where the words before each noun begin, found once: an act's own, and read again for the acts beside it.
  const pres = new Map<string, number>();
  const preOf = (noun: TermMatch, sentence: Sentence, acts: readonly TermMatch[]) => {
    const key = `${sentence.start}:${noun.start}`;
    let at = pres.get(key);
    if (at === undefined) pres.set(key, (at = phraseBefore(text, sentence.start, noun.start, acts)));
    return at;
  };
  // The maritime words of each sentence that only say where work on energy is done, found once per sentence.
  const worksAt = new Map<number, Set<TermMatch>>();
  const placesOf = (sentence: Sentence, subjects: readonly TermMatch[]) => {
    let found = worksAt.get(sentence.start);
    if (!found) worksAt.set(sentence.start, (found = placesOfWork(text, subjects, lexicon)));
    return found;
  };
  // Nouns that name an agreement, not a word of a body's name ("Government of National Accord").
  const namedNouns = lexical.nouns.filter((noun) => !inAName(noun));
  for (const [index, noun] of lexical.nouns.entries()) {
    const sentence = held.sentenceOf(noun);
    // "Government of National Accord" names a body, not an accord (even where a longer description took "Government",
    // or a translation writes it in lower case: "the government of national agreement");
    // so does "the Accord government" or "Accord officials", a capitalised noun before an actor.
    if (!sentence) continue;
    const inSentence = held.entities.get(sentence)!;
    const local = held.lexical(sentence);
    if (inSentence.some((m) => m.start < noun.end && m.end > noun.start) || /\bof\s+(?:the\s+)?national\s+$/i.test(text.slice(Math.max(0, noun.start - 18), noun.start))) continue;
    // (So does a translation's gloss in brackets: "the Wefaq (Accord) government".)
    if (/^\p{Lu}/u.test(text.slice(noun.start, noun.end)) && noun.start > sentence.start && ACTOR_AFTER.test(text.slice(noun.end, noun.end + 40).replace(/^["”’']?\)/, ""))) continue;
    // "The first deals with military cooperation", "the accord deals with maritime zones": "deals with" after its subject is a verb.
    if (DEALS_WITH_VERB.test(text.slice(noun.start, noun.end + 6)) && SUBJECT_OF_DEALS.test(text.slice(Math.max(sentence.start, noun.start - 30), noun.start))) continue;
    if (DEAL_WITH_VERB.test(text.slice(noun.start, noun.end + 6)) && INFINITIVE_BEFORE.test(text.slice(Math.max(sentence.start, noun.start - 12), noun.start))) continue;
    // "President Erdogan's memorandum, which allows military forces to be sent to Libya": a motion asking parliament to
    // send troops (a tezkere), not an agreement between sides.
    if (/^memorand/i.test(text.slice(noun.start, noun.end)) && SENDS_TROOPS_AFTER.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 90)))) continue;
    // "The National Government Agreement (GNA)": a translated body's name, its abbreviation in brackets right after.
    if (/^\p{Lu}/u.test(text.slice(noun.start, noun.end)) && inSentence.some((m) => gazetteer.get(m.entity)?.kind === "government" && /^\s*\(\s*$/.test(text.slice(noun.end, m.start)) && text[m.end] === ")")) continue;
    const pre = preOf(noun, sentence, local.acts);
    const complement = complementAfter(text, pastMakersAndDate(text, wordsAfter(text, noun.end)), sentence.end);
    const { content, skip } = complement;
    // "an agreement concerning the boundary line in the eastern Mediterranean with Libya and military cooperation": a
    // side after "with", then "and" and what else it is on, in lower case: the second thing is the act's too.
    const post = sideThenTopic(text, complement.end, sentence.end, local.subjects) ?? complement.end;
    const skipped = (start: number, end: number) => skip !== undefined && start >= skip.start && end <= skip.end;
    const inPhrase = (start: number, end: number) => (start >= pre && end <= noun.start) || (post > noun.end && start >= noun.end && end <= post && !skipped(start, end));
    // What the agreement does is part of what it is about, but a name in it is not a side ("that guaranteed Turkish
    // help"), unless it says between whom ("which delimits the zones between Turkey and Libya").
    const inOwnWords = (start: number, end: number) => inPhrase(start, end) && (content === undefined || start < content || /\b(?:between|among)\b/i.test(text.slice(content, start)));
    const plural = PLURAL_NOUN.test(text.slice(noun.start, noun.end)) || COUNTED_BEFORE.test(text.slice(Math.max(sentence.start, noun.start - 40), noun.start));
    const listed = plural ? (eachOneAfter(text, noun.end, sentence.end, namedNouns) ?? topicsLater(text, noun.end, sentence.end) ?? eachOneNext(text, noun.end, sentence.end)) : undefined;
    const inList = (start: number, end: number) => listed !== undefined && start >= listed.start && end <= listed.end;
    // A list in the next sentence is read there, not among the sentence's own subjects.
    const listedNext = listed && listed.start >= sentence.end ? lexical.subjects.filter((m) => inList(m.start, m.end)) : [];
    const where = placesOf(sentence, local.subjects);
    // "… the memoranda between Turkey and the GNA breach the resolutions of the UN Security Council": a subject word in
    // the name of a body is no subject of the act, in its own words either.
    const subjects = [...local.subjects.filter((m) => (inPhrase(m.start, m.end) || inList(m.start, m.end)) && !where.has(m) && !inCapitalisedName(text, m)), ...listedNext].map((m) => ({ subject: lexicon.subjectOf(m.term), start: m.start, end: m.end }));
    const before = subjects.filter((s) => s.end <= noun.start);
    const primary = (before.at(-1) ?? headOfFirstRun(text, subjects))?.subject;
    const sentenceSubjects = [...new Set(local.subjects.filter((m) => !inPhrase(m.start, m.end) && !where.has(m) && !IN_TITLE.test(text.slice(m.end, m.end + 20)) && !inCapitalisedName(text, m) && !anotherClause(text, noun, m) && !inBodyName(inSentence, m) && !inStockPhrase(text, sentence.start, m) && !namesReporter(text, sentence.start, m) && !namesScholar(text, m)).map((m) => lexicon.subjectOf(m.term)))];
    const verb = nearestVerb(text, sentence, { start: pre, end: noun.end, term: noun.term }, local.acts, lexicon, local.nouns);
    const counted = COUNTED_BEFORE.test(text.slice(Math.max(sentence.start, noun.start - 40), noun.start));
    // "a maritime and security agreement", "the security-maritime agreement": two subjects joined before one noun are
    // two acts named together.
    // So are two things an agreement is said to do: "that guaranteed military help and divided up economic zones".
    const described = content === undefined ? [] : subjects.filter((x) => x.start >= content);
    // "a memorandum on maritime and security cooperation": so are two subjects joined right after it.
    // "the agreement signed with Turkey on maritime jurisdiction and military cooperation": a participle and its side may come first.
    const after = subjects.filter((x) => x.start >= noun.end && x.start - noun.end <= (PARTICIPLE_WITH.test(text.slice(noun.end, x.start)) ? 90 : 30) && !/[,;]/.test(text.slice(noun.end, x.start)) && (content === undefined || x.start < content));
    // "an agreement on security, military cooperation and the delimitation of areas at sea": a list of what it is on.
    // (A subject that starts in the list is in it, though its words run on: "as well as borders in the Mediterranean".)
    const onWhat = topicList(text, pastMakersAndDate(text, noun.end), sentence.end);
    const onList = onWhat ? subjects.filter((x) => x.start >= onWhat.start && x.start < onWhat.end) : [];
    const joined =
      (onList.length >= 2 && new Set(onList.map((x) => x.subject)).size >= 2 && /\s(?:and|as well as)\s/i.test(text.slice(onList[0]!.end, onList.at(-1)!.start))) ||
      (before.length >= 2 && before.some((a, i) => i > 0 && a.subject !== before[i - 1]!.subject && /^(?:\s+and\s+|\s*[-‐–\/]\s*)$/i.test(text.slice(before[i - 1]!.end, a.start)))) ||
      (after.length >= 2 && after.some((a, i) => i > 0 && a.subject !== after[i - 1]!.subject && /^\s+(?:and|as well as)\s+(?:on\s+)?(?:the\s+)?$/i.test(text.slice(after[i - 1]!.end, a.start)))) ||
      described.some((a, i) => i > 0 && a.subject !== described[0]!.subject && /\s(?:and|as well as|also)\s/i.test(text.slice(described[0]!.end, a.start))) ||
      new Set(subjects.filter((x) => inList(x.start, x.end)).map((x) => x.subject)).size >= 2 ||
      (new Set(subjects.map((x) => x.subject)).size >= 2 && /\sand\s+(?:one|another)\s+(?:of|on|for|in|about|over|concerning)\s/i.test(text.slice(noun.end, post)));
    const determiner = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(sentence.start, pre - 30), pre))?.[1]?.toLowerCase();
    const fresh = /^(?:new|latest|recent|fresh|further|additional)$/i.test(text.slice(pre, noun.start).trim().split(/\s+/)[0] ?? "") || /\b(?:new|latest|recent|fresh|further|additional)\s+$/i.test(text.slice(Math.max(sentence.start, pre - 12), pre));
    // "… the Memorandum it signed with Turkey and declared the Greece–Egypt agreements null": the words right before
    // another noun of the sentence, later in it, are that act's own.
    const beforeAnother = (start: number, end: number) =>
      local.nouns.some((n) => n.start > noun.end && start >= noun.end && end <= n.start && !coordinated(text, n, noun) && start >= preOf(n, sentence, local.acts));
    const inAnotherAct = (start: number, end: number) => listingSides.some((i) => i !== index && start >= ownWords[i]!.start && end <= ownWords[i]!.end && !coordinated(text, lexical.nouns[i]!, noun)) || beforeAnother(start, end);
    const actRoles = roles(text, sentence, inSentence, local, noun, verb, lexicon, gazetteer, inOwnWords, inAnotherAct, (start, end) => start >= ownWords[index]!.start && end <= ownWords[index]!.end, content);
    acts.push({
      sentence,
      noun: { text: text.slice(noun.start, noun.end), start: noun.start, end: noun.end },
      ownWordsFrom: pre,
      several: counted || joined || PLURAL_NOUN.test(text.slice(noun.start, noun.end)),
      // "This is part of a security and economic cooperation deal": a predicate that says what the act just named is.
      refers: fresh ? "main" : (determiner && BACK_DETERMINERS.has(determiner)) || PREDICATE.test(text.slice(sentence.start, pre)) ? "back" : "none",
      ...(verb ? { verb } : {}),
      subjects,
      ...(primary ? { primary } : {}),
      sentenceSubjects,
      roles: actRoles,
      dates: [],
      places: places(text, sentence, inSentence, held.entitiesBefore, gazetteer, verb?.start ?? noun.start, verb?.status === "to be signed", !verb || actInMainClause(text, noun, verb), verb && verb.start < noun.start ? { noun: noun.end, phrase: post } : undefined, noun),
      inherited: [],
      sidesNamedBefore: sidesSpokenOf(sentence.text),
      ...(sidesOfTheirOwn(text, sentence, noun, inSentence, actRoles) ? { sidesOfTheirOwn: true as const } : {}),
      ...properName(text, sentence, noun, inSentence, local.subjects, gazetteer),
      ...(ownWords[index]!.end > ownWords[index]!.start ? { sidesListed: ownWords[index]! } : {}),
    });
  }
  setComparedActs(text, acts, held, lexicon);
  acts.push(...agreedActs(input, held, lexicon, gazetteer, acts));
  acts.push(...oneOfThem(input, held, lexicon, gazetteer, acts));
  acts.push(...pronounContinuations(input, held, lexicon, acts));
  attachDates(text, acts, input.dates);
  return acts;
}

/**
 * "The memorandum, signed three years after a contested maritime border deal, drew a sharp response": the acts a
 * sentence sets beside each act, and what their own words say they are about is theirs, not the sentence's, for an act
 * whose own words say nothing of its own.
 */
function setComparedActs(text: string, acts: ActMention[], held: BySentence, lexicon: Lexicon): void {
  for (const act of acts) {
    // Only an act the sentence sets beside this one by a preposition of time or comparison is surely another.
    const compared = acts.filter((o) => o !== act && o.sentence.start === act.sentence.start && o.noun.start > act.noun.end && COMPARED_ACT.test(text.slice(Math.max(act.noun.end, o.noun.start - 60), o.noun.start)));
    if (!compared.length) continue;
    act.comparedWith = compared.map((o) => o.noun);
    const others = compared.filter((o) => !o.several && o.subjects.length);
    const inOther = (m: { start: number; end: number }) => others.some((o) => o.subjects.some((s) => s.start <= m.start && m.end <= s.end));
    // "The memorandum, which comes three years after a controversial maritime border deal": its relative clause's words
    // are about the other act.
    if (act.subjects.some(inOther)) {
      act.subjects = act.subjects.filter((x) => !inOther(x));
      const primary = (act.subjects.filter((x) => x.end <= act.noun.start).at(-1) ?? act.subjects[0])?.subject;
      if (primary) act.primary = primary;
      else delete act.primary;
    }
    if (act.several || act.subjects.length || !act.sentenceSubjects.length || !others.length) continue;
    const left = new Set(held.lexical(act.sentence).subjects.filter((m) => !inOther(m)).map((m) => lexicon.subjectOf(m.term)));
    act.sentenceSubjects = act.sentenceSubjects.filter((s) => left.has(s));
  }
}

/** "signed together with a maritime demarcation agreement": the other act set beside this one was made with it. */
const TOGETHER_WORDS = "together with|alongside|along with|in addition to|as well as|and also";
export const TOGETHER_WITH = new RegExp(String.raw`\b(?:${TOGETHER_WORDS})\s+(?:(?:a|an|the|its|another)\s+)?(?:[\p{L}'’-]+\s+){0,4}$`, "iu");
/**
 * "… after a contested maritime border deal", "… like the earlier security pact", "signed together with a maritime
 * demarcation agreement": another act, set beside this one.
 */
const COMPARED_ACT = new RegExp(String.raw`\b(?:after|before|since|following|unlike|like|than|replacing|${TOGETHER_WORDS})\s+(?:(?:a|an|the|its|their|this|that|an?other|earlier|previous)\s+)?(?:[\p{L}'’-]+\s+){0,4}$`, "iu");

/**
 * The list of what an agreement is on (or for), right after its noun: "on security, military cooperation and the
 * delimitation of areas at sea"; it goes on past "as well as on" ("on security and military cooperation, as well as on
 * maritime jurisdiction"), and ends with a quoted title ("the “Agreement for the Delimitation of Maritime Borders and for
 * Military Cooperation”").
 */
function topicList(text: string, nounEnd: number, sentenceEnd: number): { start: number; end: number } | undefined {
  const found = /^\s+(?:on|over|for|regarding|concerning|covering|about|in the fields? of)\s+((?:[\p{L}-]+(?:\s+|,\s+)){0,14}?[\p{L}-]+)(?=["”»]|\s*(?:[.;:]|,\s+(?:which|that|who|according|said|while|but|in|on|at)\b|(?<!\bas\s+well\s+as)\s+(?:in|on|at|last|this|with|between)\s))/iu.exec(text.slice(nounEnd, Math.min(sentenceEnd, nounEnd + 160)));
  return found ? { start: nounEnd + found.index, end: nounEnd + found[0].length } : undefined;
}

/**
 * "Signed two memoranda with Fayez al-Sarraj, head of the Presidential Council, on 27 November, concerning the security
 * and military cooperation and the delimitation of the areas of maritime jurisdiction", "two separate agreements with
 * the Serraj government, about safety and military cooperation, and about the maritime boundary": what several acts
 * are about, after their sides and date, up to the end of the clause.
 */
function topicsLater(text: string, nounEnd: number, sentenceEnd: number): { start: number; end: number } | undefined {
  const lead = /,\s*(?:concerning|regarding|covering|dealing with|relating to|related to|in the fields? of|about|on)\s/i.exec(text.slice(nounEnd, Math.min(sentenceEnd, nounEnd + 200)));
  if (!lead || /[.;]/.test(text.slice(nounEnd, nounEnd + lead.index))) return undefined;
  const start = nounEnd + lead.index + lead[0].length;
  const end = /[.;]|,\s+(?:with|which|that|who|according|said|while|but|in order|to)\b/i.exec(text.slice(start, sentenceEnd));
  return { start, end: end ? start + end.index : sentenceEnd };
}

/** "a military deal with the GNA, as well as a memorandum on maritime boundaries": two acts joined, sharing their sides. */
function coordinated(text: string, a: TermMatch, b: TermMatch): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, second.start);
  return /(?:,\s*(?:and|plus)\s+|\s+(?:as well as|along with|together with)\s+)(?:also\s+)?(?:(?:the|a|an|its|their|another|two)\s+)?(?:[\p{L}-]+\s+){0,3}$/iu.test(between) || /,\s*(?:a|an|the|another|two)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(between);
}

/** The sides listed right after an agreement noun: "with Turkey and Qatar", "between the GNA, Turkey and Qatar". */
// (A name may hold "of": "the Government of National Accord", "the House of Representatives".)
// (Or end in a word for a government: "the Tripoli-based government", "the Turkish side".)
// (Or start with an Arabic article or "bin": "between Erdogan and al-Sarraj".)
const SIDE_NAME = String.raw`(?:the\s+)?(?:(?:al|el|as|ad|ash|an|ar|at|bin|ibn)[-‐]\s?)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,4}(?:\s+(?:government|authorities|administration|side))?`;
// What may stand between the noun and its sides: a participle of making, with an adverb before it ("recently signed").
const MADE_BEFORE_SIDES = String.raw`(?:(?:[a-z]+ly\s+)?(?:signed|concluded|reached|inked|agreed|made)\s+)?`;
// A participle of making and its agents: "signed by", "concluded by".
const MADE_BY = String.raw`(?:[a-z]+ly\s+)?(?:signed|concluded|inked|sealed|agreed)\s+by`;
// Names joined by "and", or by a comma where the list goes on ("A, B and C"); a comma before the clause's subject ends it.
const SIDE_LIST = String.raw`${SIDE_NAME}(?:(?:\s*,\s*and\s+|\s+and\s+|\s*,\s*(?=${SIDE_NAME}(?:\s*,|\s+and\s)))${SIDE_NAME})*`;
const SIDES_AFTER = new RegExp(String.raw`^\s+(?:${MADE_BEFORE_SIDES}(?:with|between|among)|${MADE_BY})\s+${SIDE_LIST}`, "u");
// Where the sides the act's own words list start with "between", or with a participle and "by" ("signed by Egypt and
// Greece"): they name every side.
const BETWEEN_SIDES = new RegExp(String.raw`^\s+(?:${MADE_BEFORE_SIDES}(?:between|among)|${MADE_BY})\s`, "i");
// A passive relative clause after the noun's own words that lists its sides: "the 2019 agreement on the demarcation of
// maritime borders that was signed between the Tripoli-based government and Turkey".
const RELATIVE_SIDES = new RegExp(String.raw`^[^,;.()]{0,70}?\s(?:that|which)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:signed|concluded|inked|reached|agreed|sealed)\s+(?:between|among)\s+${SIDE_LIST}`, "u");
// A possessor's stance towards the act named right after it: "'s swift rejection of the", "'s endorsement of this".
const STANCE_OF = /^['’]s\s+(?:[\p{L}-]+\s+)?(rejection|condemnation|criticism|opposition|objections?|protests?|denunciation|endorsement|backing|support|acceptance|recognition|interpretation|reading|view|position|stance|reaction|response)\s+(?:of|to|for|on|towards?)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|these\s+|those\s+)?(?:[\p{L}'’-]+\s+){0,5}$/iu;
const AGAINST = /^(?:rejection|condemnation|criticism|opposition|objections?|protests?|denunciation)$/i;

/**
 * After a name, up to an act's noun: the name voices a worry or objection about the act ("expressed its concern over the
 * signing of the", "voiced deep reservations about the", "has raised concerns regarding this").
 */
const VOICED_CONCERN = /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:express(?:ed|es|ing)?|voic(?:ed|es|ing|e)|rais(?:ed|es|ing|e)|register(?:ed|s|ing)?|convey(?:ed|s|ing)?)\s+(?:(?:its|their|his|her|a|an|the|deep|serious|grave|strong|great|growing|profound|sharp)\s+){0,3}(?:concerns?|alarm|dismay|regret|displeasure|unease|worry|worries|reservations|objections?|protests?|disquiet|indignation|opposition)\s+(?:over|about|at|with|regarding|concerning|on)\s+(?:(?:the|a|an|this|that|these|those)\s+)?(?:(?:signing|conclusion|ratification|signature|adoption|approval)\s+of\s+(?:(?:the|a|an|this|that|these|those)\s+)?)?(?:[\p{L}'’\-–]+\s+){0,4}["“«]?$/iu;
const PLACE_NOUN_AFTER = /^\s+(?:island|islands|isle|coast|coastline|coasts|shore|shores|mainland|waters|city|town|port)\b/i;

/** A relative clause right after an agreement noun that says who made it: "which Libya's Foreign Minister, Najla Mangoush, signed with her Turkish counterpart, Mevlut Cavusoglu". */
const MADE_BY_RELATIVE = /^\s*,?\s+(?:which|that)\s+(?:[\p{L}.'’-]+,?\s+){1,8}?(?:had\s+|has\s+)?(?:signed|concluded|inked|sealed|struck)\s+with\s+(?:[\p{L}.'’-]+\s*,?\s+){0,5}?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*/u;

/**
 * Between an agreement noun and what it is about: "signed with Turkey", "concluded between Ankara and Tripoli", or a
 * relative clause with a pronoun subject: "(that) it concluded with Turkey".
 */
const PARTICIPLE_WITH = /^\s+(?:(?:(?:that|which)\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:signed|concluded|inked|reached|agreed)\s+(?:with|between)\s+[^,;.]{1,70}$/i;

// "…is not legal, and in addition to that the deployment of Turkish forces is a violation": a clause of its own, with
// its own subject, added to the act's; what it speaks of is another matter. (A plain ", and the maritime border was
// fixed" may still tell what the act did.)
// "Erdogan is threatening to send troops into Libya, and in the meantime he has put his name to an understanding…":
// so is one opened by "in the meantime" or "meanwhile", whose subject may be a pronoun.
const JOINED_CLAUSE = /(?:;|,\s+(?:while|whereas|but)|,\s+and\s+(?:in\s+addition(?:\s+to\s+(?:that|this))?|also|moreover|furthermore|besides|at\s+the\s+same\s+time)\s*,?)\s+(?:the|a|an|its|their|his|her|this|these|those)\s|,?\s+and\s+(?:in\s+the\s+meantime|meanwhile)\s*,?\s+(?:the|a|an|its|their|his|her|this|these|those|he|she|it|they|we)\s/i;

/** Whether a word of the sentence lies in another clause than the act's noun, across a clause of its own joined to it. */
function anotherClause(text: string, noun: { start: number; end: number }, word: { start: number; end: number }): boolean {
  const between = word.start >= noun.end ? text.slice(noun.end, word.start) : text.slice(word.end, noun.start);
  return JOINED_CLAUSE.test(between) || JOINED_POSSESSIVE.test(between) || (word.end <= noun.start && TIME_CLAUSE_BEFORE.test(between));
}

// "His talk of a possible military intervention comes only days after Ankara signed a deal …": the act stands in a
// clause of time with a subject and a verb of its own; the main clause's words are about something else.
const TIME_CLAUSE_BEFORE = /\b(?:comes?|came|coming)\s+(?:\w+\s+){0,3}(?:after|before|since|following)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:had\s+|has\s+)?[a-z]+ed\s+(?:a|an|the|its)\s+(?:[\p{L}-]+\s+){0,3}$/u;

// "… is a violation of international law, and Ankara's plan to send troops to Libya is unacceptable": a clause of its
// own whose subject is someone's.
const JOINED_POSSESSIVE = /,\s+and\s+\p{Lu}[\p{L}'’-]*['’]s\s/u;

// "High Representative for Foreign Affairs and Security Policy", "the National Security Council": a capitalised subject
// word in the name of an office, a body or a policy is no subject of the sentence.
const IN_NAME = /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:Policy|Council|Committee|Commission|Agency|Service|Services|Studies|Institute|Forum|Conference|Directorate|Department|Office|Programme|Program|Summit|Strategy|Review)\b/u;
/** Whether a subject word stands in such a name. */
function inCapitalisedName(text: string, m: { start: number; end: number }): boolean {
  return /^\p{Lu}/u.test(text.slice(m.start, m.start + 1)) && IN_NAME.test(text.slice(m.end, m.end + 40));
}

/**
 * "eastern military chief Khalifa Haftar", "the defence minister", "the rival military force based in the east": a
 * subject word in a title or a body's name says who, not what about.
 */
const IN_TITLE = /^\s+(?:chief|chiefs|commander|commanders|minister|ministers|ministry|spokesman|spokeswoman|spokesperson|official|officials|leader|leaders|strongman|attach[eé]|adviser|advisers|advisor|advisors|force|forces|faction|factions)\b/i;

/** "the Libyan National Army", "the Ministry of Defence": a subject word inside a named body's name says who, not what about. */
export function inBodyName(entities: readonly EntityMention[], word: { start: number; end: number }): boolean {
  return entities.some((e) => e.start <= word.start && word.end <= e.end);
}

/**
 * "exploration … in Libya's exclusive economic zone", "extracting hydrocarbons in parts of the Libyan EEZ": a maritime
 * word right after work on energy, in a phrase of place, says where the work is done, not what the act is about.
 */
function placesOfWork(text: string, subjects: readonly TermMatch[], lexicon: Lexicon): Set<TermMatch> {
  const places = new Set<TermMatch>();
  for (const m of subjects) {
    if (lexicon.subjectOf(m.term) !== "maritime") continue;
    if (DRAWN_BY.test(text.slice(m.end, m.end + 80))) continue;
    if (subjects.some((e) => e.end <= m.start && lexicon.subjectOf(e.term) === "energy" && PLACE_OF_WORK.test(text.slice(e.end, m.start)))) places.add(m);
  }
  return places;
}
// "… in areas of the Libyan EEZ as that zone is laid down by the Turkish-Libyan memorandum": the zone an act drew is
// what that act is about.
const DRAWN_BY = /^\s*,?\s*(?:as\s+(?:that|the|this|these|those)\s+(?:zones?|areas?|borders?|lines?|boundar(?:y|ies))\s+(?:is|are|was|were|has been|have been)\s+|(?:which|that)\s+(?:is|are|was|were|has been|have been)\s+)?(?:laid down|defined|drawn|set out|established|delimited|demarcated|determined|carved out)\s+(?:by|in|under)\b/i;
/** Between work on energy and a maritime word, a phrase of place: "… could start in Libya's", "… in parts of the Libyan". */
const PLACE_OF_WORK = /^[^,;.:]{0,40}?\b(?:in|within|inside|off|across|throughout)\s+(?:(?:parts?|areas?|sections?|blocks?|stretches|waters?)\s+of\s+)?(?:(?:the|its|their|a|an|[\p{Lu}][\p{L}]*(?:'s|’s)|Libyan|Turkish)\s+)*(?:[a-z-]+\s+)?$/u;

/**
 * "… must not be registered if stability and security in the region are to be preserved": a stock phrase of the
 * general good in a condition is no subject of the agreement. (What an agreement commits to, "to bring stability and
 * security back", may well be.)
 */
function inStockPhrase(text: string, sentenceStart: number, word: { start: number; end: number }): boolean {
  const stock = /\b(?:peace|stability)\s+and\s+$/i.test(text.slice(Math.max(0, word.start - 20), word.start)) || /^\s+and\s+stability\b/i.test(text.slice(word.end, word.end + 20));
  return stock && /\b(?:if|unless)\b[^,;]*$/i.test(text.slice(sentenceStart, word.start));
}

/**
 * "according to media in his country", "Libyan media reported", "told Turkish media that …": a subject word that names
 * who reports (a cultural agreement's "media") is no subject of the act. ("According to the security agreement, …"
 * still is: the word must end the phrase after "according to".)
 */
function namesReporter(text: string, sentenceStart: number, word: { start: number; end: number }): boolean {
  const after = text.slice(word.end, word.end + 24);
  if (REPORTS_AFTER.test(after)) return true;
  return REPORTED_BY_BEFORE.test(text.slice(Math.max(sentenceStart, word.start - 50), word.start)) && /^(?:\s*[,;:.]|\s*$|\s+(?:in|that|and)\b)/.test(after);
}
/**
 * "A professor of law at Cairo University said…", "a Turkish academic, Ahmet Yilmaz, said…": a subject word in the
 * name of a school or hospital, or for a scholar who speaks, says who speaks, not what the act is about.
 */
function namesScholar(text: string, word: { start: number; end: number }): boolean {
  const found = text.slice(word.start, word.end);
  if (INSTITUTION.test(found)) return /^\p{Lu}/u.test(found) && (/\p{Lu}[\p{L}'’.-]*\s+$/u.test(text.slice(Math.max(0, word.start - 30), word.start)) || /^\s+of\s+\p{Lu}/u.test(text.slice(word.end, word.end + 12)));
  return SCHOLAR.test(found) && SCHOLAR_SPEAKS.test(text.slice(word.end, word.end + 30));
}
const INSTITUTION = /^(?:university|universities|academy|school|college|hospital)$/i;
const SCHOLAR = /^(?:academic|academics|students)$/i;
const SCHOLAR_SPEAKS = /^(?:\s*,\s*\p{Lu}|\s+\p{Lu}\p{L}+\s+\p{Lu}|\s+(?:have\s+|has\s+)?(?:said|says|say|told|argued|argues|argue|wrote|writes|noted|notes|believes?|warned|warns)\b)/u;

const REPORTS_AFTER = /^\s+(?:(?:have|has|are|were)\s+)?(?:reports?|reported|reporting|said|say|says|quoted|outlets?)\b/i;
const REPORTED_BY_BEFORE = /\b(?:according to|told|quoted by|cited by|reported by|quoting)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * A count before the noun, a few modifiers away: "the two separate agreements", "both the Turkish-Libyan accords". Not
 * past a preposition or a determiner: "between the two countries under the agreement" counts the countries.
 */
const COUNTED_BEFORE = /\b(?:two|three|both(?:\s+the)?|several)\s+(?:(?!(?:of|under|between|with|within|in|on|for|to|by|at|from|into|over|after|before|the|a|an|this|that|its|their)\b)\S+\s+){0,3}$/i;

// "one on …, the other on …", "the first …, and the second …", "one on … and one on …", "one …, another …".
const EACH_ONE = String.raw`(?:(?:the\s+)?one\b[^;.]*?\b(?:and|,)\s+(?:the other|another|one)|the first\b[^;.]*?\b(?:and|,)\s+the second)\b[^;.]*`;
const EACH_ONE_AFTER = new RegExp(String.raw`[,:;]\s+${EACH_ONE}`, "i");
const EACH_ONE_NEXT = new RegExp(String.raw`^\s+${EACH_ONE}`, "i");

/**
 * "the two understandings that Turkey reached with the GNA, one drawing maritime boundaries and the other on military
 * cooperation": a list that closes the sentence, one item for each act, says what each is about. Its span, if the
 * sentence names no other agreement between the noun and the list.
 */
function eachOneAfter(text: string, nounEnd: number, sentenceEnd: number, nouns: readonly TermMatch[]): { start: number; end: number } | undefined {
  const rest = text.slice(nounEnd, sentenceEnd);
  const found = EACH_ONE_AFTER.exec(rest);
  if (!found) return undefined;
  const start = nounEnd + found.index;
  if (nouns.some((n) => n.start >= nounEnd && n.end <= start)) return undefined;
  return { start, end: start + found[0].length };
}

/**
 * "Ankara and Tripoli signed two memorandums. One set the maritime boundaries…, the other was to deepen military
 * cooperation": the sentence right after the agreements, when it goes through them one by one.
 */
function eachOneNext(text: string, nounEnd: number, sentenceEnd: number): { start: number; end: number } | undefined {
  // The agreements end their sentence ("of understanding" is part of the noun), or only their other side follows
  // ("Sarraj signed two agreements with Turkey. One let Turkey send troops…, and the other set out maritime borders").
  if (!/^(?:\s+(?:with|between)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*){0,3})?[^\p{L}\d]*$/u.test(text.slice(nounEnd, sentenceEnd).replace(/\bof understanding\b/i, ""))) return undefined;
  const found = EACH_ONE_NEXT.exec(text.slice(sentenceEnd, sentenceEnd + 400));
  return found ? { start: sentenceEnd + found.index, end: sentenceEnd + found.index + found[0].length } : undefined;
}

// "agreed with Qatar to…", "agreed, in principle, to buy…", "agreed on tripartite cooperation", "agreeing on three-way
// cooperation", "came to terms on maritime jurisdiction": what follows makes the verb an agreement reached. "agreed
// that…" reports an opinion; "agreed to disagree" nothing.
const AGREED = /^(?:agree(?:[sd]|ing)?|c[ao]mes? to terms|coming to terms|commit(?:s|ted)?\s+(?:themselves|itself))$/i;
/** After "agreed": to keep, apply or review what follows ("to keep the 2019 Mediterranean accord in place"). */
const KEEP_IT = /^\s+to\s+(?:(?:continue|keep)\s+(?:to\s+)?)?(?:keep|maintain|uphold|preserve|respect|abide by|implement|activate|honou?r|stick to|stand by|apply|enforce|review|revise|amend|update|extend|renew)\s+(?:the|this|that|their|its|both)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
/** When, said between "agreed" and what was agreed: "last August", "on Monday", "in 2020", "yesterday". */
const WHEN_AGREED = String.raw`(?:(?:last|this|earlier this|late last|early last)\s+(?:week|month|year|[A-Z][a-z]+)|yesterday|on\s+[A-Z][a-z]+day|in\s+(?:[A-Z][a-z]+\s+)?\d{4})\s+`;
const ALSO_BEFORE = /\balso\s+(?:(?:have|has|had)\s+)?$/i;
const AGREED_WITH = new RegExp(String.raw`^\s*(?:,?\s*(?:(?:earlier|later)\s+)?(?:during|at|in|after) [^,.;]{1,40},\s*)?(?:${WHEN_AGREED})?(?:,?\s*in principle\s*,?\s*)?(?:with|to|on|upon)\s+(?!disagree)`, "i");
const TERMS_ON = /^\s*(?:with\s+[^,.;]{1,60}?\s+)?(?:on|over|upon)\s/i;
// ("agreed on a firm condemnation of Turkish actions", "agreed on a common position": a stance shared, not an act.)
const SHARED_VIEW = /^\s+(?:,?\s*(?:during|at|in) [^,.;]{1,40},\s*)?(?:on|upon|about)\s+(?:(?:the|a|an|their)\s+)?(?:(?:firm|strong|joint|common|clear|unified|shared|united)\s+)?(?:need|importance|necessity|urgency|significance|value|condemnation|rejection|denunciation|position|stance|view|assessment|opposition)\b/i;
// After the noun: its own few words, then a verb of its own ("between Turkey and Libya was illegal").
const AGREED_CLAUSE_AFTER = /^(?:\s+(?:between|of|with|on)\s+[^,.;]{1,60}?)?\s+(?:was|is|were|are|had|has|would|will|could|should|must|did|does|remains?|violated?|violates|breach(?:es|ed)?|ignored?|ignores|lacks?|lacked)\b/iu;
const TALKS_ONLY = /^\s+(?:with\s+[^,.;]{1,50}?\s+)?to\s+(?:(?:speed up|accelerate|continue|resume|hold|start|begin|launch|intensify|step up|pursue|deepen)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|consultations|dialogue|contacts|meetings)\b|(?:keep|go on|carry on|continue)\s+(?:negotiating|talking|discussing|consulting)\b|(?:negotiate|discuss|consult)\b)/i;
// "Dendias had agreed, at the request of his office, to meet the president": to go, see or meet someone, not a pact.
const TO_MEET_ONLY = /^\s*(?:,\s*[^,.;]{1,50},)?\s+(?:with\s+[^,.;]{1,50}?\s+)?to\s+(?:meet|visit|travel|attend|receive|see|come|go|return|talk|speak|sit down|host|welcome|fly)\b/i;
// "Four drones are ones Turkey had already agreed to hand over": a promise to deliver goods, not an agreement between sides.
const TO_DELIVER_ONLY = /^\s+(?:with\s+[^,.;]{1,50}?\s+)?to\s+(?:hand over|deliver|sell|ship|supply)\b/i;
// So is a side agreeing to send troops ("Turkish authorities agree to send troops to help Libya"); but "it was also
// agreed to send military advisers" tells what the sides agreed between them.
const TO_SEND_ONLY = /^\s+to\s+(?:send|dispatch|deploy)\b/i;
const AGREED_BETWEEN_SIDES = /\b(?:was|were|been|is|be)\s+(?:also\s+)?$/i;
/** Right after a memorandum, what it allows: sending forces ("which allows military forces to be sent", "to deploy troops"). */
const SENDS_TROOPS_AFTER = /^\s*,?\s*(?:(?:which|that)\s+)?(?:allows?|allowing|authori[sz]es?|authori[sz]ing|permits?|permitting|enables?|enabling)\s+(?:[\p{L}-]+\s+){0,4}?(?:to\s+be\s+)?(?:sent|deployed|dispatched|send|deploy|dispatch|the\s+(?:deployment|dispatch|sending))\b|^\s+(?:to|on|for)\s+(?:send|sending|deploy|deploying|dispatch|dispatching|the\s+(?:deployment|dispatch|sending))\b/iu;
const NOT_DONE = /\b(?:not|never|failed to|fail to|refused to|refuse to|yet to|could not|cannot|can't|didn't|did not|have not|has not|haven't|hasn't|if|whether|would|might|may|try|tries|trying|tried|attempt|attempts|attempting|attempted|struggle|struggles|struggling|struggled)\s+(?:\w+\s+){0,2}$/i;

// "The two had signed…", "both signed": the number standing alone, as the subject of the act's verb, speaks of sides too.
const SIDES_SPOKEN_OF = /\b(the two|both|the three|all three)\s+(?:(?:governments|countries|sides|parties|states|nations|capitals|neighbours|neighbors|allies|administrations|men|leaders|ministers|officials|delegations|presidents)\b|(?=(?:had|have|also|then|later|jointly|signed|sealed|inked|agreed|concluded|reached|initialled|initialed)\b))/i;

// From a body to its leader named after it: "'s army of General", " led by Marshal", " headed by".
const LEADER_OF = /^["”’']?\s*(?:\(\w+\)\s*)?(?:of|led by|headed by|under|commanded by)\s+(?:(?:the\s+)?(?:general|gen\.|marshal|field marshal|commander|strongman|warlord|self-styled|self-proclaimed|renegade)\s+)*$/i;

/** "The two sides", "all three governments": the number of sides a sentence speaks of without naming them, or 0. */
function sidesSpokenOf(sentence: string): number {
  const m = SIDES_SPOKEN_OF.exec(sentence);
  return !m ? 0 : /three/i.test(m[1]!) ? 3 : 2;
}

/**
 * "Turkey, which made the accord public together with a deal on security": an act set beside another of its sentence,
 * made with it, has the sides that one was found to have, where it names fewer than two states of its own. Run once
 * every act has taken what it can from the acts before it and from its context.
 */
export function sidesOfActsMadeTogether(paragraphs: ReadonlyArray<{ id: string; acts: ActMention[] }>, stateOf: (id: EntityId) => EntityId): void {
  for (const p of paragraphs) {
    for (const act of p.acts) {
      if (new Set(partyBodies(act).map(stateOf)).size >= 2) continue;
      const madeWith = p.acts.find((a) => madeTogether(a, act));
      if (!madeWith) continue;
      const theirs = madeWith.roles.filter((r) => r.role === "party" && !act.roles.some((x) => x.role === "party" && x.stands_for === r.stands_for));
      if (!theirs.length) continue;
      for (const r of theirs) act.roles.push({ ...r, inPhrase: false, signer: false });
      if (!act.inherited.includes("parties")) act.inherited.push("parties");
      act.inheritedFrom = p.id;
    }
  }
}

/**
 * "The other deal", "the latter agreement": words that point at the act set beside another ("the second agreement" is a
 * fresh mention, not a reference).
 */
const SECOND_ONE = /\b(?:second|other|latter|last)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether `later` is set beside `act` in its sentence as made with it: "the accord … together with a deal on security". */
function madeTogether(act: ActMention, later: ActMention): boolean {
  return act !== later && act.sentence.start === later.sentence.start && act.comparedWith?.some((n) => n.start === later.noun.start) === true && TOGETHER_WITH.test(later.sentence.text.slice(0, later.noun.start - later.sentence.start));
}

/**
 * "The three sides agreed…", where no act before it named the sides: they are the bodies named just before, in the
 * paragraph's earlier sentences or else the paragraphs before (up to three), when those are exactly as many as the words say.
 */
export function sidesFromContext(paragraphs: ReadonlyArray<{ id: string; text: string; entities: readonly EntityMention[]; acts: ActMention[] }>, gazetteer: ReadonlyMap<EntityId, Entity>, stateOf: (id: EntityId) => EntityId): void {
  for (const [i, p] of paragraphs.entries()) {
    for (const act of p.acts) {
      if (!act.sidesNamedBefore || act.sidesOfTheirOwn || act.inherited.includes("parties") || new Set(partyBodies(act).map(stateOf)).size >= 2) continue;
      const named = (mentions: readonly EntityMention[]) => mentions.flatMap((m) => {
        const body = bodyOf(m, gazetteer);
        return body ? [{ m, body }] : [];
      });
      // The sentences before it in its paragraph, and, when they name too few sides, the paragraphs before.
      const here = named(p.entities.filter((m) => m.end <= act.sentence.start));
      // A body and its state are one side ("Turkey" and "Turkish Defence Minister Hulusi Akar"); the body speaks for it.
      // "Between the two countries": countries are their states or governments, not an armed force or its commander
      // named beside them ("to back the government in its confrontation with the LNA under Khalifa Haftar").
      const countries = /\b(?:countries|states|nations|capitals|neighbours|neighbors)$/i.test(SIDES_SPOKEN_OF.exec(act.sentence.text)?.[0] ?? "");
      const sidesOf = (list: ReturnType<typeof named>) => {
        const sides = new Map<EntityId, { m: EntityMention; body: EntityId }>();
        for (const x of list) {
          const kind = gazetteer.get(x.body)?.kind;
          if (countries && kind !== "state" && kind !== "government") continue;
          if (!sides.has(stateOf(x.body)) || kind !== "state") sides.set(stateOf(x.body), x);
        }
        return sides;
      };
      let sides = sidesOf(here);
      let where = p.id;
      // A wire's paragraphs may name one side each ("On the Libyan side, the talks were attended by…"): up to three back.
      let gathered = here;
      for (let k = i - 1; k >= Math.max(0, i - 3) && sides.size < act.sidesNamedBefore; k -= 1) {
        gathered = [...named(paragraphs[k]!.entities), ...gathered];
        [sides, where] = [sidesOf(gathered), paragraphs[k]!.id];
      }
      if (sides.size !== act.sidesNamedBefore) continue;
      // They are the act's own sides, as the words say: a further state among them is at the table.
      for (const { m, body } of sides.values()) if (!act.roles.some((r) => r.role === "party" && r.stands_for === body)) act.roles.push({ mention: m, stands_for: body, role: "party", inPhrase: false, core: true, signer: false });
      act.inherited.push("parties");
      act.inheritedFrom = where;
      act.sidesCounted = true;
    }
  }
}

// "One of them, on military cooperation, …", "The other covers maritime boundaries", "The second lets Turkey claim
// areas of the Mediterranean": a sentence that opens by picking one of the acts the sentence before named together,
// and says what it is about.
const ONE_OF_THEM = /^\W*((?:One|The first|The second|The other|Another)(?: one)?(?: of (?:them|these|those|the (?:two|three) \w+))?)\s*,?\s*(?:(?:is|was)\s+)?(?:on|covering|covers|concerning|concerns|about|dealing with|deals with|relating to|relates to|(?!(?:is|was|has|does|this|thus)\b)[a-z]{2,}s)\s/;

/** Acts named by "one of them" with what it is about, right after a sentence that names several acts together. */
function oneOfThem(input: ActText, held: BySentence, lexicon: Lexicon, gazetteer: ReadonlyMap<EntityId, Entity>, nounActs: readonly ActMention[]): ActMention[] {
  const { text, sentences } = input;
  const out: ActMention[] = [];
  const named = new Set(nounActs.map((a) => a.sentence.start));
  const namedSeveral = new Set(nounActs.filter((a) => a.several).map((a) => a.sentence.start));
  // "The first deals with military cooperation. The second lets Turkey claim…": each picks one of the same acts.
  const picked = new Set<number>();
  for (const [i, sentence] of sentences.entries()) {
    const m = ONE_OF_THEM.exec(sentence.text);
    const previous = sentences[i - 1];
    if (!m || !previous || named.has(sentence.start) || !(namedSeveral.has(previous.start) || picked.has(previous.start))) continue;
    const local = held.lexical(sentence);
    const start = sentence.start + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    // What it is about runs to the end of its phrase: "on military cooperation," or "covers maritime boundaries."
    const from = sentence.start + m[0].length;
    const to = from + (/[,;.]/.exec(text.slice(from, sentence.end))?.index ?? sentence.end - from);
    const inPhrase = (a: number, b: number) => a >= from && b <= to;
    const subjects = local.subjects.filter((x) => inPhrase(x.start, x.end)).map((x) => ({ subject: lexicon.subjectOf(x.term), start: x.start, end: x.end }));
    if (!subjects.length) continue;
    picked.add(sentence.start);
    // "The first covers security and military cooperation, the second the sea boundaries in the eastern Mediterranean":
    // the next pick in the same sentence, its verb left out, says what the other act is about.
    const next = NEXT_PICK.exec(text.slice(to, sentence.end));
    const nextStart = next ? to + next.index + next[0].length - next[1]!.length : sentence.end;
    const nextEnd = next ? nextStart + next[1]!.length : sentence.end;
    const nextTo = nextEnd + (/[,;.]/.exec(text.slice(nextEnd, sentence.end))?.index ?? sentence.end - nextEnd);
    const nextSubjects = next ? local.subjects.filter((x) => x.start >= nextEnd && x.end <= nextTo).map((x) => ({ subject: lexicon.subjectOf(x.term), start: x.start, end: x.end })) : [];
    const twoPicks = nextSubjects.length > 0 && nextSubjects[0]!.subject !== subjects[0]!.subject;
    // (Each pick's phrase says what its own act is about, not what the sentence says of the other.)
    const picks = (a: number, b: number) => (a >= from && b <= to) || (twoPicks && a >= nextEnd && b <= nextTo);
    const pick = (words: { start: number; end: number }, phrase: { from: number; to: number }, about: ActMention["subjects"]): ActMention => {
      const inItsPhrase = (a: number, b: number) => a >= phrase.from && b <= phrase.to;
      return {
        sentence,
        noun: { text: text.slice(words.start, words.end), ...words },
        several: false,
        refers: "back",
        subjects: about,
        primary: about[0]!.subject,
        sentenceSubjects: [...new Set(local.subjects.filter((x) => !picks(x.start, x.end)).map((x) => lexicon.subjectOf(x.term)))],
        roles: roles(text, sentence, held.entities.get(sentence)!, local, { ...words, term: text.slice(words.start, words.end) }, undefined, lexicon, gazetteer, inItsPhrase),
        dates: [],
        places: [],
        inherited: [],
        sidesNamedBefore: 0,
      };
    };
    out.push(pick({ start, end }, { from, to }, subjects));
    if (twoPicks) out.push(pick({ start: nextStart, end: nextEnd }, { from: nextEnd, to: nextTo }, nextSubjects));
  }
  return out;
}

// ", the second …", "; and the other …", ", while the other …": the next pick, right after the first's phrase.
const NEXT_PICK = /^[,;]\s*(?:and\s+|while\s+|whereas\s+)?((?:the second|the other|another)(?: one)?)\b/i;

/** Acts reported by "agreed" alone, in sentences that name no agreement (those are read from their noun). */
function agreedActs(input: ActText, held: BySentence, lexicon: Lexicon, gazetteer: ReadonlyMap<EntityId, Entity>, nounActs: readonly ActMention[]): ActMention[] {
  const { text, lexical } = input;
  const out: ActMention[] = [];
  // One act per sentence, and none where a noun already names one, but for a noun past what was agreed ("…, building
  // on the security memorandum Turkey signed last year").
  const taken = new Set<number>();
  for (const v of lexical.acts) {
    if (!AGREED.test(text.slice(v.start, v.end))) continue;
    const sentence = held.sentenceOf(v);
    if (!sentence || taken.has(sentence.start)) continue;
    const local = held.lexical(sentence);
    // "came to terms with the loss" is acceptance: terms come to on something, or with a side on something.
    const terms = /terms$/i.test(text.slice(v.start, v.end));
    if (!(terms ? TERMS_ON : AGREED_WITH).test(text.slice(v.end, sentence.end)) || NOT_DONE.test(text.slice(Math.max(sentence.start, v.start - 30), v.start))) continue;
    // "The two sides agreed on the need to join efforts": a shared view, not an act; nor is agreeing only to go on
    // talking ("agreed with Shoukry to speed up the talks between teams of experts", "agreed to keep negotiating").
    if (SHARED_VIEW.test(text.slice(v.end, sentence.end)) || TALKS_ONLY.test(text.slice(v.end, sentence.end)) || TO_MEET_ONLY.test(text.slice(v.end, sentence.end)) || TO_DELIVER_ONLY.test(text.slice(v.end, sentence.end))) continue;
    if (TO_SEND_ONLY.test(text.slice(v.end, sentence.end)) && !AGREED_BETWEEN_SIDES.test(text.slice(Math.max(sentence.start, v.start - 20), v.start))) continue;
    if (/\?["”’)]?\s*$/.test(sentence.text) || FUTURE.test(text.slice(Math.max(sentence.start, v.start - 40), v.start))) continue;
    // What was agreed is the rest of the clause: "to strengthen military cooperation, to provide places for training…".
    const clauseEnd = v.end + (/[;.!?]|,\s+(?:according|said|says|added|while|but|although|which|who|building on|following|in the wake of|as part of|in line with|in addition to|alongside)\b/i.exec(text.slice(v.end, sentence.end))?.index ?? sentence.end - v.end);
    if (nounActs.some((a) => a.sentence.start === sentence.start && a.noun.start < clauseEnd)) continue;
    const inPhrase = (start: number, end: number) => start >= v.end && end <= clauseEnd;
    const subjects = local.subjects.filter((m) => inPhrase(m.start, m.end)).map((m) => ({ subject: lexicon.subjectOf(m.term), start: m.start, end: m.end }));
    const sentenceSubjects = [...new Set(local.subjects.filter((m) => !inPhrase(m.start, m.end)).map((m) => lexicon.subjectOf(m.term)))];
    // "The two sides also agreed to grant…": one more thing an agreement named before holds, which says nothing of
    // whether it was signed or only announced.
    const provision = ALSO_BEFORE.test(text.slice(Math.max(sentence.start, v.start - 20), v.start));
    // "… no legal ground on which they could lawfully agree on a delimitation": an agreeing only supposed was not done.
    const supposed = VERB_UNDONE.test(text.slice(Math.max(sentence.start, v.start - 40), v.start));
    const verb = { text: text.slice(v.start, v.end), start: v.start, end: v.end, status: lexicon.statusOf(v.term), done: !provision && !supposed };
    const span = { start: v.start, end: v.end, term: v.term };
    taken.add(sentence.start);
    out.push({
      sentence,
      noun: { text: verb.text, start: v.start, end: v.end },
      several: false,
      verbOnly: true,
      refers: "none",
      verb,
      subjects,
      ...(subjects[0] ? { primary: subjects[0].subject } : {}),
      sentenceSubjects,
      // Names inside what was agreed ("to have LNA units trained by Turkey") are not its sides; names before the verb
      // and in its "with" are.
      roles: roles(text, sentence, held.entities.get(sentence)!, local, span, verb, lexicon, gazetteer, () => false),
      dates: [],
      places: places(text, sentence, held.entities.get(sentence)!, held.entitiesBefore, gazetteer, v.start, false),
      inherited: [],
      sidesNamedBefore: sidesSpokenOf(sentence.text),
    });
  }
  return out;
}

/**
 * "It also covers…", "They also provide for…": a pronoun that goes on telling what the act just named holds. So does
 * one that says what it was about: "It was about the Mediterranean Sea", "It concerned the sea border".
 */
const PRONOUN_ALSO_HOLDS = /^\s*(?:It|They)\s+(?:also\s+(?:covers?|includes?|provides?\s+for|foresees?|envisages?|envisions?|deals?\s+with|extends?\s+to)|(?:(?:is|was|are|were)\s+(?:chiefly\s+|mainly\s+|mostly\s+|largely\s+)?(?:about|on)|concerns?|concerned|covers|covered|dealt\s+with|deals?\s+with|relates?\s+to|related\s+to)\s+(?:the|a|an|how|where|who|which|what|\p{Ll})|(?:deals?|dealt)\s+with)\b/u;

/**
 * "The agreement was concluded by Erdogan and Serraj. It also covers training for soldiers.": a sentence whose pronoun
 * continues the act named in the sentence before, and names what more that act is about, is a mention of it.
 */
function pronounContinuations(input: ActText, held: BySentence, lexicon: Lexicon, acts: readonly ActMention[]): ActMention[] {
  const out: ActMention[] = [];
  for (const [i, sentence] of input.sentences.entries()) {
    const opening = PRONOUN_ALSO_HOLDS.exec(sentence.text);
    const previous = input.sentences[i - 1];
    if (!opening || !previous || acts.some((a) => a.sentence === sentence) || !acts.some((a) => a.sentence === previous)) continue;
    const after = sentence.start + opening[0].length;
    const subjects = held.lexical(sentence).subjects.filter((m) => m.start >= after && m.end <= sentence.end).map((m) => ({ subject: lexicon.subjectOf(m.term), start: m.start, end: m.end }));
    if (!subjects.length) continue;
    const pronoun = /\S+/.exec(sentence.text)!;
    const start = sentence.start + pronoun.index;
    out.push({ sentence, noun: { text: pronoun[0], start, end: start + pronoun[0].length }, several: false, refers: "back", subjects, primary: subjects[0]!.subject, sentenceSubjects: [], roles: [], dates: [], places: [], inherited: [], sidesNamedBefore: 0 });
  }
  return out;
}

/** Where the noun phrase before a noun starts: after its determiner, or the sentence's start, at most eight words back. */
function phraseBefore(text: string, sentenceStart: number, nounStart: number, acts: readonly TermMatch[]): number {
  // 'The "Security and Military Cooperation" and "Delimitation of Maritime Jurisdiction Areas" agreements': titles in
  // quotes right before the noun name it, and are part of its words.
  const titles = QUOTED_TITLES_BEFORE.exec(text.slice(sentenceStart, nounStart));
  const upTo = titles ? sentenceStart + titles.index : nounStart;
  // A dash between two words with no space is part of the compound ("the Cairo–Greece agreement"); with spaces it is an aside.
  const words = [...text.slice(sentenceStart, upTo).matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]|–(?=[\p{L}\p{N}]))*|[,;:()"“”—–]/gu)];
  let start = upTo;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 8; i -= 1, n += 1) {
    const w = words[i]!;
    const at = sentenceStart + w.index!;
    const word = w[0].toLowerCase().replace(/['’]s$/, "");
    if (/^[,;:()"“”—–]$/.test(w[0]) || DETERMINERS.has(word) || STOP_WORDS.test(word)) break;
    // "a maritime border agreement and other accords": what the first noun is about is not what the others are.
    if ((word === "other" || word === "further") && /^(?:and|or)$/i.test(words[i - 1]?.[0] ?? "")) break;
    // An act word opens the phrase only as an adjective after a determiner ("the signed memorandum"); otherwise it is the verb ("signed memoranda on …").
    // After an auxiliary, "earlier" or "first" is an adverb and the act word the verb: "it had earlier signed two agreements".
    const previous = words[i - 1]?.[0].toLowerCase();
    const adverb = previous !== undefined && AUXILIARY.test(words[i - 2]?.[0] ?? "");
    if (acts.some((a) => a.start <= at && a.end > at) && !(previous && DETERMINERS.has(previous) && !adverb)) break;
    start = at;
  }
  return start;
}

/** One to three capitalised titles in quotes, joined by "and" or commas (each may have its own "the"), that end right before a noun. */
const QUOTED_TITLES_BEFORE = /(?:[“"]\p{Lu}[^"“”]{2,80}[”"]\s*(?:(?:,|and|&)\s*(?:the\s+)?)?\s*){1,3}$/u;

// Words that may stand in the name of one of the catalogue's kind of acts without making it another's.
const NAME_WORDS = /^(?:the|a|an|both|this|that|these|those|its|their|his|her|our|two|three|all|such|any|each|another|other|tripartite|trilateral|bilateral|three-way|framework|comprehensive|cooperation|co-operation|understanding|preliminary|joint|strategic|new|historic|landmark|controversial|so-called|mutual|partnership|training|technical|memorandum|memoranda|mou|delimitation|demarcation|jurisdiction|boundary|boundaries|border|borders|zones?|areas?|sea|exclusive|economic|eez|military|security|defen[cs]e|maritime|naval|agreement|accord|deal|pact|protocol|treaty|sides?|parties)$/i;

const TITLE_CASE_SMALL = /^(?:with|from|into|over|that|this|than|upon|amid|after|about|under|between|against|during|before|since|while|among|without|through|across|despite|onto|towards?)$/;

/**
 * "The Skhirat Agreement", "the Libyan Political Agreement": capitalised words right before a capitalised noun, in a
 * sentence not set in title case, that are not its sides, its subject or words any such act's name may hold, name it
 * as another act. Places among them are kept apart: an agreement may be named for where it was made.
 */
function properName(text: string, sentence: Sentence, noun: TermMatch, inSentence: readonly EntityMention[], subjects: readonly TermMatch[], gazetteer: ReadonlyMap<EntityId, Entity>): { name: NonNullable<ActMention["name"]> } | Record<string, never> {
  if (!/^\p{Lu}/u.test(text.slice(noun.start, noun.end))) return {};
  const run = /((?:\p{Lu}[\p{L}'’-]*\s){1,4})$/u.exec(text.slice(Math.max(sentence.start, noun.start - 80), noun.start));
  if (!run) return {};
  const start = noun.start - run[1]!.length;
  // A headline in title case ("Turkey Signs Deal with Libya") capitalises every word but the small ones.
  const lowerWords = sentence.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]{3,}/gu) ?? [];
  if (!lowerWords.some((w) => !TITLE_CASE_SMALL.test(w))) return {};
  const foreign: string[] = [];
  const places: EntityId[] = [];
  // Each part of a hyphened word on its own: "Turkey-Libya" is two sides.
  for (const w of run[1]!.matchAll(/[^\s-]+/g)) {
    const at = start + w.index!;
    const end = at + w[0].length;
    const entity = inSentence.find((m) => m.start <= at && end <= m.end);
    // A side, or a capital that stands for one ("the Ankara-Tripoli Agreement"), is no other name.
    const body = entity && gazetteer.get(entity.entity);
    if (body && (body.kind !== "place" || body.stands_for)) continue;
    if (subjects.some((m) => m.start <= at && end <= m.end) || NAME_WORDS.test(w[0].replace(/['’]s$/, ""))) continue;
    foreign.push(w[0]);
    if (entity) places.push(entity.entity);
  }
  return foreign.length ? { name: { text: text.slice(start, noun.end), start, end: noun.end, foreign, places } } : {};
}

/**
 * Where the words after a noun that say what it is about end ("on military cooperation", "between Ankara and Tripoli",
 * "that guaranteed military help and divided up economic zones"); the noun's end when there are none. `content` is
 * where a relative clause that describes the agreement by what it does starts.
 */
function complementAfter(text: string, nounEnd: number, sentenceEnd: number): { end: number; content?: number; skip?: { start: number; end: number } } {
  const rest = text.slice(nounEnd, sentenceEnd);
  // "The agreement sealed last year by Erdogan and Sarraj, which guarantees…": the participle's words come first.
  const participle = (PARTICIPLE_BEFORE_CONTENT.exec(rest) ?? PASSIVE_BEFORE_ONE.exec(rest))?.[0].length ?? 0;
  const clause = CONTENT_CLAUSE.exec(rest.slice(participle)) ?? (participle ? ONES_THAT.exec(rest.slice(participle)) : null);
  if (clause) {
    // The clause may say two things it does ("… and divided up …"): only its clause's end, a "with" or "against", or a comma before an infinitive ends it.
    const lead = participle + clause[0].length;
    return { end: nounEnd + lead + contentLength(rest.slice(lead)), content: nounEnd + participle + clause.index + clause[0].search(/\b(?:that|which)\b/) };
  }
  // "The agreement concerns military cooperation and…": the noun is the subject of a verb that says what it holds.
  const holds = HOLDS_PREDICATE.exec(rest);
  if (holds) return { end: nounEnd + holds[0].length + contentLength(rest.slice(holds[0].length)), content: nounEnd + holds[0].search(/\S/) };
  // "an agreement of military cooperation", "a pact of maritime demarcation": a few lower-case words after "of" say what it is about.
  // "An accord of maritime delimitation and one of cooperation in security": a second act named by "one" after it.
  const topic = TOPIC_OF.exec(rest);
  if (topic) return { end: nounEnd + topic[0].length + (ANOTHER_ONE.exec(rest.slice(topic[0].length))?.[0].length ?? 0) };
  if (!COMPLEMENT.test(rest)) return { end: nounEnd };
  const lead = COMPLEMENT.exec(rest)![0].length;
  // "two MoUs with the GNA, an interim and unelected government recognised by the UN, on defence and on gas drilling":
  // an appositive that describes a side, followed by what the acts are about, is read past (its words are no part of the act's).
  const found = APPOSITIVE_THEN_TOPIC.exec(rest.slice(lead));
  const appositive = found && !/[,;.]/.test(rest.slice(lead, lead + found.index)) ? found : undefined;
  const body = appositive ? rest.slice(lead, lead + appositive.index) + " ".repeat(appositive[1]!.length) + rest.slice(lead + appositive.index + appositive[1]!.length) : rest.slice(lead);
  // A second "with" opens a phrase of its own: "an agreement with Turkey, its ally in the conflict with Haftar"; so
  // does an infinitive after a comma, which says what something is for ("the memorandum with Turkey, to uncover…").
  // So does a relative clause with a subject of its own after a preposition: "… maritime influence to which Egypt objected".
  // (What it is on goes on past ", as well as on": "a deal on security and military cooperation, as well as on maritime
  // jurisdiction" is about both.)
  const end = COMPLEMENT_END.exec(body.replace(/,(\s+as well as\s+(?:on|over|for|in)\s)/gi, " $1"));
  const capped = appositive ? /^(?:\s*\S+){0,25}/.exec(body)![0].length : body.split(/\s+/).slice(0, 25).join(" ").length;
  const skip = appositive ? { start: nounEnd + lead + appositive.index, end: nounEnd + lead + appositive.index + appositive[1]!.length } : undefined;
  const stop = Math.min(end ? end.index : body.length, capped);
  // "an agreement on maritime boundaries that may further complicate Ankara's quarrels", "the agreement with the GNA,
  // which also provides for military co-operation": what it does, after what it is on or whom it is with.
  const inner = CONTENT_INSIDE.exec(body);
  if (!inner || inner.index > stop) return { end: nounEnd + lead + stop, ...(skip ? { skip } : {}) };
  const content = nounEnd + lead + inner.index + inner[0].search(/\b(?:that|which)\b/);
  const after = inner.index + inner[0].length;
  return { end: nounEnd + lead + Math.max(stop, after + contentLength(body.slice(after))), ...(skip ? { skip } : {}), content };
}

/**
 * How far what a relative clause says the agreement does runs: it may say two things ("… and divided up …"); only its
 * clause's end, a "with" or "against", or a comma before an infinitive ends it, and 25 words at most. A last object
 * added with ", as well as" ("that covered the maritime border…, as well as a formula for security cooperation") is
 * one more thing it does, with a dozen words of its own.
 */
function contentLength(tail: string): number {
  const end = CONTENT_END.exec(tail);
  const stop = end ? end.index : tail.length;
  const added = ALSO_OBJECT.exec(tail.slice(0, stop));
  const from = added ? added.index + added[0].length : 0;
  return Math.min(stop, from + wordsSpan(tail.slice(from), added ? 12 : 25));
}

/** The length of the first `count` words of a text, from its start. */
function wordsSpan(text: string, count: number): number {
  return text.split(/\s+/).slice(0, count).join(" ").length;
}

/** ", as well as a formula for…": one more object of the clause's verb, not another agreement ("…, as well as a memorandum on…"). */
const ALSO_OBJECT = /,\s+as well as\s+(?!(?:[A-Za-z'’-]+\s+){0,3}(?:agreements?|deals?|memorand\w*|MoUs?|pacts?|accords?|protocols?|treat(?:y|ies))\b)/i;

/** A relative clause that says what the agreement does, inside the words after it. */
const CONTENT_INSIDE = new RegExp(String.raw`[\s,]` + CONTENT_CLAUSE.source.slice(1), CONTENT_CLAUSE.flags);

/** A verb right after the noun, its subject, that says what the agreement holds: "concerns", "covers", "rested on", "is about". */
const HOLDS_PREDICATE = /^\s+(?:(?:also|mainly|chiefly|primarily|largely|essentially|mostly)\s+)?(?:concern(?:s|ed)|cover(?:s|ed)|deal(?:s|t) with|provide(?:s|d) for|include(?:s|d)|rest(?:s|ed) on|focus(?:es|ed|ses|sed) on|cent(?:re|er)(?:s|d|ed) on|(?:is|was) about|envisage(?:s|d)|foresee(?:s)?|foresaw|regulate(?:s|d)|govern(?:s|ed)|relate(?:s|d) to|address(?:es|ed)|comprise(?:s|d)|consist(?:s|ed) of)\b(?!\s+by\b)/i;

/**
 * The first subject named after the noun, or the last of the words that run on from it with nothing between: in
 * "deals on maritime energy explorations" the explorations are of energy, and "maritime" only says where.
 */
function headOfFirstRun<T extends { start: number; end: number }>(text: string, subjects: readonly T[]): T | undefined {
  const ordered = [...subjects].sort((a, b) => a.start - b.start);
  let head = ordered[0];
  for (const s of ordered.slice(1)) if (head && s.start >= head.end && /^[\s-]*$/.test(text.slice(head.end, s.start))) head = s;
  return head;
}

/** Between a noun and its verb, a relative clause's pronoun subject: "(that) it", "which they had". */
const PRONOUN_RELATIVE = /^\s+(?:(?:that|which)\s+)?(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?$/i;

/** Between a noun (and what it is on) and its verb, a passive relative clause: "(on military cooperation) that had been". */
const PASSIVE_RELATIVE = /^\s+(?:(?:on|over|for|about|regarding)\s+(?:[\p{L}-]+\s+){1,5})?(?:that|which)\s+(?:(?:had|has|have)\s+been|was|were)\s+(?:\w+ly\s+)?$/iu;

/** A participle (or a relative clause with one: "which the GNA signed with Turkey in 2019") with its own words right after the noun, up to the comma before "which" or "that". */
const PARTICIPLE_BEFORE_CONTENT = /^\s+(?:(?:which|that)\s+(?:[\p{L}()'’-]+\s+){1,8}?)?(?:signed|sealed|concluded|reached|inked|agreed|struck|clinched|finali[sz]ed|stipulated)\b[^;.,]{0,100}(?=,\s*(?:(?:(?:the ones|those|one)\s+)?(?:that|which)|one\s+(?:under|by|through)\s+which)\s)/iu;
/** The noun's own passive verb, up to an apposition that says what the act holds: "had been signed with Libya, one under which…". */
const PASSIVE_BEFORE_ONE = /^\s+(?:had|has|have|was|were|is|are)\s+(?:been\s+)?(?:signed|sealed|concluded|reached|inked|agreed|struck|clinched|finali[sz]ed)\b[^;.,]{0,100}(?=,\s*one\s+(?:that|which|(?:under|by|through)\s+which)\s)/i;
// "…, the ones that allow a joint defence committee", "…, one under which exploration could start": an apposition
// after the act's own relative clause or verb says what it holds.
const ONES_THAT = /^\s*,\s*(?:(?:the ones|those|one)\s+(?:that|which)\s+(?:also\s+)?(?!(?:be|been|have|had|are|were|not)\b)[a-z]+\b|one\s+(?:under|by|through)\s+which\s+(?:[a-z-]+\s+){1,4}?(?:(?:would|will|may|might|could|can|should|must)\s+[a-z]+|[a-z]+(?:ed|es|s))\b)/;

// ", and one on security": a second act, named by "one" or "another" and what it is on, right after the first's words.
const ANOTHER_ONE = /^,?\s+and\s+(?:one|another)\s+(?:of|on|for|in|about|over|concerning)\s+[^,;.:]{1,50}/i;

const TOPIC_WORD = String.raw`(?!(?:the|its|their|this|that|these|those|his|her|a|an|understanding|which|who|whose|where|when|and|or|but|with|between|in|on|for|to|by|at)\b)[a-z][a-z-]*`;
const TOPIC_OF = new RegExp(String.raw`^\s+of\s+${TOPIC_WORD}(?:\s+${TOPIC_WORD}){0,3}`);

// ", an interim government recognised by the UN, on defence": a comma, a described side, a comma, then a topic.
/** A comma that opens a clause of its own, its subject a noun phrase and its verb finite: ", a Greek answer was bound to come". */
// So does a name for a subject after a fronted phrase: "Since the two accords between Tripoli and Ankara, Athens has…".
const NEW_CLAUSE = /,\s+(?:(?:an?|the|this|that|these|those|its|their|his|her)\s+(?:[A-Za-z-]+\s+){1,3}|[A-Z][A-Za-z'’-]+\s+(?:[A-Z][A-Za-z'’-]+\s+){0,2})(?:was|were|is|are|has|have|had|will|would|could|can|must|may|might|should)\b/;
// So is a person's name set off by commas: "with the head of the Presidential Council, Fayez al-Sarraj, concerning …",
// and an appositive before "one on …": "with Fayez al-Sarraj, head of the Presidential Council …, one on security and
// the other on …".
const APPOSITIVE_THEN_TOPIC = /(,\s+(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|head of|chief of|leader of|chairman of|president of)\s+[^,;.()]{3,90}|\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}|(?:al|el|as|ad|bin|ibn)-)[\p{L}'’.-]*){0,3}),)\s+(?:(?:one|the first)\s+)?(?:on|for|over|regarding|concerning|covering|about|in the fields? of)\s/u;

/**
 * Where the words after an agreement that say what it is on or with whom end (see complementAfter); among them a clause
 * of its own whose pronoun subject comes after a short phrase (", and on the basis of the first it sent officers").
 */
// "The accord signed between Turkey and the GNA is a violation of international law, and Ankara's plan to send troops
// …": the noun's own verb, a copula, ends what it is on or with; what follows is said of it, or of something else.
const COPULA_AFTER_SIDES = /\s(?:is|are|was|were|has been|have been)\s+(?:(?:also|still|now|not)\s+)?(?:a|an|the|illegal|invalid|void|null|unlawful|legal|valid|binding)\b/;
// "Reactions to the MoUs between the GNA and Turkey keep mounting, above all …", "… remains valid": a verb of going on
// ends it too.
const GOES_ON_AFTER_SIDES = /\s(?:keep|keeps|kept|continue|continues|continued|remain|remains|remained)\s/;
// 'The memorandum on maritime borders that Turkey and Tripoli signed "is a threat", the Greek spokesman said': a
// quotation closed by a comma and followed by its speaker ends it, and the speaker is no side. (A quoted title is no
// such quotation: 'In the treaty on the "delimitation of spheres of influence", …, Ankara and Tripoli fix…'.)
const COMPLEMENT_END = new RegExp(`${CLAUSE_END.source}|${NEW_CLAUSE.source}|${SECOND_VERB.source}|${COPULA_AFTER_SIDES.source}|${GOES_ON_AFTER_SIDES.source}|\\b(?:with|against)\\b|,\\s+(?:in order\\s+)?to\\s+(?!be\\b)\\w+|\\s(?:to|by|of|under|against|over)\\s+which\\b|,\\s+and\\s+(?:[\\w-]+\\s+){1,7}?(?:it|they|he|she|we)\\s|["”»]\\s*,\\s+(?:the\\s+)?(?:[\\w.’'-]+\\s+){1,6}(?:said|says|told|tells|added|stated|declared|noted|stressed|insisted|warned|argued)\\b`, "i");
/** Where the words of a relative clause that says what the agreement does end (see contentLength). */
const CONTENT_END = new RegExp(`(?!${ALSO_OBJECT.source})(?:${CLAUSE_END.source})|${NEW_CLAUSE.source}|\\b(?:with|against)\\b|,\\s+(?:in order\\s+)?to\\s+\\w+`, "i");

const PARTICIPLE_DATED = /^\s+(?:[\w-]+\s+){0,4}?(?:on|in|last|early|late|at the end of)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;

/** What puts an act named as a noun in the past: a past or perfect verb, "after"/"since"/"following" it, or a year or day. */
const PAST_MARK = /\b(?:was|were|had|has been|have been|gave|granted|completed|took place|came|followed|after|since|following|last (?:week|month|year)|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\d\d)\b/i;

// "at the expense of (both) Greece and": the loser by what the act does, named just before.
const AT_EXPENSE_OF = /\b(?:at the expense of|to the detriment of|in violation of the rights of)\s+(?:both\s+)?(?:(?:the\s+)?[\p{L}'’-]+(?:\s+and\s+|,\s*)){0,3}(?:the\s+)?$/iu;
// "… takes no account of the territorial waters around … Cyprus", "ignores the rights of Greece": whose rights it sets aside.
// "… to grab Greek maritime space", "usurps Cyprus's rights": whose it takes.
const DISREGARDS = /\b(?:(?:takes?|took|taking) no account of|(?:ignores|ignored|ignoring|disregards|disregarded|disregarding|overlooks|overlooked|grab|grabs|grabbed|grabbing|usurp|usurps|usurped|usurping|seize|seizes|seized|seizing|encroach(?:es|ed|ing)? (?:on|upon)))\s+[^,;.]{0,70}$/i;
// "Rome, too, supports", "Ankara backs": a name followed by a verb of backing a side.
/**
 * "Turkey, which also backs the GNA, …", "Qatar and Turkey are the GNA's main foreign backers", "the Tripoli government
 * that Rome, too, supports": a name its own sentence makes a backer of another side, there and wherever else the
 * paragraph is read for sides.
 */
export function namedAsBacker(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end, m.end + 120);
  return BACKS_AFTER.test(after) || /^\s*[-–]\s*backed\b/i.test(after) || /^,?\s+(?:which|that|who)\s+(?:also\s+|too\s+)?(?:has\s+)?(?:backs|backed|supports|supported|arms|armed|sponsors)\b/i.test(after) || BACKERS_PREDICATE.test(after);
}

// " and Turkey are the GNA's main foreign backers", " is also a key ally of the GNA".
const BACKERS_PREDICATE = /^(?:\s*(?:,|and)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})*\s+(?:are|is|remain|remains|were|was)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+|one of the\s+|among the\s+)?(?:\p{L}[\p{L}'’-]*['’]s\s+)?(?:(?:main|chief|key|principal|foreign|military|staunch|closest|biggest|leading|regional|international|only|two)\s+)*(?:backers?|allies|ally|supporters?|patrons?|sponsors?)\b/u;

// "with his counterparts in Greece and Cyprus", "with her Greek counterpart": a person's counterparts, right after the verb.
const HIS_COUNTERPARTS = /^\s+(?:\w+\s+)?with\s+(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}counterparts?\b[^.;]*$/iu;

// "… against the eastern-based Libyan National Army (LNA)": up to four words between "against" and the name, or its
// abbreviation in brackets after them; or the forces its leader commands ("against the forces of eastern Libya under
// Khalifa Haftar").
const AGAINST_NAME = /\bagainst\s+(?:(?:[\p{L}'’-]+\s+){0,4}|(?:the\s+)?(?:forces|troops|militias?|army|fighters|men)\s+(?:[\p{L}'’-]+\s+){0,4}(?:under|led by|loyal to|of)\s+)\(?$/iu;
// The opening words of a sentence that does not start with its subject: "As part of its cooperation with …", "Amid …"
// (a relative clause within them too: "Within its cooperation with Libya, which borders Tunisia, …").
const FRONTED_PHRASE = /^\s*(?:as part of|amid|within|widening|deepening|expanding|strengthening|broadening|despite|beyond|alongside|besides|on top of|in (?:addition to|line with|the framework of|the context of))\b[^,;:]*(?:,\s+(?:which|that|whose|where)\b[^,;:]*)?$/i;
// ", which backs the GNA led by …, ": a relative clause of backing right after a name, closed before the verb; and
// its verb.
const BACKING_VERB = /\b(?:backs|backed|supports|supported|arms|armed|sponsors)\b/i;
const BACKS_IN_ASIDE = /^,\s+(?:which|who)\s+(?:also\s+|has\s+)?(?:backs|backed|supports|supported|arms|armed|sponsors)\b[^;.]*,\s*$/i;
// After a name: its backing of a side, then "and" and the act's verb with the same subject (" backs Libya's
// internationally recognised government and has ").
const BACKS_THEN_SIGNS = /^\s+(?:also\s+)?(?:backs|backed|supports|supported|arms|armed|sponsors)\s[^,;.:]{1,80}?\s+and\s+(?:(?:has|have|had)\s+)?(?:also\s+|since\s+|already\s+|recently\s+)?$/i;
// Right before a name: "… and its key ally ", "and their backer ": the name is a side's ally, set beside it.
const ALLY_BESIDE = /\S\s+and\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:ally|allies|backer|backers|patron)\s+$/iu;
const BACKS_AFTER = /^(?:\s*,\s*(?:too|also)\s*,)?\s+(?:also\s+|too\s+)?(?:supports|backs|backed|supported|arms|armed|sponsors|sponsored|props up|propped up)\b/i;
// "coveted by Greece", "claimed by other countries, Greece in particular": who wants what the act is about.
const CLAIMED_BY = /\b(?:coveted|claimed|disputed|sought|eyed|prized)\s+by\b[^.;:]{0,40}$/i;

/**
 * After a name: it claims what the act touches ("… that Greece and Cyprus regard as theirs", "which Athens considers
 * its own"). Only a claim of ownership: "the memorandum, which Ankara and Tripoli consider valid" names its makers.
 */
const CLAIMS_AFTER = /^(?:\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?\s+(?:regard|regards|regarded|consider|considers|considered|claim|claims|claimed|see|sees|view|views|deem|deems)\s+(?:as\s+)?(?:theirs|its own|their own|part of|belonging to|their territory|its territory)\b/u;

/**
 * "… waters that Egypt and Greece, Turkey's old rival, also claim": a name that is the subject of "claim" in a relative
 * clause whose object is what the act touches. Before the name, the relative pronoun (and the list's earlier names);
 * after it, the list's later names, an aside, and the verb closing its clause.
 */
const CLAIM_CLAUSE_BEFORE = /\b(?:that|which)\s+(?:\p{Lu}[\p{L}'’-]*\s*(?:,\s*|\s+and\s+))*$/u;
const CLAIM_CLAUSE_AFTER = /^(?:\s*,?\s+and\s+\p{Lu}[\p{L}'’-]*)*(?:\s*,[^,;.]{1,40},)?\s+(?:also\s+|too\s+|both\s+)?(?:claim|claims|claimed|covet|covets|coveted)(?=\s*(?:[;,.]|$|\s+(?:too|as well|as theirs)\b))/u;

/** After a name: it did not put its signature to something ("… which Italy did not sign"). */
const NOT_SIGNED_AFTER = /^\s+(?:(?:did|does|do|has|have|had|would|will)\s+not|didn['’]t|hasn['’]t|haven['’]t|never|refused to|declined to)\s+(?:sign|signed|endorse|endorsed)\b/i;

const PHRASAL_AFTER = /^\s+(?:up|across|into|beyond|out|far|deep|well|down)\b/i;

// "The text of the memorandum on the delimitation of the EEZ has reached the Ministry": between the noun and a verb in
// the active perfect, only the noun's own complement, so the noun is the verb's subject. A clause of its own in
// between ("… that Turkey had signed", "… it had reached", "… on Libya the parliament should have ratified") keeps
// the noun the verb's object.
const DONE_TO_AN_AGREEMENT = /^(?:reach|sign|conclud|ink|seal|approv|ratif|announc|finali[sz]|str[iu]ck|endors|adopt|initial)/i;
const COMPLEMENT_THEN_PERFECT = /^(\s+(?:on|of|for|between|with|about|regarding|concerning)\s[^,;.:]*?)?\s+(?:has|have|had)\s+(?:(?:\w+ly|also|now|just|already|since|finally)\s+)?$/i;
const CLAUSE_WORD = /\b(?:that|which|who|whom|it|they|he|she|we|unless|after|before|when|since|because|if|while|once|should|would|could|must|may|might|can|will|shall)\b/i;
const PREPOSITION = String.raw`(?:on|of|for|between|with|about|regarding|concerning|and|in|to|from|by|at|over|under|into|among)`;
const SUBJECT_OF_ITS_OWN = new RegExp(String.raw`(?<!\b${PREPOSITION}\s)\b(?:the|a|an|its|their)\b`, "i");

function nounIsSubject(between: string): boolean {
  const found = COMPLEMENT_THEN_PERFECT.exec(between);
  if (!found) return false;
  const complement = (found[1] ?? "").trimStart();
  // (a determiner that follows no preposition opens a subject of its own)
  return !CLAUSE_WORD.test(complement) && !SUBJECT_OF_ITS_OWN.test(complement);
}

/** Whether the text between two points opens or closes a quotation: an odd number of double quotation marks. */
function crossesQuote(text: string, from: number, to: number): boolean {
  return from < to && (text.slice(from, to).match(/["“”]/g)?.length ?? 0) % 2 === 1;
}

/**
 * The short quotation a noun stands in, quotation marks included, when it is a few words only: scare quotes or a
 * label ('the two "non-existent agreements" signed between…', 'the Turkish-Libyan "memorandum"'), not a speaker's words.
 */
function scareQuotes(text: string, sentence: Sentence, noun: { start: number; end: number }): { start: number; end: number } | undefined {
  if (!crossesQuote(text, sentence.start, noun.start)) return undefined;
  const open = Math.max(text.lastIndexOf('"', noun.start), text.lastIndexOf("“", noun.start));
  const close = /["”]/.exec(text.slice(noun.end, sentence.end));
  if (open < sentence.start || !close) return undefined;
  const end = noun.end + close.index + 1;
  return end - open <= 50 && text.slice(open + 1, end - 1).trim().split(/\s+/).length <= 5 ? { start: open, end } : undefined;
}

/** A phrase of time or contrast that opens a sentence, closed by a comma: "After …,", "Following …,", "Unlike …,". ("Alongside the agreement with Somalia, Turkey signed…" may say both were signed.) */
const FRONTED_OPENER = /^\s*["“]?(?:after|following|before|since|unlike)\s+[^,;:]*$/i;
/** The comma that closes such a phrase, then the main clause's subject (a determiner or a name), and no verb of its own before the act word. */
const MAIN_CLAUSE_AFTER = /^[^,;:]*,\s+(?:the|a|an|this|that|its|their|his|her|it|they|he|she|we|[\p{Lu}][\p{L}'’-]+)\s+[^,;:]*$/u;

function nearestVerb(text: string, sentence: Sentence, noun: TermMatch, verbs: readonly TermMatch[], lexicon: Lexicon, nouns: readonly TermMatch[] = []): ActMention["verb"] {
  let best: TermMatch | undefined;
  let distance = Infinity;
  const quoted = scareQuotes(text, sentence, noun) ?? noun;
  // The act itself (signed, agreed, to be signed) near the noun outranks what was done to it later (ratified, contested):
  // "to ratify the agreement that Ankara signed in 2019" is a report of the signing.
  const itself = (v: TermMatch) => lexicon.statusOf(v.term) !== "ratified" && lexicon.statusOf(v.term) !== "contested";
  for (const v of verbs) {
    // "will not sign up to any political solution", "the agreement reaches across a broad range of fields": a phrasal
    // verb, not an act done to an agreement.
    if (PHRASAL_AFTER.test(text.slice(v.end, v.end + 12)) && /^(?:sign|reach)/i.test(text.slice(v.start, v.end))) continue;
    // "… everyone involved in drawing up the agreement … be passed to the general prosecutor": handed on, not passed into law.
    if (/^pass(?:ed|es)?$/i.test(text.slice(v.start, v.end)) && /^\s+(?:on\s+)?to\b/i.test(text.slice(v.end, v.end + 8))) continue;
    // "He regarded it as a good sign that the UN recognises the agreement": a sign of something, not a signing.
    if (/^signs?$/i.test(text.slice(v.start, v.end)) && SIGN_AS_NOUN.test(text.slice(Math.max(sentence.start, v.start - 30), v.start))) continue;
    // "The memorandum … has reached the Ministry of Foreign Affairs": what the agreement itself did, not what was done to it.
    // ("The memorandum … has entered into force", "… has no legal effect" are said of the agreement itself, and stay.)
    if (v.start >= noun.end && DONE_TO_AN_AGREEMENT.test(text.slice(v.start, v.end)) && nounIsSubject(text.slice(noun.end, v.start))) continue;
    const inPhrase = v.start < noun.end && v.end > noun.start;
    // "the illegal memorandum": a contesting adjective in the noun phrase contests it; any other act word there is an adjective.
    if (v.start < sentence.start || v.end > sentence.end || (inPhrase && !CONTEST_ADJECTIVE.test(text.slice(v.start, v.end)))) continue;
    // A passive's adverbs may come between ("were swiftly and formally rejected").
    if (v.start >= noun.end && ACTIVE_CONTEST.test(text.slice(v.start, v.end)) && !/\b(?:was|were|been|be|is|are|being)\s+(?:(?:\w+ly|and|also|then|not|never|\w+)\s+)?(?:(?:\w+ly|and|also|then)\s+){0,3}$/i.test(text.slice(noun.end, v.start))) continue;
    if (v.start >= noun.end && CONTEST_ADJECTIVE.test(text.slice(v.start, v.end)) && !/\b(?:was|were|been|be|is|are|being|as|called|calls|deemed|declared|described|considers?|considered|it)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(noun.end, v.start - 40), v.start))) continue;
    // "Turkey announced that the memorandum has entered into force": a verb before "that" reports the clause the noun
    // stands in; a verb in that clause, if any, is what was done to the agreement. "Approved a motion to send troops
    // under the memorandum": the verb's object is the motion, and the agreement only what it rests on.
    if (v.end <= noun.start && (UNDER_IT.test(text.slice(v.end, noun.start)) || STANCE_ON.test(text.slice(v.end, noun.start)))) continue;
    // "France, which deplored the Turkish-Libyan agreement and announced the sending of frigates": a second verb after
    // the noun, joined by "and", with an object of its own has the same subject as the first; the noun is not its object.
    if (v.start >= noun.end && AND_ANOTHER_VERB.test(text.slice(noun.end, v.start)) && OWN_OBJECT.test(text.slice(v.end, v.end + 20))) continue;
    // "Turkey and Libya reaffirmed their commitment to the maritime agreement and discussed it, agreeing on everything": a
    // participle of agreeing after a comma, on a matter of its own, tells what the clause's subject agreed, not the act.
    if (v.start >= noun.end && /,\s+$/.test(text.slice(noun.end, v.start)) && /^agreeing$/i.test(text.slice(v.start, v.end)) && AGREEING_ON_OWN.test(text.slice(v.end, v.end + 30))) continue;
    // "… together with a maritime memorandum, and the Turkish parliament approved the security memorandum": a verb of a
    // clause of its own after the noun, whose object is another agreement named right after it, is that one's.
    if (v.start >= noun.end && NEW_SUBJECT_AFTER.test(text.slice(noun.end, v.start)) && nouns.some((n) => n.start >= v.end && n.start - v.end <= 60 && OBJECT_BEFORE_NOUN.test(text.slice(v.end, n.start)))) continue;
    // "Both ministers agreed the accord between Turkey and Libya was illegal": what was agreed is a clause about the
    // accord, which has a verb of its own.
    if (v.end <= noun.start && AGREED.test(text.slice(v.start, v.end)) && /^\s+(?:that\s+)?(?:the|this|that|such)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(v.end, noun.start)) && AGREED_CLAUSE_AFTER.test(text.slice(noun.end, sentence.end))) continue;
    // "They agreed to keep the 2019 Mediterranean accord in place": what was agreed is to keep, apply or review the
    // agreement, which was made before.
    if (v.end <= noun.start && AGREED.test(text.slice(v.start, v.end)) && KEEP_IT.test(text.slice(v.end, noun.start))) continue;
    // '"… the areas designated by the maritime agreement," Erdogan announced': a verb outside the quotation the noun
    // stands in is the speaker's, not the act's.
    // Scare quotes round the noun alone are no speaker's words: the verb outside them is the act's.
    if (crossesQuote(text, Math.min(v.end, quoted.end), Math.max(v.start, quoted.start))) continue;
    if (quoted !== noun && crossesQuote(text, Math.min(v.end, noun.end), Math.max(v.start, noun.start)) && !inNounClause(text, quoted, v)) continue;
    // "After the 2011 agreement with the TRNC, the putting of signatures with Libya in 2019 means…": a noun in a phrase
    // that opens the sentence is no part of the main clause, whose subject comes after the comma that closes the phrase.
    if (v.start >= noun.end && FRONTED_OPENER.test(text.slice(sentence.start, noun.start)) && MAIN_CLAUSE_AFTER.test(text.slice(noun.end, v.start))) continue;
    const reporting = v.end <= noun.start && /\bthat\b/i.test(text.slice(v.end, noun.start));
    // "That pact, like the accords signed on Tuesday, is bound up with the agreement … signed in 2019": a verb before
    // the noun with a clause break between is another clause's, a last resort.
    // (Not a second object of the verb: "signed an agreement on the sea borders, as well as a second one on security".)
    const apart = v.end <= noun.start && CLAUSE_END.test(text.slice(v.end, noun.start)) && !secondObject(text, noun, v, nouns);
    const d = (v.start >= noun.end ? v.start - noun.end : noun.start - v.end) - (itself(v) ? 40 : 0) + (reporting ? 1000 : 0) + (apart ? 100 : 0);
    if (d < distance) [best, distance] = [v, d];
  }
  if (!best) return undefined;
  // "The Presidential Council approved on Thursday the two memoranda signed with Turkey": the clause reports the
  // approval; the participle after the noun only says which memoranda. The approval done is the act's verb.
  // A participle with a date of its own ("the memorandum signed on 27 November") still dates the signing.
  // So does a short relative clause with a pronoun for its subject: "ratified the agreement it agreed with the GNA".
  // So does a rejection: "he rejects the two Memoranda recently sealed between Tripoli and Turkey".
  // And a passive relative clause: "ratified the memorandum on military cooperation that had been concluded with Tripoli".
  const which = text.slice(noun.end, best.start);
  if (itself(best) && best.start >= noun.end && (/^\s+(?:\w+ly\s+)?$/.test(which) || PRONOUN_RELATIVE.test(which) || PASSIVE_RELATIVE.test(which)) && !PARTICIPLE_DATED.test(text.slice(best.end, sentence.end))) {
    const approval = verbs.find((v) => v.start >= sentence.start && v.end <= noun.start && !itself(v) && noun.start - v.end <= 50 && !CLAUSE_END.test(text.slice(v.end, noun.start)) && !/[,;]/.test(text.slice(v.end, noun.start)) && !UNDER_IT.test(text.slice(v.end, noun.start)) && !FUTURE.test(text.slice(Math.max(sentence.start, v.start - 40), v.start)) && !UNDONE.test(text.slice(Math.max(sentence.start, v.start - 40), v.start)));
    // "The agreement signed with Turkey came into effect on Sunday": the verb the noun is the subject of, after the
    // participle's own words, is what was done to it.
    const main = approval ? undefined : verbs.find((v) => v.start > best!.end && v.end <= sentence.end && lexicon.statusOf(v.term) === "ratified" && v.start - best!.end <= 90 && !/[,;]/.test(text.slice(best!.end, v.start)) && !CLAUSE_END.test(text.slice(best!.end, v.start)) && !/\b(?:agreement|deal|memorand|MoU|pact|accord|protocol|treaty|which|that|who)\b/i.test(text.slice(best!.end, v.start)));
    if (approval) best = approval;
    else if (main) best = main;
  }
  let status = lexicon.statusOf(best.term);
  const before = text.slice(Math.max(sentence.start, best.start - 40), best.start);
  // "The parliament will debate the memorandum signed by…": a modal before the noun is the main clause's, not the participle's.
  const ownBefore = best.start > noun.end ? text.slice(Math.max(noun.end, best.start - 40), best.start) : before;
  if (status === "signed" && (FUTURE.test(ownBefore) || FUTURE_AFTER.test(text.slice(best.end, sentence.end)))) status = "to be signed";
  // "It is the second agreement delimiting maritime borders to be signed in the eastern Mediterranean", "the first
  // accord of its kind to be ratified": after a count or "the only", "to be" tells of what was done.
  else if (status === "to be signed" && best.start > noun.end && /^to be\s/i.test(text.slice(best.start, best.end)) && COUNT_BEFORE_NOUN.test(text.slice(Math.max(sentence.start, noun.start - 40), noun.start)) && !CLAUSE_END.test(text.slice(noun.end, best.start))) status = "signed";
  // "Preliminary agreements … concluded", "finalised in Ankara, to be signed in Benghazi": reached, not yet signed. (A
  // preliminary agreement the text says was signed or inked was signed: "the preliminary agreement signed in Istanbul".)
  else if (status === "signed" && ((PRELIMINARY.test(text.slice(Math.max(sentence.start, noun.start - 40), noun.end + 15)) && !/^(?:sign|ink)/i.test(text.slice(best.start, best.end))) || SIGNING_TO_COME.test(text.slice(best.end, sentence.end)))) status = "announced";
  // "The maritime accord … the government that agreed to it": who agreed to the agreement itself is its signatory.
  else if (status === "announced" && /^agree/i.test(text.slice(best.start, best.end)) && best.start > noun.end && /\b(?:that|which|who)\s+(?:had\s+|has\s+)?$/i.test(text.slice(Math.max(0, best.start - 12), best.start)) && /^\s+to\s+(?:it|them)\b(?!\s+(?:being|that)\b)/i.test(text.slice(best.end, best.end + 20))) status = "signed";
  // A question ("Does the parliament pass the agreement?") reports nothing done.
  // "Publication is the last step: after it, the text enters into force", "for three years from the date it takes
  // effect": a procedure described, not an event reported.
  const procedure = /^(?:enters|comes|takes|goes)\b/i.test(text.slice(best.start, best.end)) && /\b(?:once|after|when|until|as soon as|before|from the (?:date|day))\b[^.;]{0,40}$/i.test(before);
  // "If, once the memorandum is approved on Saturday, …", "until parliament ratifies it": a present tense after
  // "once", "if", "until" or "unless" tells of what is still to happen.
  // So does a present perfect there: "once the parliament of the GNA has approved the accord, it will go to the UN".
  // So does a verb after "should" and its subject: "should the parliament of eastern Libya ratify the agreement".
  // (The 90 characters before the verb, read by each test below.)
  const lead = text.slice(Math.max(sentence.start, best.start - 90), best.start);
  const whatIf = SHOULD_INVERTED.test(lead) && !/(?:ed|ing)$/i.test(text.slice(best.start, best.end));
  const pending = whatIf || /\b(?:once|if|until|unless|as soon as)\b[^.;,]{0,70}?\b(?:is|are|gets|get|has|have)\s+$/i.test(lead) || (/s$/i.test(text.slice(best.start, best.end)) && /\b(?:once|if|until|unless|as soon as)\s+(?:the\s+)?[^.;,]{0,50}$/i.test(text.slice(Math.max(sentence.start, best.start - 70), best.start)));
  // "It is unclear whether parliament passes the memorandum", "the speed with which it passes through parliament": an
  // embedded question asks about the act; it reports nothing done ("how quickly it passed" still does).
  // (A participle or a relative clause inside the question, "whether the agreement signed this week will be used",
  // "whether the authorities that agreed the memoranda outlast the war", still tells of the act done.)
  const asked = !/ed$/i.test(text.slice(best.start, best.end)) && /\b(?:whether|the (?:speed|pace|haste) (?:with|at) which|how (?:quickly|fast|soon|swiftly|smoothly))\b(?:(?!\b(?:that|which|who)\b)[^.;,]){0,80}$/i.test(lead);
  // "The ratification of the memorandum continues to cause reactions": a ratification named as a noun is done only
  // where the sentence puts it in the past ("was", "after the ratification", a date).
  const nominal = /^(?:ratification|approval)$/i.test(text.slice(best.start, best.end)) && !PAST_MARK.test(sentence.text);
  // "is considering ratifying it", "attempts to … get the memorandum ratified": weighed or sought, not done.
  const weighed = CONSIDERING.test(before) || SOUGHT.test(text.slice(Math.max(sentence.start, best.start - 120), best.start)) || (/ing$/i.test(text.slice(best.start, best.end)) && PREVENTED.test(lead));
  const participle = best.start >= noun.end && /^\s+$/.test(text.slice(noun.end, best.start)) && /ed$/i.test(text.slice(best.start, best.end));
  // "Got the GNA to sign", "persuaded Tripoli to sign": a past that had the other side do it, done.
  // ("… is problematic and cannot be signed", "hasn't been ratified": a negation right before the verb.)
  const undone = (((participle ? UNDONE_BEFORE_PARTICIPLE : UNDONE).test(before) && !CAUSED_TO.test(text.slice(Math.max(sentence.start, best.start - 200), best.start))) || NEGATED_BEFORE.test(before));
  // "could be put to a vote at an official session and ratified this week": a modal carries over "and" to the verb.
  const modalBefore = MODAL_THEN_AND.test(text.slice(Math.max(sentence.start, best.start - 100), best.start));
  const done = status === "to be signed" || !(FUTURE.test(ownBefore) || modalBefore || undone || weighed || procedure || pending || asked || nominal || /\?["”’)]?\s*$/.test(sentence.text));
  // Said of the agreement itself only when the verb stands in the noun's own clause, or governs it as a second object.
  const close = inNounClause(text, noun, best) || secondObject(text, noun, best, nouns);
  // (Not an infinitive or "for …ing" alone: "his opening to strike a deal", "charged with treason for signing the
  // agreements" tell of acts made.)
  const supposed = MAY_BEFORE.test(ownBefore) || (IF_BEFORE.test(lead) && !/ed$/i.test(text.slice(best.start, best.end)));
  const toCome = status === "to be signed" || ((status === "signed" || status === "announced") && close && (FUTURE.test(ownBefore) || modalBefore || pending || asked || supposed));
  return { text: text.slice(best.start, best.end), start: best.start, end: best.end, status, done: done && close, ...(toCome ? { toCome: true as const } : {}) };
}

// "… agreements on Libya", "… an understanding over Libya and Syria": a state named as what the agreement is on.
const MATTER_NAME_BEFORE = /^\s+(?:on|over|regarding|concerning|about)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+and\s+|,\s+))*$/u;
// "… an agreement on the Libyan crisis": a state's adjective before a word for a question or a conflict.
const MATTER_BEFORE = /^\s+(?:on|over|regarding|concerning|about)\s+(?:the\s+)?$/i;
const MATTER_AFTER = /^\s+(?:crisis|conflict|file|issue|question|war|settlement|situation|dossier|matter|peace process|political process|track|front)\b/i;

// ", and then a …", ", and also the …", " and a …": what joins a second object to the first.
const SECOND_OBJECT = /^[^;.:]*?,?\s+(?:and|as well as)\s+(?:(?:then|later|also|subsequently|afterwards)\s+(?:a|an|the|another|its|their)|a|an|another|(?:a|the)\s+second|the\s+other)\s+$/i;

/**
 * "In 2019, Turkiye signed a defence memorandum with the GNA, and then a maritime border agreement": a noun joined to
 * the verb's first object as a second one shares the verb, however long the first one's words.
 */
function secondObject(text: string, noun: { start: number; end: number }, verb: { start: number; end: number }, nouns: readonly TermMatch[]): boolean {
  if (verb.end > noun.start) return false;
  const first = nouns.find((n) => n.start >= verb.end && n.end <= noun.start);
  if (!first || !inNounClause(text, first, verb)) return false;
  const between = text.slice(first.end, noun.start);
  return between.length <= 160 && SECOND_OBJECT.test(between);
}

/** Whether a verb stands in the noun's own clause: near it, with no clause break or "that" between them. */
function inNounClause(text: string, noun: { start: number; end: number }, verb: { start: number; end: number }): boolean {
  const gap = verb.start >= noun.end ? text.slice(noun.end, verb.start) : text.slice(verb.end, noun.start);
  return gap.length <= 60 && !CLAUSE_END.test(gap) && !(verb.end <= noun.start && /\bthat\b/i.test(gap));
}

/**
 * "Ankara … since its security memorandum with al-Sarraj": an agreement named with no verb, a possessive before it and
 * "with" a side after it, has both its sides in those words, the possessor being the last name before "its"; Doha,
 * named beside Ankara, is none.
 */
function ownerAndOther(text: string, sentence: Sentence, noun: TermMatch, inSentence: readonly EntityMention[]): EntityMention[] {
  const owner = OWNED.exec(text.slice(Math.max(sentence.start, noun.start - 50), noun.start));
  if (!owner) return [];
  const ownerAt = noun.start - owner[0].length;
  const other = inSentence.find((m) => m.start >= noun.end && /^\s+with\s+(?:the\s+)?$/i.test(text.slice(noun.end, m.start)));
  const possessor = inSentence.filter((m) => m.end <= ownerAt).at(-1);
  return other && possessor ? [possessor, other] : [];
}

// "its security": a singular possessive and at most four words before the agreement noun ("their" may stand for a list).
const OWNED = /\bits\s+(?:[\p{L}-]+\s+){0,4}$/iu;

/** The body a mention acts for: a person's government or state, a capital's state; none for organisations and other places. */
export function bodyOf(mention: EntityMention, gazetteer: ReadonlyMap<EntityId, Entity>): EntityId | undefined {
  const e = gazetteer.get(mention.entity);
  if (!e) return undefined;
  if (e.kind === "state" || e.kind === "government" || e.kind === "armed force") return e.id;
  if (e.kind === "person") return e.acts_for;
  if (e.kind === "place") return e.stands_for;
  return undefined;
}

/** A state's name, or a government that speaks for it: what a side listed for that state may stand for. */
function speaksForState(e: Entity | undefined): boolean {
  return e?.kind === "state" || e?.speaks_for !== undefined;
}

function roles(
  text: string,
  sentence: Sentence,
  entities: readonly EntityMention[],
  lexical: LexicalMatches,
  noun: TermMatch,
  verb: ActMention["verb"],
  lexicon: Lexicon,
  gazetteer: ReadonlyMap<EntityId, Entity>,
  inPhrase: (start: number, end: number) => boolean,
  inAnotherAct: (start: number, end: number) => boolean = () => false,
  inOwnSides: (start: number, end: number) => boolean = () => false,
  /** Where a relative clause that says what the agreement does starts, when the noun has one. */
  describedAt?: number,
): RoleMention[] {
  const inSentence = entities.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
  const actStart = Math.min(noun.start, verb?.start ?? noun.start);
  const actEnd = Math.max(noun.end, verb?.end ?? noun.end);
  // "Ankara and the GNA, whose main foreign backer against Haftar's LNA is Turkey, signed a military deal": a relative
  // clause set off by commas right before the verb says something of its subject. Its names made nothing, and the
  // subject reaches the verb across it.
  const aside = verb !== undefined && verb.start < noun.start ? asideBefore(text, sentence.start, verb.start) : undefined;
  const inAside = (m: EntityMention) => aside !== undefined && m.start >= aside.start && m.end <= aside.end;
  // "The head of the Government of National Unity, Abdul Hamid Dbeibah, has concluded…": a name set off by commas right
  // before the verb's auxiliary is the subject's apposition; its closing comma ends no clause.
  const appositions = new Set(verb === undefined ? [] : inSentence.filter((m) => m.end <= verb.start && APPOSITION_CLOSES.test(text.slice(m.end, verb.start)) && APPOSITION_OPENS.test(text.slice(sentence.start, m.start))).map((m) => m.end));
  const gapText = (from: number, to: number) => {
    const gap = aside && from <= aside.start && to >= aside.end ? text.slice(from, aside.start) + text.slice(aside.end, to) : text.slice(from, to);
    return appositions.has(from) ? gap.replace(/^\s*,/, "") : gap;
  };
  // "The parliament ratified the Turkey–Libya agreement, at the very moment when Greece, Cyprus, Italy and Israel are
  // getting ready to sign the agreement on the EastMed pipeline": the subject of a clause of its own after the act,
  // whose verb is done to another agreement, makes that one; it is no side of this.
  const namesShown = (from: number, to: number) => {
    let out = "";
    let at = from;
    for (const x of inSentence) {
      if (x.start < from || x.end > to) continue;
      out += text.slice(at, x.start) + "N";
      at = x.end;
    }
    return out + text.slice(at, to);
  };
  const makesAnother = (m: EntityMention) =>
    m.start >= actEnd &&
    OWN_CLAUSE_OPENS.test(namesShown(actEnd, m.start)) &&
    lexical.acts.some(
      (v) =>
        v.start > m.end &&
        v.end <= sentence.end &&
        v.start !== verb?.start &&
        SUBJECT_THEN_VERB.test(namesShown(m.end, v.start)) &&
        lexical.nouns.some((n) => n.start >= v.end && n.start !== noun.start && n.end <= sentence.end && (ANOTHER_OBJECT.test(text.slice(v.end, n.start)) || (OBJECT_BEFORE_NOUN.test(text.slice(v.end, n.start)) && OWN_COMPLEMENT.test(text.slice(n.end, n.end + 15))))),
    );
  // "…, at the very moment when Greece, Cyprus, Italy and Israel are getting ready to sign the agreement on the EastMed
  // pipeline", "…, and Greece and Egypt signed their own accord": the act's verb has a subject of its own, opened by a
  // conjunction, after a clause with an agreement of its own; the names before it are that clause's. ("The balance
  // moved toward the GNA, when Turkey signed a range of agreements": with no other act before it, the GNA may be the
  // side Turkey signed with.)
  const ownClauseAt = verb !== undefined && verb.end <= noun.start ? inSentence.find((m) => m.end <= verb.start && SUBJECT_THEN_VERB.test(namesShown(m.end, verb.start)) && OWN_CLAUSE_OPENS.test(namesShown(sentence.start, m.start)))?.start : undefined;
  const anotherActBefore = ownClauseAt !== undefined && lexical.nouns.some((n) => n.start >= sentence.start && n.end <= ownClauseAt && n.start !== noun.start && !inSentence.some((x) => x.start <= n.start && n.end <= x.end));
  const beforeOwnClause = (m: EntityMention) => anotherActBefore && m.end <= ownClauseAt!;
  // "Turkey signed an agreement with the GNA, a step that made Greece furious": a summing-up after the act says what
  // came of it; its names are not at the table.
  const summing = SUMMING_UP.exec(text.slice(actEnd, sentence.end));
  const summedAt = summing ? actEnd + summing.index : undefined;
  const backers = backerMentions(text, inSentence, lexical.backers.filter((b) => b.start >= sentence.start && b.end <= sentence.end), lexical.nouns);
  // A backer that signs the act itself, and where its backing is said (see withBackedSide).
  let backing: { signer: EntityId; start: number; end: number } | undefined;
  // Whoever rejects or condemns an act in the sentence is its critic, not its party, whatever verb the act itself has.
  const reactors = new Set<EntityMention>();
  // Whom a critic acted on in protest ("expelled the Libyan ambassador in protest"): neither critic nor side.
  const actedOn = new Set<EntityMention>();
  // The critics of a word of contest (or answer) at `at`.
  const contestedBy = (word: string, at: number) => {
    for (const m of reactorMentions(text, inSentence, lexicon, { text: word, start: at, end: at + word.length, status: "contested", done: true }, lexical, actedOn)) reactors.add(m);
  };
  for (const v of lexical.acts) {
    if (v.start < sentence.start || v.end > sentence.end || lexicon.statusOf(v.term) !== "contested") continue;
    contestedBy(text.slice(v.start, v.end), v.start);
  }
  // "Egypt has asked the United States to step in to prevent the parliament … from ratifying" the act: who would prevent
  // it, and who asks them to, are its critics.
  for (const v of lexical.acts) {
    if (v.start < sentence.start || v.end > sentence.end || !/ing$/i.test(text.slice(v.start, v.end))) continue;
    const lead = text.slice(Math.max(sentence.start, v.start - 120), v.start);
    const prevented = PREVENTED.exec(lead);
    if (!prevented) continue;
    contestedBy(prevented[1]!, v.start - lead.length + prevented.index);
  }
  // "… a maritime demarcation agreement with Tripoli that Egypt and Greece dispute": "dispute" is no word of contest in
  // the lexicon (its "disputed" qualifies every other deal in the news), but as the verb of a relative clause after the
  // agreement, whoever is its subject disputes the agreement.
  for (const d of text.slice(noun.end, sentence.end).matchAll(RELATIVE_DISPUTE)) contestedBy(d[1]!, noun.end + d.index + d[0].length - d[1]!.length);
  // "Gen. Khalifa Haftar answered the accords by throwing his forces at Tripoli", "Egypt reacted to the memorandum by
  // …": whoever answers or reacts to the act is no side to it.
  const reacted = REACTED_TO.exec(text.slice(sentence.start, noun.start));
  if (reacted) contestedBy(reacted[1]!, sentence.start + reacted.index);
  // "The House of Representatives (HoR) had condemned…": a name and its abbreviation in brackets are one critic.
  for (const [i, m] of inSentence.entries()) {
    const next = inSentence[i + 1];
    if (next && reactors.has(next) && next.entity === m.entity && /^\s*\(\s*$/.test(text.slice(m.end, next.start))) reactors.add(m);
  }
  // "The government of national unity (GNA)": a translation's description gives way to the name in brackets after it.
  const renamed = new Set(inSentence.filter((m, i) => {
    const next = inSentence[i + 1];
    const kinds = [m, next].map((x) => x && gazetteer.get(x.entity)?.kind);
    return next && next.entity !== m.entity && /^\s*\(\s*$/.test(text.slice(m.end, next.start)) && text[next.end] === ")" && kinds.every((k) => k === "government");
  }));
  // Who speaks of the act ("According to Erdoğan, …", "Erdoğan said Turkey signed…") did not make it.
  const speaks = (m: EntityMention) =>
    ACCORDING_TO.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) || SPEAKS_AFTER.test(text.slice(m.end, sentence.end)) || (verb !== undefined && m.end <= verb.start && SPEECH.test(text.slice(m.end, verb.start)));
  const verbInClause = verb !== undefined && (verb.start === noun.start || inNounClause(text, noun, verb));
  // "Greece expelled the ambassador over the maritime deal Tripoli signed with Ankara": a relative clause after the noun
  // with a subject of its own names who made it; a name before the noun is in another clause.
  const madeInRelative =
    (verb !== undefined && verb.start > noun.end && RELATIVE_MAKERS.test(text.slice(noun.end, verb.start)) && inSentence.some((m) => m.start >= noun.end && m.end <= verb.start)) ||
    // "… over a contested deal on maritime boundaries in the Mediterranean that Turkey and Libya's government signed that year".
    relativeMakerAfter(text, noun, sentence, inSentence) ||
    // "Athens fears that the agreement, signed by Ankara with the government of al-Sarraj, violates…": a participle right
    // after the noun that names its maker after "by".
    (verb !== undefined && verb.done && (verb.status === "signed" || verb.status === "announced") && verb.start > noun.end && /^\s*,?\s*$/.test(text.slice(noun.end, verb.start)) && /^\s+by\s/i.test(text.slice(verb.end, verb.end + 5)) && inSentence.some((m) => m.start > verb.end && m.start - verb.end <= 30));
  // "An accord between Libya and Turkey", "the Turkish-Libyan memorandum": where the act's own words name two sides or
  // more, they name every side, so a state they leave out is no side to it.
  const between = BETWEEN_SIDES.test(text.slice(wordsAfter(text, noun.end), noun.end + 31)) || RELATIVE_SIDES.test(text.slice(noun.end, Math.min(sentence.end, noun.end + 200)));
  const ownNames = [...inSentence.filter((m) => (m.end <= noun.start && inPhrase(m.start, m.end)) || (between && m.start >= noun.end && inOwnSides(m.start, m.end))), ...(verb ? [] : ownerAndOther(text, sentence, noun, inSentence))];
  const listedBodies = new Set(ownNames.flatMap((m) => bodyOf(m, gazetteer) ?? []));
  const listedStates = new Set([...listedBodies].map((b) => stateOfEntity(b, gazetteer)));
  // "…voted to annul the accord between Libya's Government of National Accord and Turkey": where the act's own words
  // name one body of a state, another body of that state ("the parliament in Benghazi", the east's) is no side either.
  const otherBodyOfListed = (body: EntityId) =>
    !listedBodies.has(body) && gazetteer.get(body)?.kind !== "state" && [...listedBodies].some((b) => b !== body && gazetteer.get(b)?.kind !== "state" && stateOfEntity(b, gazetteer) === stateOfEntity(body, gazetteer));
  const opening = openingSigners(text, sentence, noun, inSentence);
  const out: RoleMention[] = [];
  let previous: RoleMention | undefined;
  // "…discussed the maritime deals Turkey and Libya have just signed with his counterparts in Greece and Cyprus": when
  // states, and no person, make the act in a relative clause, "his counterparts" are a person's of the main clause.
  const makers = verb !== undefined && verb.start > noun.end ? inSentence.filter((x) => x.start > noun.end && x.end <= verb.start) : [];
  const statesMakeIt = makers.length > 0 && !makers.some((x) => gazetteer.get(x.entity)?.kind === "person");
  for (const [i, m] of inSentence.entries()) {
    const body = headedBy(text, m, inSentence[i + 1], gazetteer) ?? bodyOf(m, gazetteer);
    if (!body || renamed.has(m)) continue;
    const kind = gazetteer.get(m.entity)?.kind;
    // A capital after "in", "at" or "to" is where something happened, not a side; a state after "to" or "into" where
    // troops went, and one after "at" or "against" what an act is aimed at (not one the act's own words name before its
    // noun: "pointing at the Turkish-Libyan memorandum").
    // But "the parliament in Ankara", "lawmakers in Ankara": a body in its capital is that state's.
    if (kind === "place" && PLACE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) && !BODY_IN.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))) continue;
    // "ATHENS - Greece has filed…", "TRIPOLI, Libya (AP) —", "ATHENS, 12 December 2019 -": a dateline says where the story was filed.
    if (kind === "place" && !text.slice(sentence.start, m.start).trim() && DATELINE_AFTER.test(text.slice(m.end, m.end + 50))) continue;
    // ("The ruling power in Libya agreed to sign…": a body in its state, before the act, is that state's, as in its capital.)
    if (kind === "state" && (/\b(?:to|into|in|inside|across|at|against|toward|towards)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 12), m.start)) || REGION_OF.test(text.slice(Math.max(sentence.start, m.start - 40), m.start))) && !(m.end <= noun.start && inPhrase(m.start, m.end)) && !(m.end <= actStart && BODY_IN.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)))) continue;
    // "Turkish press", "Libyan soldiers": an adjective names a side only in the act's own words or before an actor ("the Turkish side").
    // So does "the Qatari one" after an actor ("the Turkish defence minister, together with the Qatari one"), which
    // stands for that actor; not "a Libyan question as a Greek one".
    const elidedActor = ELIDED_ONE.test(text.slice(m.end, m.end + 10)) && /\bthe\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 4), m.start)) && ACTOR_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 100), m.start));
    if (!m.named && !/\s/.test(m.text) && !inPhrase(m.start, m.end) && !ACTOR_AFTER.test(text.slice(m.end, m.end + 40)) && !elidedActor) continue;
    const phrase = inPhrase(m.start, m.end);
    // "Turkey and Qatar agreed on a joint centre, while Turkey signed a memorandum with the GNA": a name across a
    // contrasting clause break (";", "while", "whereas", ", but") belongs to the other clause's act, not this one.
    // A pronoun that opens the act's clause ("whereas it had earlier signed…") speaks of a side named before the break.
    const across = m.end <= actStart ? OTHER_CLAUSE.test(text.slice(m.end, actStart)) : m.start >= actEnd && CLAUSE_BREAK.test(text.slice(actEnd, m.start));
    // "The two MoUs concluded between Ankara and the GNA breach the resolutions": names between the agreement and the
    // verb that contests it describe the agreement, its sides; they are not its critics.
    const describesNoun = verb?.status === "contested" && m.start >= noun.end && m.end <= verb.start;
    // "the pro-Turkish defence minister", "anti-Turkish factions": a leaning, not a side at the table.
    const leaning = /\b(?:pro|anti)[-‐‑]\s*$/i.test(text.slice(Math.max(sentence.start, m.start - 5), m.start));
    // "the agreement … breaches Turkey's continental shelf": a name in what the act is said to breach is aggrieved, not a maker.
    // "… drew a maritime border between the two countries at the expense of both Greece and Egypt": whose loss it is.
    // "… takes no account of the territorial waters around the divided island of Cyprus": whose rights it ignores.
    const atExpense = AT_EXPENSE_OF.test(text.slice(Math.max(sentence.start, m.start - 50), m.start)) || (m.start > noun.end && DISREGARDS.test(text.slice(Math.max(noun.end, m.start - 90), m.start)));
    const aggrieved = atExpense || lexical.acts.some((v) => v.start >= noun.end && v.end <= m.start && m.start - v.end <= 40 && lexicon.statusOf(v.term) === "contested" && !CLAUSE_END.test(text.slice(v.end, m.start)) && !/\bby\b/i.test(text.slice(v.end, m.start)));
    // "The memorandum … caused the discomfort of Greece", "angered Egypt", "drew protests from Athens": who is stirred by
    // the act after it is no side to it.
    const stirred = m.start >= actEnd && (STIRRED.test(text.slice(Math.max(actEnd, m.start - 50), m.start)) || REACTION_FROM.test(namesShown(actEnd, m.start)));
    // "…signed a maritime agreement in 2019, which sharpened the friction between Ankara and Athens": names in a
    // relative clause that tells what the act led to are no sides of it, when the sentence names someone before it.
    const ledTo = m.start >= actEnd && inSentence.some((x) => x.end <= actEnd) && LED_TO.test(text.slice(actEnd, m.start)) && !lexical.acts.some((v) => v.start >= actEnd && v.end <= m.start);
    // "the agreement signed between Egypt and Greece, which it says breaches…": a side in the act's own words is its
    // maker, whatever verb follows.
    // "According to the official announcement of the Greek government, …": whom a report is credited to is no side to the act.
    const credited = ACCORDING_TO.test(text.slice(Math.max(sentence.start, m.start - 60), m.start));
    // "… an area of the Mediterranean that Greece and Cyprus regard as theirs": who claims or judges something the act
    // touches is no side to it, even within its words.
    // "… areas coveted by other countries, Greece in particular": so is who covets or disputes them; and who "also
    // claims" them in a relative clause ("waters that Egypt and Greece, Turkey's old rival, also claim").
    const claiming = m.start > noun.end && (CLAIMS_AFTER.test(text.slice(m.end, m.end + 40)) || CLAIMED_BY.test(text.slice(Math.max(noun.end, m.start - 60), m.start)) || (CLAIM_CLAUSE_BEFORE.test(text.slice(Math.max(noun.end, m.start - 60), m.start)) && CLAIM_CLAUSE_AFTER.test(text.slice(m.end, m.end + 80))));
    // "the final document, which Italy did not sign, holds that the memoranda…": who did not sign something in a relative
    // clause is no side to the act.
    const notSigning = /\b(?:which|that)\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)) && NOT_SIGNED_AFTER.test(text.slice(m.end, m.end + 40));
    const outsideRelative = madeInRelative && m.end <= noun.start;
    const othersCounterparts = statesMakeIt && m.start > verb!.end && HIS_COUNTERPARTS.test(text.slice(verb!.end, m.start));
    // "Egypt's condemnation of the memorandum", "Dbeibeh's endorsement of the accord": one who judges the act, not a maker.
    const stance = m.end <= noun.start ? STANCE_OF.exec(text.slice(m.end, noun.start))?.[1] : undefined;
    // "The Cypriot Foreign Ministry expressed its concern over the signing of the memorandum": who voices a worry about
    // the act is its critic.
    const concerned = m.end <= noun.start && VOICED_CONCERN.test(text.slice(m.end, noun.start));
    // (An adjective that places a place, "the Libyan port of Misrata", is no side named, so none left out either.)
    const placing = !m.named && !/\s/.test(m.text) && PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 20));
    // "He met Khalifa Haftar … to talk about the agreement that was signed between the Tripoli-based government and
    // Turkey": where the sides are listed after the noun and the act's verb follows it too, a body of a listed state
    // that could not stand for it (a force, a parliament: not its government) named before the noun is no side either.
    const beforeListed = between && verb !== undefined && verb.start > noun.end && m.end <= noun.start && !phrase && !listedBodies.has(body) && listedStates.has(stateOfEntity(body, gazetteer)) && !speaksForState(gazetteer.get(body));
    const leftOut = listedStates.size >= 2 && !placing && !ownNames.includes(m) && (!listedStates.has(stateOfEntity(body, gazetteer)) || otherBodyOfListed(body) || beforeListed);
    // "the LNA of General Khalifa Haftar": the leader named after his body, "of" or "led by", stands where it stands.
    const leaderOf = previous !== undefined && previous.stands_for === body && LEADER_OF.test(text.slice(previous.mention.end, m.start));
    // "Widening its cooperation with Tunisia's neighbour, Ankara signed…": a state that only places another ("Tunisia's
    // neighbour", "Egypt's ally") is not the side it describes.
    const relative = RELATIVE_OF.test(text.slice(m.end, m.end + 40));
    // "The memorandum signed yesterday by Libya's national oil company with its Turkish counterpart": a company a state
    // owns made the act, not the state.
    const company = COMPANY_AFTER.test(text.slice(m.end, m.end + 60)) || ORGANISATION_AFTER.test(text.slice(m.end, m.end + 80));
    // "An agreement for deliveries of Turkish armoured cars": a state's adjective on goods bought, sold or delivered says
    // where they were made, not who made the act.
    const madeIn = GOODS_TRANSFER_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) && GOODS_AFTER.test(text.slice(m.end, m.end + 50));
    // "Lawmakers in the east, where Haftar's LNA holds sway, voted against the security deal": a name in a clause that
    // says where something is places it; it is no side.
    const located = m.end <= noun.start && WHERE_CLAUSE.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)) && /,/.test(text.slice(m.end, noun.start));
    // "agreed to give military support to the GNA … against the Libyan National Army": whom the act is against is no
    // side; "objections against an accord between Libya and Turkey" are against the act, whose sides follow it.
    const against = AGAINST_NAME.exec(text.slice(Math.max(sentence.start, m.start - 60), m.start));
    const opposed = against !== null && !(noun.start >= m.start - against[0].length && noun.end <= m.start);
    // "As part of its widening cooperation with Libya, Tunisia's neighbour, Ankara has also concluded a military
    // cooperation agreement with the GNA": a name in a phrase that opens the sentence, closed by a comma before the
    // verb's subject, is no side of an act that names its other side itself.
    const fronted = m.end <= actStart && FRONTED_PHRASE.test(text.slice(sentence.start, m.start)) && inSentence.some((other) => other.start > m.end && other.end <= actStart && /,/.test(text.slice(m.end, other.start))) && inSentence.some((other) => inPartyZone(text, sentence, other, actEnd));
    // "Turkey and the United States reached some agreements on Libya", "an agreement on the Libyan crisis": a state the
    // agreement is on, right after its noun, is what it is about, not a side.
    const matter = m.start >= noun.end && (kind === "state" || kind === "government") && (m.named ? MATTER_NAME_BEFORE.test(text.slice(noun.end, m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3)) : MATTER_BEFORE.test(text.slice(noun.end, m.start)) && MATTER_AFTER.test(text.slice(m.end, m.end + 30)));
    const speaker = speaks(m);
    // The subject of the verb outside the noun's clause ("… would need Turkey's approval") did not make the act.
    // Nor is a name before the noun the subject of a participle after it: "What Greece asks is that the agreement, signed in 2019, …".
    const beforeVerb = verb !== undefined && verbInClause && !speaker && !inAside(m) && m.end <= verb.start && gapText(m.end, verb.start).length <= 40 && !CLAUSE_END.test(gapText(m.end, verb.start)) && !(m.end <= noun.start && noun.end <= verb.start);
    // "Turkey, which backs the Government of National Accord, signed agreements on …": a backer that signs the act
    // itself is one of its sides.
    // So is one that backs a side and, as the same subject, signs the act: "Turkey backs Libya's internationally
    // recognised government and has entered into a military cooperation agreement with it".
    const backsThenSigns = verb !== undefined && verb.done && verbInClause && !speaker && !inAside(m) && verb.end <= noun.start && m.end <= verb.start && BACKS_THEN_SIGNS.test(text.slice(m.end, verb.start));
    const backsAndSigns = (beforeVerb && verb!.done && BACKS_IN_ASIDE.test(text.slice(m.end, verb!.start))) || backsThenSigns;
    if (backsAndSigns && !backing) backing = { signer: body, start: m.end, end: verb!.start };
    // "Libya and its key ally Turkey signed …": an ally named beside a side, as a subject of the act's verb, signs too.
    const allyAndSigns = beforeVerb && verb!.done && ALLY_BESIDE.test(text.slice(sentence.start, m.start));
    const role: Role = inAside(m) ? "bystander" : leaderOf ? previous!.role : (backers.has(m) && !backsAndSigns && !allyAndSigns) || leaning ? "backer" : (reactors.has(m) && !describesNoun && !inOwnSides(m.start, m.end)) || (stance && AGAINST.test(stance)) || concerned ? "reactor" : stance || actedOn.has(m) || stirred || ledTo || claiming || notSigning || atExpense || leftOut || relative || company || madeIn || located || fronted || opposed || othersCounterparts || matter || makesAnother(m) || (!phrase && beforeOwnClause(m)) || (!phrase && (across || aggrieved || credited || outsideRelative || inAnotherAct(m.start, m.end))) ? "bystander" : "party";
    // Only an act that something is done to has a clause of its own; a list that starts in it ("between A, B and C") stays in it.
    // ("… by the Turkish Defence Minister, Hulusi Akar, and the head of the Libyan government, Abdelhamid Dbeibah": one
    // named by an office of the body after it goes on the list.)
    const listed = previous?.core === true && previous.role === role && (LIST_GAP.test(text.slice(previous.mention.end, m.start).replace(/^['’]s\b[^,]*?(?=,|\s+and\s)/, "")) || OFFICE_LISTED.test(text.slice(previous.mention.end, m.start)));
    // Not at the act's table: who speaks of it ("Italy's foreign minister stated that the memorandum signed between…"),
    // and a name in what the agreement is said to do ("that may complicate Ankara's quarrels with Cyprus").
    const described = (describedAt !== undefined && describedAt >= actEnd && describedAt < m.start) || (summedAt !== undefined && summedAt < m.start);
    const zone = (passive = false) => !described && inPartyZone(text, sentence, m, actEnd, passive);
    // The country after a dateline's place ("NICOSIA, Cyprus —", "ATHENS, Greece (AP) —") tells where the story was
    // filed: no side at the table, though the story may be that state's own ("ANKARA, Turkey — The government signed…").
    const filedFrom = DATELINE_PLACE_BEFORE.test(text.slice(sentence.start, m.start)) && DATELINE_CLOSE_AFTER.test(text.slice(m.end, m.end + 40));
    const core = !filedFrom && !inAside(m) && (phrase || (verb !== undefined && !speaker && !described && (inActClause(text, gapText, m, actStart, actEnd) || listed || zone())));
    // One who asks, refuses or plans what is not done ("the Speaker called not to ratify the memorandum") made nothing.
    const signer = !filedFrom && !speaker && (phrase || backsThenSigns || (verb !== undefined && ((beforeVerb && verb.done) || zone(true) || (listed && previous?.signer === true))));
    // "By signing an agreement on their sea borders, Greece and Egypt have breached the rights of Turkey and Libya": the
    // subject of the clause that follows the act's opening clause made it; the rest of that clause is what came of it.
    const opened = opening !== undefined && m.start >= opening.clauseEnd ? (opening.signers.has(m) ? "signer" : "after") : undefined;
    const entry: RoleMention = opened === "signer" ? { mention: m, stands_for: body, role: "party", inPhrase: false, core: true, signer: true } : opened === "after" ? { mention: m, stands_for: body, role: "bystander", inPhrase: false, core: false, signer: false } : { mention: m, stands_for: body, role, inPhrase: phrase, core, signer, ...(placing ? { placing: true as const } : {}), ...(company ? { company: true as const } : {}) };
    // The subject of the verb may be a list ("Türkiye and Libya's unity government signed"): its earlier names sign too.
    if (beforeVerb) {
      for (let i = out.length - 1, next: RoleMention = entry; i >= 0; next = out[i]!, i--) {
        const earlier = out[i]!;
        const gap = text.slice(earlier.mention.end, next.mention.start);
        // "Libya's eastern-based Libyan National Army (LNA)": a possessor and an abbreviation are the same side.
        const sameSide = /^['’]s\s+(?:[\w-]+\s+){0,3}$/.test(gap) || (/^\s*\(\s*$/.test(gap) && earlier.stands_for === next.stands_for);
        if (earlier.role !== role || speaks(earlier.mention) || !(sameSide || LIST_GAP.test(gap.replace(/^['’]s\b[^,]*?(?=,|\s+and\s)/, "")))) break;
        out[i] = { ...earlier, signer: earlier.signer || verb.done, core: true };
      }
    }
    out.push(entry);
    previous = entry;
  }
  return backing ? withBackedSide(out, backing, text, gazetteer) : out;
}

// "By signing the", "After concluding a", "Having inked the": a clause that opens the sentence (or follows its dateline) with
// the act's verb, up to six words before the agreement noun.
const OPENING_ACT = /(?:^|[-–—]\s+)(?:(?:by|after|upon|on|in|through)\s+(?:signing|concluding|inking|sealing|striking|agreeing\s+(?:on|to))|having\s+(?:signed|concluded|inked|sealed|struck|agreed\s+(?:on|to)))\s+(?:[\p{L}\d'’-]+\s+){0,6}$/iu;

/**
 * "By signing an agreement that delimits their maritime zones, Greece and Egypt have breached…": where the sentence
 * opens with the act in a clause of its own, the names that begin the next clause are its signers. None where the
 * opening clause ends with the sentence or no name follows its comma.
 */
function openingSigners(text: string, sentence: Sentence, noun: TermMatch, inSentence: readonly EntityMention[]): { clauseEnd: number; signers: Set<EntityMention> } | undefined {
  if (!OPENING_ACT.test(text.slice(sentence.start, noun.start))) return undefined;
  const comma = text.slice(noun.end, sentence.end).search(/,\s/);
  if (comma < 0) return undefined;
  const clauseEnd = noun.end + comma + 1;
  const signers = new Set<EntityMention>();
  let edge = clauseEnd;
  for (const m of inSentence) {
    if (m.start < clauseEnd) continue;
    const gap = text.slice(edge, m.start);
    if (signers.size ? !LIST_GAP.test(gap) && !/^['’]s\s+(?:[\w-]+\s+){0,3}$/.test(gap) : !/^\s+(?:both\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/u.test(gap)) break;
    signers.add(m);
    edge = m.end;
  }
  return signers.size ? { clauseEnd, signers } : undefined;
}

/**
 * A clause of its own after the act, opened by a conjunction ("…, at the very moment when Greece, Cyprus and Israel are
 * getting ready to sign the agreement on the EastMed pipeline"): the words before its subject, names shown as "N".
 */
const OWN_CLAUSE_OPENS = /(?:;|,\s*(?:and|but)|\b(?:when|while|whereas|after|before|until|once))\s+(?:the\s+)?(?:N(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$/i;
/**
 * "… set off a storm of reactions, not only from Greece and Cyprus but also from the EU, the USA, Russia and Israel":
 * whom a reaction to the act came from, across a few words and down a list (names shown as "N").
 */
const REACTION_FROM = /\b(?:reactions?|criticism|protests?|objections?|condemnation|backlash|outcry|uproar|anger|opposition)\b[^.;:]{0,60}?\bfrom\s+(?:the\s+)?(?:N(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$/i;
/** What may come between that clause's subject and its verb: the rest of a list of names, and auxiliaries. */
const SUBJECT_THEN_VERB = /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?N)*\s+(?:(?:are|is|were|was|have|has|had|will|would|also|then|later|jointly|themselves|getting|got|ready|preparing|prepare|prepared|set|due|about|going|expected|poised|planning|plan|planned|to|be|been)\s+)*$/i;
/** The verb's object is an agreement of its own: another one, or one with its own complement ("the agreement on the EastMed pipeline"). */
const ANOTHER_OBJECT = /^\s+(?:(?:a|an|another)\s+|(?:the|their|its)\s+(?:own|new|separate)\s+)(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
const OWN_COMPLEMENT = /^\s+(?:on|for|over|about|concerning|regarding)\s/i;

/** ", a step that …", ", a move which …": a summing-up of what the sentence told. */
const SUMMING_UP = /,\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:step|move|decision|development)\s+(?:that|which)\b/i;

/**
 * "Turkey, which backs the Government of National Accord led by Fayez al-Serraj, signed agreements on …", and no other
 * side named: the side the signer backs is the one it signed with. The first body named after the backing verb, and
 * names of the same state after it, become parties (not of the act's own words).
 */
function withBackedSide(roles: RoleMention[], backing: { signer: EntityId; start: number; end: number }, text: string, gazetteer: ReadonlyMap<EntityId, Entity>): RoleMention[] {
  const signerState = stateOfEntity(backing.signer, gazetteer);
  if (roles.some((r) => r.role === "party" && stateOfEntity(r.stands_for, gazetteer) !== signerState)) return roles;
  const verbEnd = backing.start + (BACKING_VERB.exec(text.slice(backing.start, backing.end))?.index ?? backing.end - backing.start);
  const backed = roles.find((r) => r.mention.start >= verbEnd && r.mention.end <= backing.end);
  if (!backed) return roles;
  const backedState = stateOfEntity(backed.stands_for, gazetteer);
  if (backedState === signerState) return roles;
  return roles.map((r) => (r.mention.start >= verbEnd && r.mention.end <= backing.end && stateOfEntity(r.stands_for, gazetteer) === backedState ? { ...r, role: "party" as const } : r));
}

/**
 * "The government of national unity of Fayez al Sarraj": a government named as a person's, in words that belong to
 * another body (a translation's), is the person's government. Up to three words (given names, "al") may come before
 * the person's name; the person must be the very next name.
 */
function headedBy(text: string, m: EntityMention, next: EntityMention | undefined, gazetteer: ReadonlyMap<EntityId, Entity>): EntityId | undefined {
  if (!next || gazetteer.get(m.entity)?.kind !== "government" || !/^\s+(?:of|led by|headed by|under)\s+(?:the\s+)?(?:(?:prime minister|premier|president|chairman)\s+)?(?:\p{L}[\p{L}'’-]*[\s-]+){0,3}$/iu.test(text.slice(m.end, next.start))) return undefined;
  const person = gazetteer.get(next.entity);
  const own = person?.kind === "person" ? person.acts_for : undefined;
  return own && own !== m.entity && gazetteer.get(own)?.kind === "government" ? own : undefined;
}

// An apposition to the verb's subject: its opening comma, after words of the subject ("The head of the GNU, "), and its
// closing comma right before the verb's auxiliary (", has concluded").
const APPOSITION_OPENS = /[\p{L}\p{N})]\s*,\s+$/u;
const APPOSITION_CLOSES = /^\s*,\s+(?:has|have|had|was|were|will|would)\s+(?:(?:also|now|just|already|recently|reportedly|since|then|officially|formally|finally)\s+)?$/i;

// ", whose main foreign backer against Khalifa Haftar's Libyan National Army (LNA) is Turkey, ": a relative clause
// between two commas, ending where the verb (or its auxiliary) begins.
const ASIDE_BEFORE_VERB = /,\s+(?:whose|who|which)\s(?:[^,;.:()]|\([^()]{1,40}\)){1,160},\s*(?:(?:had|has|have|also|then|later|jointly|formally)\s+)*$/i;

/** The relative clause set off by commas that ends right before the verb at `verbStart`, if there is one. */
function asideBefore(text: string, sentenceStart: number, verbStart: number): { start: number; end: number } | undefined {
  const found = ASIDE_BEFORE_VERB.exec(text.slice(sentenceStart, verbStart));
  return found ? { start: sentenceStart + found.index, end: verbStart } : undefined;
}

// ", which has Tripoli as its seat,": a short relative clause between two commas, before "and with" goes on listing sides.
const RELATIVE_ASIDE = /,\s+(?:which|who|whose)\s[^,;.:]{1,60},(?=\s+and\s+(?:with|between|among|by)\b)/gi;

/** A name in a "between …" or "with …" that follows the act, before the clause ends: "reached after meetings between A, his counterpart B and C". */
function inPartyZone(text: string, sentence: Sentence, m: EntityMention, actEnd: number, passive = false): boolean {
  if (m.start < actEnd) return false;
  const between = text.slice(actEnd, m.start);
  const words = passive ? /\b(?:between|with|among|by)\b/i : /\b(?:between|with|among)\b/i;
  const zone = words.exec(between);
  if (!zone) return false;
  // A relative clause set off by commas is an aside within the zone: "with the government of Fayez al-Sarraj, which
  // has Tripoli as its seat, and with Qatar".
  const rest = between.slice(zone.index).replace(RELATIVE_ASIDE, (aside) => " ".repeat(aside.length));
  // The zone ends with its clause, at a colon, at another agreement, or where a second verb takes over ("… and sent troops").
  // A second "with" (or "by") opens a phrase of its own: "with Turkey, its supporter in the conflict with Haftar",
  // "the memorandum with Turkey, to uncover … the employment by Greece of the parliament"; but not one joined to the
  // first by "and" ("with the GNA …, and with Qatar"), which goes on listing sides.
  const sideWords = new RegExp(words.source, "gi");
  const after = rest.slice(zone[0].length);
  const another = [...after.matchAll(sideWords)].some((w) => !(w[0].toLowerCase() === zone[0].toLowerCase() && /(?:^|[,\s])and\s+$/i.test(after.slice(0, w.index))));
  // A colon opens a statement of its own: "… signed by the GNA and Turkey, and for reminding him of what we knew: that
  // the House of Representatives had decided not to ratify it".
  // (Nor a clause after ", and" whose subject is the name: "with the GNA, and Qatar has since sent troops".)
  return !another && !CLAUSE_END.test(rest) && !andClauseBefore(text, actEnd, m.start, m.end + 30) && !/:\s/.test(rest) && rest.length <= 160 && !/\b(?:agreement|deal|memorand|MoU|pact|accord|protocol|treaty)/i.test(between) && !SECOND_VERB.test(rest);
}

/** A name close to the act's words (within 60 characters) with no clause break between them. */
/** A "that" or "which" clause after the noun, in its clause, whose subject names a side and whose verb makes an act: "that Turkey and the GNA signed". */
function relativeMakerAfter(text: string, noun: { start: number; end: number }, sentence: Sentence, mentions: readonly EntityMention[]): boolean {
  const rest = text.slice(noun.end, Math.min(sentence.end, noun.end + 160));
  const found = /\b(?:that|which)\s+((?:[\p{L}.'’-]+\s+){1,10}?)(?:(?:had|has|have)\s+)?(?:signed|concluded|inked|reached|sealed|struck|agreed)\b/u.exec(rest);
  if (!found || CLAUSE_END.test(rest.slice(0, found.index)) || /[,;]/.test(rest.slice(0, found.index))) return false;
  const from = noun.end + found.index;
  const to = from + found[0].length;
  return mentions.some((m) => m.start >= from && m.end <= to);
}

/** Between a noun and its verb, a relative clause's own subject: "(that) Tripoli", "which Ankara and the GNA had". */
const RELATIVE_MAKERS = /^\s+(?:(?:that|which)\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|the|of|al|el))*\s+(?:(?:had|has|have|was|were|also|once|then|only|recently|later)\s+)?$/u;

/**
 * Whether a clause opened by ", and" with a subject of its own (AND_CLAUSE) starts between `from` and `until`, its
 * subject and verb ending by `to`. Read in the whole text, so that what comes before the comma is seen.
 */
function andClauseBefore(text: string, from: number, until: number, to: number): boolean {
  AND_CLAUSE_FROM.lastIndex = from;
  const found = AND_CLAUSE_FROM.exec(text);
  return found !== null && found.index < until && found.index + found[0].length <= to;
}
const AND_CLAUSE_FROM = new RegExp(AND_CLAUSE.source, "gi");

function inActClause(text: string, gapText: (from: number, to: number) => string, m: EntityMention, actStart: number, actEnd: number): boolean {
  const gap = m.end <= actStart ? gapText(m.end, actStart) : m.start >= actEnd ? gapText(actEnd, m.start) : "";
  // (A clause after ", and" is told by its subject and verb, past the gap: "…, and Qatar has since sent troops".)
  return gap.length <= 60 && !CLAUSE_END.test(gap) && !(m.start >= actEnd && andClauseBefore(text, actEnd, m.start, m.end + 30));
}

/**
 * Names right after "backed by", "supported by"…, with the list that follows, and names followed by "-backed" or
 * ", which backs". A feeling in the passive ("Greece and Egypt were angered by the deal Turkey signed") turns round:
 * the names before it are the opponents, and what follows "by" is what angered them.
 */
function backerMentions(text: string, mentions: readonly EntityMention[], phrases: readonly TermMatch[], nouns: readonly TermMatch[]): Set<EntityMention> {
  const out = new Set<EntityMention>();
  for (const b of phrases) {
    const passive = !/\bby$/i.test(text.slice(b.start, b.end)) && /^\s+by\b/i.test(text.slice(b.end, b.end + 4));
    if (passive) {
      let edge = b.start;
      for (const m of [...mentions].reverse()) {
        if (m.end > edge) continue;
        const gap = text.slice(m.end, edge);
        const first = edge === b.start;
        if (first ? gap.length <= 60 && !/[.;]/.test(gap) && !CLAUSE_END.test(gap) && !nouns.some((n) => n.start >= m.end && n.end <= b.start) : LIST_GAP.test(gap)) {
          out.add(m);
          edge = m.start;
        } else if (!first) break;
      }
      continue;
    }
    let last = b.end;
    for (const m of mentions) {
      if (m.start < b.end) continue;
      const gap = text.slice(last, m.start);
      const first = last === b.end;
      // "against an accord between Libya and Turkey": names after an agreement noun are its sides, not the target.
      // "the offensive of Khalifa Haftar's self-styled Libyan National Army": what the backed or opposed side owns is it too.
      if (first ? gap.length <= 40 && !/[.;]/.test(gap) && !CLAUSE_END.test(gap) && !nouns.some((n) => n.start >= b.end && n.end <= m.start) : LIST_GAP.test(gap) || /^['’]s\s+(?:[\w-]+\s+){0,3}$/.test(gap)) {
        out.add(m);
        last = m.end;
      } else if (!first) break;
    }
  }
  for (const m of mentions) {
    // "the attack on the capital in mid-2020 by the strongman of the east, Khalifa Haftar": who attacks is no party.
    if (/\b(?:attacks?|offensives?|assaults?|onslaughts?|advances?|sieges?)\b[^.;]{0,40}\bby\s+(?:the\s+)?(?:[^.;,]{0,40},\s*)?(?:[\p{L}.'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.start - 120), m.start))) out.add(m);
    // "so that the attacks of warlord Khalifa Haftar's militias could be pushed back": nor is the one the act is aimed
    // against ("an agreement to repel warlord Haftar's militias").
    if (/\b(?:attacks?|offensive|assault|onslaught|advance|siege|aggression)\s+of\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.start - 80), m.start))) out.add(m);
    if (/\bto\s+(?:help\s+)?(?:repel|repulse|push back|drive back|beat back|fend off|ward off|hold off|stave off|hold back|thwart|stand up to|counter|fight|defeat|confront|deter|halt|resist)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, m.start - 80), m.start))) out.add(m);
    // "military assistance to the government in Tripoli in its standoff with the Libyan National Army", "locked in a
    // conflict with the government of Major General Khalifa Haftar": its adversary.
    if (/\b(?:standoff|stand-off|confrontation|conflict|war|fighting|battle|struggle|clashes)\s+(?:with|against)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/iu.test(text.slice(Math.max(0, m.start - 80), m.start))) out.add(m);
    // "helped the capital beat back the LNA's assault": whose attack it was is no party either.
    if (/^['’]s\s+(?:[\w-]+\s+){0,2}?(?:attack|attacks|offensive|assault|onslaught|advance|siege|campaign against)\b/i.test(text.slice(m.end, m.end + 40))) out.add(m);
    if (namedAsBacker(text, m)) out.add(m);
  }
  return out;
}

/** Before a name, the opening of a clause that says where something is: ", where ", up to the name with no comma. */
const WHERE_CLAUSE = /,\s+where\s+[^,;.]*$/i;

/** After a name, a company it owns, which is the side and not the state: "'s national oil company", "Turkish Petroleum Corporation". */
const COMPANY_AFTER = /^(?:['’]s)?\s+(?:(?:national|state|state-owned|state-run|public|private|civilian|oil|gas|energy|petroleum|power|electricity|construction|contracting|engineering|building|infrastructure|logistics|mining|technology|telecommunications|aviation|defen[cs]e|arms|shipping|investment)\s+){0,3}(?:compan(?:y|ies)|corporations?|firms?|enterprises?|conglomerates?|contractors?)\b/iu;

/**
 * After a name, the rest of a company's or business body's own name, which the name is only part of: "Libyan National
 * Mining Company", "Emaar Libya Holding", "the Türkiye–Libya Business Council", "the Turkish-Libyan Chamber of
 * Commerce". The body, not the state, was the side. (Capitalised words only up to the head noun: a proper name. Not
 * a headline's capitalised verb or preposition: "Libya Inks Deal With Oil Company" names Libya as a side.)
 */
const ORGANISATION_AFTER = /^(?:\s*[–—-]\s*\p{Lu}[\p{L}]*)?(?:\s+(?!(?:And|Or|With|To|For|In|On|At|From|By|Signs?|Signed|Signing|Inks?|Inked|Seals?|Sealed|Agrees?|Agreed|Reach(?:es)?|Reached|Strikes?|Struck|Clinch(?:es)?|Clinched|Concludes?|Concluded)\b)\p{Lu}[\p{L}&-]*){0,4}\s+(?:Compan(?:y|ies)|Corporation|Holdings?|[Bb]usiness\s+[Cc]ouncil|[Cc]hambers?\s+of\s+[Cc]ommerce|[Bb]usiness(?:men['’]s)?\s+[Aa]ssociation|[Bb]usiness\s+[Ff]orum)\b/u;

/** Before a name, a transfer of goods it may qualify: "deliveries of ", "the purchase of ", "supplies of ". */
const GOODS_TRANSFER_BEFORE = /\b(?:deliver(?:y|ies)|suppl(?:y|ies)|sales?|purchases?|shipments?|imports?|exports?|procurement|acquisitions?)\s+of\s+(?:the\s+|\d+\s+)?$/iu;

/** After a state's adjective, goods it qualifies (up to two words between): "armoured cars and tanks", "-made drones". */
const GOODS_AFTER = /^(?:[-‐]made)?\s+(?:[\p{L}-]+\s+){0,2}?(?:armou?red|tanks?|drones?|weapons?|arms|vehicles?|equipment|rifles?|ammunition|missiles?|aircraft|jets?|helicopters?|ships?|boats?|vessels?|frigates?|corvettes?|goods|products?|wheat|steel|cement)\b/iu;

// "… between NOC and TPAO", "between Eni and the National Oil Corporation": two capitalised names right after the noun.
const BETWEEN_NAMES = new RegExp(String.raw`^\s+${MADE_BEFORE_SIDES}between\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4}\s+and\s+(?:the\s+|its\s+)?\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,4}`, "u");

/** A state's company named at the act's table ("signed by Libya's national oil company with its Turkish counterpart"). */
export function companySide(r: RoleMention): boolean {
  return r.company === true && (r.core || r.signer);
}

/**
 * Whether the act's own words name sides that are no state or government: a company a state owns made it, or the two
 * names its "between" gives are none the gazetteer knows ("the agreement between NOC and TPAO").
 */
function sidesOfTheirOwn(text: string, sentence: Sentence, noun: TermMatch, inSentence: readonly EntityMention[], roles: readonly RoleMention[]): boolean {
  if (roles.some(companySide)) return true;
  const between = BETWEEN_NAMES.exec(text.slice(noun.end, sentence.end));
  return between !== null && !inSentence.some((m) => m.start >= noun.end && m.end <= noun.end + between[0].length);
}

/** After a name, its relation to another side, whom it only describes: "'s neighbour", "'s western ally". */
const RELATIVE_OF = /^['’]s\s+(?:[\p{L}-]+\s+)?(?:neighbou?rs?|ally|allies|rivals?|partners?|enemy|enemies|foes?|friends?|adversar(?:y|ies)|predecessors?|successors?)\b/iu;

/** Names that reject or condemn the act: the sentence's subject before a contesting verb, or the names after "by" following it. */
const JUDGES_BARE = /\b(?:consider|deem|call|brand|label|declar|pronounc|rul|f(?:i|ou)nd)\w*\s+(?:the|this|that|these|those|its|their)\s+[^.;]{0,100}?$/i;
const JUDGES = /\b(?:regard|consider|see|saw|deem|call|describe|view|brand|label|declare|slam|blast|condemn|denounc|reject|criticis|criticiz|dismiss|lambast|decr)\w*\s+[^.;,]{0,80}?\bas\s+(?:an?\s+|the\s+)?$/i;

/**
 * Right after a side's name, up to the "that" of what it says: a verb by which it speaks, informs or holds, and
 * whom it addresses ("has informed the Security Council", "hold", "maintain").
 */
const SAYS_THAT = /^\s+(?:has\s+|have\s+|had\s+|also\s+|all\s+)?(?:inform\w*|told|tells|notif\w*|warn\w*|said|says|say|announc\w*|declar\w*|stated|states|state|insist\w*|reiterat\w*|confirm\w*|underlin\w*|emphasi[sz]\w*|recall\w*|wrote|writes|argue\w*|hold|holds|held|maintain\w*|believe\w*|consider\w*|contend\w*|claim\w*|stress\w*|assert\w*)\b[^.;]*$/i;

/** Between a name and a colon, a verb of saying or a word for a stance: "said:", ", set out a shared position:". */
const STATES_BEFORE_COLON = /^[\s,]+(?:has\s+|have\s+|had\s+|also\s+|both\s+)?(?:(?:said|says|say|stated|states|declared|declares|insisted|insists|stressed|stresses|added|adds|wrote|writes|told\s+[^.;:]{0,40}|warned|warns|put it\s+[^.;:]{0,20})|(?:set|sets|laid|lays|made|makes|gave|gives|took|takes|stated|states|spelled|spelt)\s+(?:out\s+)?(?:a|an|the|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}(?:position|view|stance|line|message|verdict|conclusion|opinion|assessment))\s*$/iu;

/**
 * The names within `reach` before `at` of which `says` holds for the words up to it ("Cyprus, Greece and Egypt hold"
 * before "that"), the nearest such name first and those listed with it.
 */
function speakersBefore(text: string, mentions: readonly EntityMention[], at: number, reach: number, says: RegExp): EntityMention[] {
  const earlier = mentions.filter((m) => m.end <= at && at - m.end <= reach).reverse();
  const first = earlier.findIndex((m) => says.test(text.slice(m.end, at)));
  if (first < 0) return [];
  const speakers = [earlier[first]!];
  for (let i = first + 1; i < earlier.length && LIST_GAP.test(text.slice(earlier[i]!.end, earlier[i - 1]!.start)); i++) speakers.push(earlier[i]!);
  return speakers;
}

/** A verb of saying or holding right after a side's name, then the agreement and what it is said to be: "insists the … memorandum is". */
const SAYS_DIRECT = /^\s+(?:has\s+|have\s+|also\s+)?(?:insist\w*|said|says|say|maintain\w*|argue\w*|hold|holds|held|believe\w*|claim\w*|contend\w*|stress\w*|assert\w*|reiterat\w*)\s+(?:the|this|that|its|their)\s+[^.;]*\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?$/i;

/** Between the last name of a relative clause and a contesting word: "(which Greece) says is", "(that Egypt) considers". */
const RELATIVE_SAYS = /^\s+(?:(?:has|have|also)\s+)?(?:say|says|said|consider|considers|considered|deem|deems|deemed|call|calls|called|believe|believes|insist|insists|claim|claims|maintain|maintains|regard|regards|see|sees)\s+(?:(?:is|are|was|were|to be|as)\s+)?(?:\w+\s+)?$/i;

/** Right before an agreement noun, a verb of answering it, and its determiner: "answered the", "reacted angrily to the new". */
const REACTED_TO = /\b(answered|responded\s+(?:\w+ly\s+)?to|reacted\s+(?:\w+ly\s+)?to|retaliated\s+(?:against|for)|hit\s+back\s+at)\s+(?:(?:the|this|that|these|those|its|their)\s+)?(?:(?!(?:by|with|in|on|at|for|after|before|and|to|of|from)\s)[\p{L}'’-]+\s+){0,4}$/iu;

// A relative clause whose verb disputes what it follows, its subject up to five words: "that Egypt and Greece dispute".
const RELATIVE_DISPUTE = /\b(?:that|which)\s+(?:[^\s.;,]+\s+){1,5}?(?:(?:also|still|strongly|both)\s+)?(dispute|disputes|disputed)\b(?!\s+by\b)/gi;

// "In protest against", "as a protest at": why the clause's subject did what it did.
const IN_PROTEST = /\b(?:in|as\s+an?)\s+protests?$/i;
// Between a clause's subject and whom its verb acted on: "expelled the", "has recalled its", "summoned".
const ACTED_ON = /^\s+(?:(?:has|have|had|also|then|promptly|immediately)\s+)*(?:[a-z]+ed|withdrew|threw|sent|took)\s+(?:(?:the|its|their|his|her|a|an)\s+)?$/i;
// A verb of asking before whom is asked to contest an act ("urged Libya to annul"), and what may stand between the one who
// asks and it ("Mitsotakis had asked", "Dendias on Monday urged"; or a noun of asking: "Greece has renewed its call on").
const ASKED_TO = /\b(?:asked|asks|asking|urged|urges|urging|(?:called|calls|calling|call)\s+on|pressed|presses|pressing|requested|requests|invited|invites|encouraged|encourages)\s+(?:the\s+)?$/i;
const ASKER_GAP = /^\s*(?:(?:has|have|had|also|again|repeatedly|publicly|formally|already|then|once again|yesterday|today|on\s+\w+)\s+)*(?:(?:renewed|repeated|reiterated|made|issued)\s+(?:its|his|her|their|a)\s+)?$/i;
// What only a side can do to its own act: undo it.
const UNDONE_BY_A_SIDE = /^(?:cancel|annul|suspend)$/i;

// "Opposed to" after a form of "be", an adjective of stance, not a passive ("Israel is strongly opposed to the deal").
const OPPOSED_TO = /^opposed\s+to\b/i;

// A clause opened by a conjunction with a pronoun for its subject, right before a verb: "because it violates".
const OWN_PRONOUN_CLAUSE = /\b(?:because|since|as|while|although|though|but|and)\s+(?:it|they|this|these)\s+["“']?$/i;

function reactorMentions(text: string, mentions: readonly EntityMention[], lexicon: Lexicon, verb: NonNullable<ActMention["verb"]>, lexical: LexicalMatches, actedOn: Set<EntityMention>): Set<EntityMention> {
  const out = new Set<EntityMention>();
  const nounBetween = (a: number, b: number) => lexical.nouns.some((n) => n.start >= a && n.end <= b);
  // Who is found to say what follows is the critic, in place of the names read so far.
  const saidBy = (speakers: readonly EntityMention[]) => {
    if (!speakers.length) return;
    out.clear();
    for (const m of speakers) out.add(m);
  };
  // "Egypt and Greece regard the Turkey-Libya memorandum as a breach of international law": who judges the agreement
  // so is its critic; the names in what is judged are not.
  const lead = text.slice(Math.max(0, verb.start - 120), verb.start);
  // "Egypt has declared the agreement that Sarraj signed with Turkey invalid": a contesting adjective after the
  // agreement it judges, with no "as", is judged by the subject of "declared" too.
  // So is "a violation" or "a breach" after it ("Athens has called the memorandum … a violation of international law").
  const bare = CONTEST_ADJECTIVE.test(verb.text) || NO_WORTH.test(verb.text) || (CONTEST_NOUN.test(verb.text) && /\ban?\s+(?:[\w-]+\s+)?$/i.test(lead)) ? JUDGES_BARE.exec(lead) : null;
  const judged = JUDGES.exec(lead) ?? (bare && nounBetween(verb.start - lead.length + bare.index, verb.start) ? bare : null);
  const start = judged ? verb.start - lead.length + judged.index : verb.start;
  // "The memorandum Turkey signed with the GNA remains contested by Greece": a passive verb's critics come after "by";
  // the names before it are in what is contested.
  // So has a predicate the agreement "has": "the agreement … between Egypt and Greece has no legal effect".
  // "Israel is opposed to the agreement" is no passive: "opposed to" after "is" says what its subject does.
  // ("Greece is opposing the memorandum" is no passive either: a participle in -ing is active.)
  const passive = !judged && ((/\b(?:is|are|was|were|been|be|being|remains?|remained|stays?|stayed)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, verb.start - 30), verb.start)) && !OPPOSED_TO.test(text.slice(verb.start, verb.end + 8)) && !/ing$/i.test(verb.text)) || (NO_WORTH.test(verb.text) && /\b(?:has|have|had)\s+$/i.test(text.slice(Math.max(0, verb.start - 8), verb.start))));
  const before = passive ? [] : mentions.filter((m) => m.end <= start).reverse();
  let edge = start;
  for (const m of before) {
    const gap = text.slice(m.end, edge);
    // "… signed with Turkey in 2019, because it violates the law": a clause of its own, whose subject is a pronoun.
    if (gap.length > 60 || /[.;]/.test(gap) || nounBetween(m.end, edge) || OWN_PRONOUN_CLAUSE.test(gap) || (edge !== start && !LIST_GAP.test(gap) && !LIST_GAP_WITH_NAME.test(gap) && !/^['’]s\s/.test(gap))) break;
    // "the memorandum Turkey and Libya signed in 2019 breaches the rights of third countries": names right after the
    // agreement, subject of its own verb before the contesting one, say who made it; the agreement is the contest's subject.
    if (edge === start && lexical.acts.some((v) => v.start >= m.end && v.end <= start && lexicon.statusOf(v.term) !== "contested") && lexical.nouns.some((n) => n.end <= m.start && /^\s*(?:(?:that|which)\s+)?(?:[\p{L}'’-]+\s+){0,6}?$/u.test(text.slice(n.end, m.start)))) break;
    // "The agreement, signed by Ankara with the government of al-Sarraj, violates Greek zones": a name that closes an aside
    // opened by a comma right after the agreement describes it; the agreement is what the verb's subject is.
    if (edge === start && /^\s*,\s*$/.test(gap) && lexical.nouns.some((n) => n.end <= m.start && m.start - n.end <= 150 && /^\s*,/.test(text.slice(n.end, m.start)) && !/[.;]/.test(text.slice(n.end, m.start)))) break;
    // "… the illegal MoU on maritime zones between Turkey and Libya, which in his words violates international law": a
    // relative clause after the sides an agreement's own words list ("between", "with") says something of the agreement.
    if (edge === start && /^\s*,?\s*(?:which|that)\b/i.test(gap) && lexical.nouns.some((n) => n.end <= m.start && m.start - n.end <= 100 && /\b(?:between|with|among)\s[^,;.]*$/i.test(text.slice(n.end, m.start)))) break;
    // "The memorandum was signed by Turkey and the GNA, and Egypt has since called it void": names before a clause opened
    // by ", and" with a subject of its own are in another clause.
    if (andClauseBefore(text, m.end, m.end + 1, start)) break;
    // "…voted to sever relations with Turkey and to annul the accord": the object of another verb's preposition is no critic.
    if (edge === start && /\b(?:with|to|from|against|towards?|over|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 16), m.start)) && /^\s*,?\s*and\s+(?:to\s+)?$/i.test(gap)) break;
    out.add(m);
    edge = m.start;
  }
  // "Greece expelled the Libyan ambassador in protest against the memorandum": "in protest" says why the clause's
  // subject acted; the critic is that subject, not whom it acted on.
  if (out.size && IN_PROTEST.test(text.slice(Math.max(0, verb.start - 12), verb.end))) {
    const subject = mentions.filter((m) => m.end <= edge).at(-1);
    if (subject && ACTED_ON.test(text.slice(subject.end, edge))) {
      for (const m of out) actedOn.add(m);
      out.clear();
      out.add(subject);
      // (And those listed with it: "Greece and Cyprus recalled their envoys".)
      for (let m = subject, i = mentions.indexOf(subject) - 1; i >= 0 && LIST_GAP.test(text.slice(mentions[i]!.end, m.start)); m = mentions[i]!, i -= 1) out.add(mentions[i]!);
    }
  }
  // "Mitsotakis had asked Libya to cancel the agreement", "Greece urged the Libyan authorities to annul it": who asks
  // for the contest is a critic too, beside whom is asked.
  const beforeAsked = text.slice(Math.max(0, edge - 40), edge);
  const asking = out.size ? ASKED_TO.exec(beforeAsked) : null;
  if (asking) {
    const askAt = edge - beforeAsked.length + asking.index;
    const asker = mentions.filter((m) => m.end <= askAt && askAt - m.end <= 40).at(-1);
    if (asker && ASKER_GAP.test(text.slice(asker.end, askAt))) {
      // (Asked to undo the act, "to cancel", "to annul" it, is asked as a side: the asker alone contests it.)
      if (UNDONE_BY_A_SIDE.test(verb.text)) out.clear();
      out.add(asker);
    }
  }
  // "Egypt has informed the Security Council that it rejects the agreements", "Cyprus, Greece and Egypt hold that the
  // 2019 agreement violates their rights": where a "that" clause, its subject a pronoun or the agreement, does the
  // contesting, its critics are who say or hold it, not whom they address.
  // "The maritime memorandum, which Egypt and Greece say is illegal": who says so in a relative clause on the agreement.
  const sayers = mentions.filter((m) => m.end <= verb.start && verb.start - m.end <= 40).reverse();
  if (sayers[0] && RELATIVE_SAYS.test(text.slice(sayers[0].end, verb.start))) {
    const list = [sayers[0]];
    for (let i = 1; i < sayers.length && LIST_GAP.test(text.slice(sayers[i]!.end, sayers[i - 1]!.start)); i++) list.push(sayers[i]!);
    if (/\b(?:which|that)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, list.at(-1)!.start - 12), list.at(-1)!.start))) {
      saidBy(list);
      return out;
    }
  }
  // "Athens insists the Turkish-Libyan understanding … is null and void": so do they with no "that".
  if (!/\bthat\s+[^.;]{0,80}$/i.test(lead)) {
    const speaker = mentions.filter((m) => m.end <= verb.start && verb.start - m.end <= 120).reverse().find((m) => SAYS_DIRECT.test(text.slice(m.end, verb.start)) && nounBetween(m.end, verb.start));
    saidBy(speaker ? [speaker] : []);
  }
  const clause = /\bthat\s+[^.;]{0,80}$/i.exec(lead);
  const thatAt = clause ? verb.start - lead.length + clause.index : -1;
  if (clause && (/^that\s+(?:it|they)\s+(?:\w+\s+)?$/i.test(clause[0]) || nounBetween(thatAt, verb.start))) saidBy(speakersBefore(text, mentions, thatAt, 120, SAYS_THAT));
  // "Tassoulas and his Libyan counterpart, Aguila Saleh, set out a shared position: the memorandum is illegal": who
  // states what follows a colon.
  const colon = /:\s+[^.;:]{0,80}$/.exec(lead);
  const colonAt = colon ? verb.start - lead.length + colon.index : -1;
  if (colon && nounBetween(colonAt, verb.start)) saidBy(speakersBefore(text, mentions, colonAt, 80, STATES_BEFORE_COLON));
  const by = /^\s*(?:\S+\s+){0,3}?by\s+/i.exec(text.slice(verb.end, verb.end + 40));
  // "…, which Egypt and Greece say is illegal, was signed by Erdogan": a "by" after another clause's break is not the contest's.
  if (by && !/[,;]/.test(by[0])) {
    let last = verb.end + by[0].length;
    let first = true;
    for (const m of mentions) {
      if (m.start < last) continue;
      const gap = text.slice(last, m.start);
      // "rejected by many countries, such as Greece, Cyprus and Egypt": the first name may come after a few words.
      const fits = first ? gap.length <= 40 && !/[.;]/.test(gap) : LIST_GAP.test(gap);
      if (!fits) break;
      out.add(m);
      last = m.end;
      first = false;
    }
    // "… rejected by the Tobruk-based HoR and by the Arab states that stand behind it, first among them Egypt": the
    // rest of the clause after "by" names critics too.
    for (const m of mentions) if (!first && m.start >= last && m.start - last <= 90 && !/[.;]/.test(text.slice(last, m.start)) && !CLAUSE_END.test(text.slice(last, m.start))) out.add(m);
  }
  // "Haftar rejected the memorandum, and so did Egypt, Cyprus, Greece and Israel": those who did the same after it.
  const same = SO_DID.exec(text.slice(verb.end, verb.end + 160));
  if (same && out.size) {
    let last = verb.end + same.index + same[0].length;
    for (const m of mentions) {
      if (m.start < last) continue;
      if (m.start !== last && !LIST_GAP.test(text.slice(last, m.start))) break;
      out.add(m);
      last = m.end;
    }
  }
  return out;
}

/** After the verb, within its sentence, the words that give others the same act: ", and so did ", ", as did ". */
const SO_DID = /^[^.;]{0,80}?,?\s+(?:and\s+so\s+(?:did|have|had|has)|as\s+(?:did|have|had|has)|and\s+so\s+too\s+(?:did|have|had|has))\s+(?:the\s+)?/i;

/**
 * Places the sentence puts the act in: a place named after "in", "at", "to" or "visited", nearest the act's words
 * first. A place that only says where a body sits ("the GNA in Tripoli", "with seat in Tripoli") is not one.
 */
/**
 * Whether the act's verb is what its clause reports done ("signed an agreement", "the agreement was signed"), not a
 * participle or relative clause that describes an earlier act by its noun ("the memorandum signed in 2019", "the deal he
 * signed") or a clause of time ("after the deal was signed"): only then may a visit the sentence tells of be the scene
 * of the act.
 */
function actInMainClause(text: string, noun: { start: number; end: number }, verb: { start: number }): boolean {
  if (verb.start < noun.start) return true;
  // "…, came three years after the maritime agreement was concluded": a clause of time tells of an earlier act.
  if (/\b(?:after|before|since)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/iu.test(text.slice(Math.max(0, noun.start - 60), noun.start))) return false;
  return /^\s+(?:(?:has|have|had)\s+)?(?:was|were|been|be|being|is|are)\s+(?:\w+\s+)?$/i.test(text.slice(noun.end, verb.start));
}

/** The state an entity belongs to or stands for, following `part_of`, `stands_for` and `acts_for`. */
function stateOfEntity(id: EntityId, gazetteer: ReadonlyMap<EntityId, Entity>): EntityId {
  let current = id;
  for (let i = 0; i < 5; i += 1) {
    const e = gazetteer.get(current);
    const next = e?.kind === "state" ? undefined : (e?.part_of ?? e?.stands_for ?? e?.acts_for ?? e?.speaks_for);
    if (!next || next === current) break;
    current = next;
  }
  return current;
}

/**
 * The places the sentence names where the act was done. `visitScene` is false when the act is described rather than
 * reported ("During his visit to Ankara, Sarraj recalled the memorandum signed in 2019"): a visit is then no scene of it.
 */
function places(text: string, sentence: Sentence, entities: readonly EntityMention[], entitiesBefore: BySentence["entitiesBefore"], gazetteer: ReadonlyMap<EntityId, Entity>, at: number, anywhere: boolean, visitScene = true, after?: { noun: number; phrase: number }, noun?: { start: number; end: number }): EntityMention[] {
  const found = entities.filter((m) => {
    if (m.start < sentence.start || m.end > sentence.end || gazetteer.get(m.entity)?.kind !== "place") return false;
    const before = text.slice(Math.max(sentence.start, m.start - 30), m.start);
    if (!PLACE_BEFORE.test(before)) return false;
    // "During Sarraj's visit Ankara also signed a maritime accord": a capital right before the act's verb is who signs it.
    if (m.end <= at && /^\s+(?:(?:also|then|later|again|finally|formally|officially|subsequently|eventually|already|has|had|have)\s+){0,2}$/i.test(text.slice(m.end, at))) return false;
    // The body nearest before it: "Turkey and Libya's government in Tripoli" is Libya's.
    const owner = entitiesBefore(m.start, 40).findLast((e) => gazetteer.get(e.entity)?.kind !== "place" && gazetteer.get(e.entity)?.kind !== "person");
    // "The GNA in Tripoli" is where the GNA sits; "with the GNU in Ankara" is where the act was done: a body sits only in its own state.
    const sameState = (e: EntityMention) => stateOfEntity(e.entity, gazetteer) === stateOfEntity(m.entity, gazetteer);
    // So does a relative clause about who is there: "the members of the House who meet in Tripoli"; and "the Al-wefaq
    // government in Libya's Tripoli" sits there too.
    const describes = (/(?:\b(?:governments?|administrations?|executive|authorities|parliament|forces|army|authority|council|ministry|counterparts|regime|based|seat|sits|headquartered|capital)|\))\s*,?\s*(?:which\s+(?:sits|is based)\s+|with\s+(?:its\s+)?seat\s+)?in\s+(?:the\s+)?(?:\p{Lu}\p{L}*['’]s\s+)?(?:capital\s+)?$/iu.test(before) || /\bwho\s+(?!met\b|were\b|was\b|\w+ed\b)(?:\w+\s+){1,2}in\s+(?:the\s+)?$/i.test(before)) && (!owner || sameState(owner));
    // "an agreement on creating a naval base in Misrata", "a base of the Turkish navy in Misrata": where the thing
    // agreed on stands, not where it was agreed; so is a diplomat's post ("to expel the Libyan ambassador in Athens").
    const sited = /\b(?:base|bases|centre|center|centres|centers|facility|facilities|port|headquarters|academy|school|camp|airbase|air base|garrison|college|plant|ambassador|ambassadors|embassy|embassies|envoy|consul|consulate|chargé d'affaires)\s+(?:[\w-]+\s+){0,4}(?:in|at|near)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+)?(?:(?:port\s+|coastal\s+)?city|port|town)\s+of\s+)?$/iu.test(before);
    // "an accord setting up a trilateral military coordination in Misurata": where what it sets up will be.
    const setUp = /\b(?:setting up|set up|establishing|establish|creating|create|building|build|opening|open)\s+(?:[\w-]+\s+){1,5}(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 70), m.start));
    return !describes && !sited && !setUp && !(owner && sameState(owner) && /^\s*(?:\([^)]*\))?\s*,?\s*(?:which sits |based |with seat |seated )?in\s+$/i.test(text.slice(owner.end, m.start)));
  });
  // Only a place in the act's own clause: right by its words, with no clause or comma between.
  // A signing still to come is announced with its venue, often in an aside: any place the sentence gives it will do.
  const near = anywhere ? found : found.filter((m) => {
    // "signed an agreement of military cooperation with its Turkish counterpart in the capital Ankara": after the verb,
    // the distance runs from the end of the noun's own phrase, however long that phrase is, or from the noun for a
    // place inside it ("signed a memorandum on security and military cooperation in Istanbul").
    const from = !after || m.start < after.noun ? at : m.start >= after.phrase ? after.phrase : after.noun;
    // The comma of "the Turkish capital, Ankara" opens no aside.
    const gap = (m.start >= at ? text.slice(from, m.start) : text.slice(m.end, at)).replace(/\bcapital,(\s+)$/, "capital$1");
    // A comma may open a phrase about the act itself: "a signing ceremony, to be held in Benghazi".
    const aside = /^[^,;]*,\s*(?:to be held|held|due to be held|set to be held|scheduled|planned|which will be held|that will take place)\b[^,;]*$/i.test(gap);
    // "In Istanbul, Turkey and the GNA signed…": a place that opens the sentence sets the scene of its main clause.
    const opening = visitScene && m.end <= at && /^\W*(?:[Ii]n|[Aa]t)\s+(?:the\s+)?$/.test(text.slice(sentence.start, m.start)) && /^\s*,[^,;]*$/.test(gap) && !SPEECH.test(gap);
    // A visit sets the scene of the act the sentence reports: "visited Ankara and met … to finalise the deal".
    const visit = /\b(?:[Vv]isit(?:ed|s|ing)?(?:\s+to)?|arrival in|trip to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}$/u.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
    // "visited Istanbul on Wednesday, where he and Erdoğan signed…": "where" goes on with the visit's own scene; a
    // speaker between ("…, Sarraj said Turkey had signed…") tells of an act done elsewhere.
    if (visit) return visitScene && !SPEECH.test(gap) && !CLAUSE_END.test(gap.replace(/,\s+where\s/i, " where "));
    // "Turkish troops arrived in Tripoli under the memorandum signed by…": a place before the noun, whose verb comes
    // after it, is the main clause's.
    if (noun && m.end <= noun.start && at >= noun.end) return false;
    // "signed in Istanbul and ratified in Ankara": a place after a second act is that act's.
    if (m.start >= at && LATER_ACT.test(gap)) return false;
    // "… signed on 27 November, awaits ratification in Ankara": nor is a place after the words of another act.
    if (m.start >= at && ANOTHER_ACT_WORD.test(gap)) return false;
    // "the government that signed it remains in Tripoli": past the verb's own object pronoun, another verb's clause.
    if (m.start >= at && /^\S+\s+(?:it|them)\s+(?!(?:in|at|on|with|last|this|during|into|the|a|an|and|or|but)\b)[a-z]+\b/i.test(gap)) return false;
    return opening || (gap.length <= 50 && (aside || !/[,;]/.test(gap)) && !CLAUSE_END.test(gap));
  });
  return near.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
}

/**
 * Gives each date to the act it dates: a date in the act's own words ("the 2019 maritime deal"), one right by its verb
 * ("signed on Nov. 27", "on Wednesday signed"), or one that opens the sentence the act's verb governs ("In 2019,
 * Turkiye signed…"). A date elsewhere in the sentence dates something else ("Greece said on Friday…"). A date that
 * names an earlier event ("three years after a maritime deal") belongs only to the noun right after it. A day that
 * opens the paragraph is taken, not stated, by an act made afresh later in it.
 */
function attachDates(text: string, acts: ActMention[], dates: readonly DateMention[]): void {
  for (const d of dates) {
    const here = acts.filter((a) => d.start >= a.sentence.start && d.end <= a.sentence.end);
    if (d.namesEarlierEvent) {
      const next = here.find((a) => a.noun.start >= d.end && a.noun.start - d.end <= 40);
      if (next) next.dates.push(d);
      continue;
    }
    // "protocols for implementing the 2019 security memorandum": a date among a noun's own words dates that act alone.
    const owner = here.find((a) => a.ownWordsFrom !== undefined && d.start >= a.ownWordsFrom && d.end <= a.noun.start);
    if (owner) {
      owner.dates.push(d);
      continue;
    }
    for (const a of here) {
      if (datesAct(text, a, d)) a.dates.push(d);
      else if (d.date && FOLLOWED.test(text.slice(d.end, Math.max(d.end, a.noun.start))) && d.end <= a.noun.start) a.madeBefore = d;
    }
  }
  // "On Monday 17 August the ministers visited Tripoli. Both signed an agreement…": a day that opens the paragraph
  // sets the scene of the news it goes on to tell; an act made afresh in a later sentence, with no date of its own and
  // none between, happened then. Taken, not stated: no fact rests on a date its own sentence does not give.
  const opening = dates.find((d) => d.date?.precision === "day" && !d.namesEarlierEvent && OPENING_DATE.test(text.slice(0, d.start)));
  if (!opening) return;
  for (const a of acts) {
    if (a.dates.length || a.sentence.start <= opening.end || a.refers !== "none" || !a.verb?.done || (a.verb.status !== "signed" && a.verb.status !== "announced")) continue;
    if (dates.some((d) => d !== opening && d.start > opening.end && d.start < a.sentence.end)) continue;
    a.dates.push(opening);
    a.inherited.push("dates");
    a.inheritedFrom = "the date that opens its paragraph";
  }
}

/** Only a preposition or a time word before a date that opens a paragraph: "On Monday 17 August", "Late on Tuesday,". */
const OPENING_DATE = /^\s*(?:(?:on|in|early|late|last|this|by|at the end of)\s+)*(?:\p{Lu}\p{Ll}+day,?\s+)?$/iu;

// What an agreement is on, and nothing else: no clause ("on X, which …", "on the troops it sent …"), no figures, no
// brackets or quotations.
const TOPIC_PHRASE = /^\s+(?:on|over|concerning|regarding|covering)\s+(?:(?!\b(?:which|that|who|whose|when|where|while|after|before|since|it|they|he|she|we)\b)[^,;:.!?()"“”\d])*?\s$/i;
// A participle in that topic ("on the training of the troops deployed across the region") starts a clause of its own.
const PARTICIPLE = /\b[a-z]+ed\b/i;
const AFTER_BETWEEN = /\b(?:after|following|in the wake of|on the heels of)\b/i;

/** From a date to the noun of an act that came before it: ", following a security and military". */
// ", a day after the deal", ", two weeks after the signing of": an interval before "after" says as much.
const FOLLOWED = /^\s*,?\s*(?:(?:(?:a|one|two|three|four|five|six|a few|several|\d+)\s+(?:days?|weeks?|months?)|the day|just|only|shortly|soon|days|weeks|months)\s+)?(?:following|after|in the wake of|on the heels of)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/**
 * "by the Presidential Council of the Government of National Accord", "by Turkey and the GNA": a passive's named agent;
 * or the side it was made with, "with the previous Government of National Accord (GNA), led by Fayez al-Sarraj,", its
 * abbreviation and who led it included.
 */
// (And a second agent described, not named: "by Ankara and the previous executive in Tripoli".)
const AGENT_AFTER = /^\s+(?:by|with)\s+(?:the\s+)?(?:(?:previous|former|then|UN-backed|U\.N\.-backed|Tripoli-based)\s+)*\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}'’.-]*){0,8}(?:\s+and\s+the\s+(?:(?:previous|former|then|new|interim)\s+)?(?:government|executive|administration|authorities)\s+(?:in|of)\s+\p{Lu}[\p{L}'’.-]*)?(?:\s+\(\p{Lu}{2,6}\))?(?:,\s+(?:led|headed|chaired)\s+(?:at the time\s+)?by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*|\s+al-\p{Lu}[\p{L}'’.-]*){0,3},)?(?=\s)/u;

/** The gap after a verb, less the agent it names right after it ("signed by the GNA in 2019" → " in 2019"). */
function withoutAgent(gap: string, afterVerb: boolean): string {
  const agent = afterVerb ? AGENT_AFTER.exec(gap) : null;
  return agent ? gap.slice(agent[0].length) : gap;
}

function datesAct(text: string, act: ActMention, d: DateMention): boolean {
  const words = [act.noun, ...(act.verb ? [act.verb] : [])];
  // "signed by the Presidential Council of the Government of National Accord in 2019": the agent a passive verb names
  // is part of its phrase, and the date after it still dates the act.
  const gapTo = (w: { start: number; end: number }) => (d.start >= w.end ? withoutAgent(text.slice(w.end, d.start), w === act.verb) : text.slice(d.end, w.start));
  // "The mandate took effect in January 2020, following a security agreement that Turkey reached…": the date is of
  // what followed the act, which was made before it.
  if (d.end <= act.noun.start && FOLLOWED.test(text.slice(d.end, act.noun.start))) return false;
  // "The ministers said on Wednesday that a maritime border agreement between Turkey and Libya is unacceptable": a date
  // right after a verb of saying dates the saying, and an act its "that" clause names with no verb of making (only a
  // judgement of it) was not made then.
  if (d.end <= act.noun.start && (!act.verb || act.verb.status === "contested") && SAID_ON.test(text.slice(act.sentence.start, d.start)) && /\bthat\b/i.test(text.slice(d.end, act.noun.start))) return false;
  // Right by the noun or the verb, with no clause break between; not after a trailing attribution ("…, Turkish media
  // reported on Thursday"), which dates the report.
  // Nor a date before the verb that "after" sets apart from it ("said on Thursday, a day after the deal was signed").
  if (words.some((w) => gapTo(w).length <= 40 && !CLAUSE_END.test(gapTo(w)) && !(d.start >= w.end && /,/.test(gapTo(w)) && SPEECH.test(gapTo(w))) && !(d.end <= w.start && AFTER_BETWEEN.test(gapTo(w))))) return true;
  // After the noun's own topic, however long: "signed agreements on maritime boundaries and on security and military
  // cooperation last year".
  const topic = d.start >= act.noun.end ? text.slice(act.noun.end, d.start) : "";
  if (TOPIC_PHRASE.test(topic) && !PARTICIPLE.test(topic)) return true;
  // Opening the sentence: "On Nov. 27, 2019, Ankara and Tripoli signed…"; but "On Nov. 29, the minister said Turkey
  // signed…" dates the saying.
  // ("Late in November last year, Erdogan held talks with Sarraj, and the two agreed…": two such words may stand before it.)
  // So does one that opens a "that" clause after a short framing one: "It should be recalled that in November 2019 the
  // Libyan government signed…".
  const opening =
    (d.start - act.sentence.start <= 16 && /^\s*(?:(?:on|in|by|since|last|early|late|mid|at the end of)[\s-]+){0,2}$/i.test(text.slice(act.sentence.start, d.start))) ||
    THAT_CLAUSE_OPENS.test(text.slice(act.sentence.start, d.start));
  const verb = act.verb ?? act.noun;
  // "On Thursday the Secretary-General registered the agreement": with no act word of its own, the noun is the object of
  // what was done to it then (registered, published, submitted), not dated by it.
  const doneThen = !act.verb && ANOTHER_ACT_WORD.test(text.slice(d.end, verb.start));
  // "On 27 November the Turkish government and the GNA, which has the recognition of the international community,
  // signed…": a relative clause set off by commas describes the subject; the date still opens the verb's sentence.
  const between = text.slice(d.end, Math.max(d.end, verb.start)).replace(/,\s*(?:which|who|whose)\b[^,;.]*,/gi, ",");
  return opening && !doneThen && verb.start > d.end && !/[;]/.test(between) && !/\b(?:which|who|that)\b/i.test(between) && !SPEECH.test(between);
}

/** A short framing clause and "that", then a date's preposition: "It should be recalled that in", "Note that on". */
const THAT_CLAUSE_OPENS = /^[^,;:.]{0,50}\bthat\s+(?:(?:on|in|by|since|last|early|late|mid|at the end of)[\s-]+){0,2}$/i;

/** A verb of saying right before a date: "said on", "announced late on", "told reporters on". */
const SAID_ON = /\b(?:said|says|told|stated|announced|declared|confirmed|insisted|claimed|argued|stressed|added|noted|warned|reiterated)\s+(?:\w+\s+){0,2}?(?:(?:on|late on|early on|in|last)\s+)?$/i;

// The names of one form of act: "the memorandum" does not point back at "an agreement of cooperation", though "the
// deal" may point back at a memorandum.
export const MEMORANDUM = /^(?:memorand|mous?$)/i;

/** "A good sign", "a positive sign", "no sign": the noun, before which only a determiner and an adjective stand. */
const SIGN_AS_NOUN = /\b(?:a|an|no|any|another|every|the first|a first|one more)\s+(?:(?:good|positive|clear|encouraging|welcome|hopeful|strong|bad|worrying|negative|further|new|important)\s+)?$/i;
/** A sentence that goes on with what the last speaker said: "The official then stressed that…", "He added that…". */
const SPEAKER_GOES_ON = /^\s*(?:(?:the|this)\s+(?:official|minister|spokes(?:man|woman|person)|diplomat|envoy)|he|she)\s+(?:then\s+|also\s+|later\s+|further\s+)?(?:stressed|said|added|noted|insisted|underlined|emphasi[sz]ed|explained|argued|maintained|affirmed|asserted)\s+that\b/i;
/** An act named by a pronoun ("It also covers…"), and "also" right after it. */
const PRONOUN_NOUN = /^(?:it|this|that)$/i;
const ALSO_AFTER = /^\s+also\s/i;
// "this agreement", "that accord", "the said memorandum": a noun that points at the act just named.
const DEMONSTRATIVE_BEFORE = /\b(?:this|that|the said|the aforementioned|the above-mentioned)\s+$/i;
// "This Turkish-Libyan agreement", "these two memoranda": a demonstrative, before up to two words that describe the act.
const POINTED_AT = /\b(?:this|these|the said|the aforementioned|the above-mentioned)\s+(?!(?:year|week|month|summer|spring|autumn|fall|winter|time)\b)(?:[\p{L}'’-]+\s+){0,2}$/iu;
// What says what an act holds, right after its noun: "covered", "provides for", "includes".
const COVERS_AFTER = /^\s+(?:also\s+)?(?:covers|covered|provides for|provided for|includes|included|stipulates|stipulated|contains|contained|envisages|envisaged|foresees|foresaw)\b/i;

/** Whether a noun that points back can mean the earlier act: a memorandum is named as one, a general word fits any act. */
function sameForm(act: ActMention, earlier: ActMention): boolean {
  return !MEMORANDUM.test(act.noun.text) || MEMORANDUM.test(earlier.noun.text);
}

/** Whether an act's noun stands inside a quotation its sentence opens before it (straight or curly quotes). */
function quotedAt(act: ActMention): boolean {
  const before = act.sentence.text.slice(0, Math.max(0, act.noun.start - act.sentence.start));
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || before.lastIndexOf("“") > before.lastIndexOf("”");
}

/** Statuses that tell how an act was made, which a provision of it shares; a ratification or a protest comes later. */
const MAKING_STATUSES: ReadonlySet<Status> = new Set(["signed", "announced", "to be signed"]);

/**
 * "They signed an agreement on Monday. The two sides also agreed to grant…": an "also agreed" act is one more thing
 * the act named just before it holds, so it was made as that act was; where that act's making is not known, neither is its own.
 */
function takeStatusOfContinuedAct(act: ActMention, earlier: ActMention | undefined): void {
  const provision = act.verbOnly && act.verb && !act.verb.done;
  const made = earlier?.verb?.done ? earlier.verb.status : undefined;
  if (!provision || !made || !MAKING_STATUSES.has(made)) return;
  act.verb = { ...act.verb!, status: made, done: true };
  act.inherited.push("status");
}

/** The sides an act names as parties, by the body each stands for, in order of first mention. */
export function partyBodies(act: ActMention): EntityId[] {
  return [...new Set(act.roles.filter((r) => r.role === "party").map((r) => r.stands_for))];
}

/**
 * Fills in what an act leaves unsaid from the act it refers to: "the deal" or "this memorandum" to the last act named
 * before it (the last on the same subject, when it names one); "the new agreement" to the act the article is about
 * (the headline's, or else the first). Only what an act says itself is passed on. Acts are given in reading order.
 */
export function inheritFromEarlierActs(acts: ReadonlyArray<{ act: ActMention; where: string }>, stateOf: (id: EntityId) => EntityId): void {
  const own = new Map<ActMention, { parties: RoleMention[]; subjects: SubjectMention[]; primary?: string; sentenceSubjects: string[]; dates: DateMention[] }>();
  for (const { act } of acts) own.set(act, { parties: act.roles.filter((r) => r.role === "party"), subjects: act.subjects, ...(act.primary ? { primary: act.primary } : {}), sentenceSubjects: act.sentenceSubjects, dates: act.dates.filter((d) => d.date) });
  // The states among an act's own parties, before anything is inherited.
  const statesOwn = (a: ActMention) => new Set(own.get(a)!.parties.map((r) => stateOf(r.stands_for)));
  // (An act whose own words name sides that are no state, "the memorandum signed between Libya's National Oil
  // Corporation and the Turkish Petroleum Corporation", is as particular an act as one between two states: "this
  // memorandum" after it is that act.)
  const informative = (a: ActMention) => statesOwn(a).size >= 2 || own.get(a)!.subjects.length > 0 || a.sidesOfTheirOwn === true;
  const main = acts.find((e) => informative(e.act));
  const seen: Array<{ act: ActMention; where: string }> = [];
  // The acts seen so far that are set beside another seen act, found as each is seen (made together means one sentence).
  const besideAnother = new Set<ActMention>();
  const seenInSentence = new Map<number, ActMention[]>();
  for (const entry of acts) {
    const { act } = entry;
    const mine = own.get(act)!;
    const states = new Set(mine.parties.map((r) => stateOf(r.stands_for)));
    // "The agreement defining the economic zone between Egypt and Greece" names its own sides: if they are not the
    // earlier act's, it is another act, whatever its determiner. So does "the maritime accord signed by Greece and Egypt".
    const ownSides = new Set(mine.parties.filter((r) => r.inPhrase || (r.core && r.signer)).map((r) => stateOf(r.stands_for)));
    const sameSides = (e: { act: ActMention }) => {
      const theirs = statesOwn(e.act);
      // (An earlier act that names fewer than two sides of its own, "Ankara made the accord public together with a deal",
      // is the same act if the sides it names are among these.)
      return ownSides.size < 2 || (theirs.size < 2 ? [...theirs].every((x) => ownSides.has(x)) : [...ownSides].every((x) => theirs.has(x)));
    };
    // "The agreement was concluded by Erdogan and Serraj. It also covers training…": a pronoun that says what else the
    // act holds is the act named just before it, whatever that one was said to be about.
    // So is "this agreement" that says what it covers ("He explained that this agreement covered … protecting the
    // maritime rights of the two countries … and training"): the act just named, whatever its list touches first.
    const holdsMore = (PRONOUN_NOUN.test(act.noun.text) && ALSO_AFTER.test(act.sentence.text.slice(act.noun.end - act.sentence.start))) || (DEMONSTRATIVE_BEFORE.test(act.sentence.text.slice(0, act.noun.start - act.sentence.start)) && COVERS_AFTER.test(act.sentence.text.slice(act.noun.end - act.sentence.start)));
    // "The maritime and security agreements", after the maritime deal: several acts named at once, pointing back, take
    // in the earlier act on any of their subjects.
    const aboutOneOfMine = (e: { act: ActMention }) => act.several && act.subjects.some((s) => e.act.primary === s.subject);
    const sameSubject = (e: { act: ActMention }) => !act.primary || holdsMore || !e.act.subjects.length || e.act.primary === act.primary || e.act.subjects.some((x) => x.subject === act.primary);
    // "The agreement overlaps with areas claimed by Turkey and the GNA": with no verb and no side in its own words, the
    // names around a noun that refers back are bystanders; its sides are those of the act it refers to.
    const namesAround = (target?: { act: ActMention }) => {
      if (act.verb || act.refers === "none" || mine.parties.some((r) => r.inPhrase) || !target) return false;
      const theirs = statesOwn(target.act);
      return theirs.size >= 2 && [...states].every((s) => !theirs.has(s));
    };
    // "Mangoush described the new deal as important. The eastern parliament rejected the deal": a "the deal" right after
    // an act that itself points at another, and says nothing of its own, points where that one does.
    const last = seen.at(-1);
    const chained = act.refers === "back" && !act.primary && ownSides.size < 2 && last?.act.referent && !informative(last.act) && sameForm(act, last.act) ? last.act.referent : undefined;
    // "The deal was signed in Cairo", in the narrative: an act named only inside someone's quoted words ("… that the
    // illegal Turkey-Libya memorandum tried to challenge," Mitsotakis said) is what it points back to only if no
    // act of the narrative is.
    // "Turkey made the accord public together with a deal on security … Egypt also rejected the deal": an act set beside
    // the one a sentence reports is no referent of a later "the deal", unless the words say so ("the latter agreement").
    const pointsAtSecond = SECOND_ONE.test(act.sentence.text.slice(0, act.noun.start - act.sentence.start));
    const secondary = (e: (typeof seen)[number]) => !pointsAtSecond && besideAnother.has(e.act);
    // "The official then stressed that the agreement…", after a quotation: the speaker's own words go on, and so does
    // the act they spoke of.
    const speakerGoesOn = SPEAKER_GOES_ON.test(act.sentence.text);
    // The nearest act that fits, looking back; from the narrative, the nearest outside quoted words if there is one.
    const backTo = (fits: (e: (typeof seen)[number]) => boolean) => {
      let nearest: (typeof seen)[number] | undefined;
      for (let i = seen.length - 1; i >= 0; i--) {
        const e = seen[i]!;
        if (!fits(e) || secondary(e)) continue;
        if (quotedAt(act) || speakerGoesOn || !quotedAt(e.act)) return e;
        nearest ??= e;
      }
      return nearest;
    };
    const referent =
      act.refers === "main" ? (main && main.act !== act ? main : undefined)
      : act.refers === "back" ? (chained ?? backTo((e) => informative(e.act) && (sameSubject(e) || aboutOneOfMine(e)) && sameForm(act, e.act) && sameSides(e)))
      : undefined;
    // An act named afresh that leaves its sides unsaid ("two memoranda had been signed") is the one its paragraph, or else the article, is about
    // (as far as the article has told it: an act named only further on is no side's source).
    const lastWithSides = seen.findLast((e) => statesOwn(e.act).size >= 2);
    // "Ankara also signed a maritime accord", after an accord Ankara signed with the GNA: one of the sides, and "also",
    // say it was made with the same other side.
    const alsoWith = act.verb && states.size === 1 && ALSO_BEFORE.test(act.sentence.text.slice(0, act.verb.start - act.sentence.start)) && lastWithSides && statesOwn(lastWithSides.act).has([...states][0]!);
    // "Turkey, which made the accord public together with a deal on security": an act set beside another, made with
    // it, has its sides (see also sidesOfActsMadeTogether, once every act's context has been read).
    const madeWith = states.size < 2 ? seen.find((e) => madeTogether(e.act, act)) : undefined;
    // "The two countries signed", after an act of three states: the count says the sides are not that act's; the
    // sentences before it name them (see sidesFromContext).
    const miscounted = act.sidesNamedBefore > 0 && lastWithSides !== undefined && statesOwn(lastWithSides.act).size !== act.sidesNamedBefore;
    const sidesFrom =
      referent ??
      (states.size >= 2 || (miscounted && !madeWith) ? undefined
      : madeWith ? madeWith
      : (act.sidesNamedBefore || alsoWith) && lastWithSides ? lastWithSides
      : (seen.findLast((e) => e.where === entry.where && informative(e.act) && sameSubject(e)) ?? (main && seen.includes(main) && sameSubject(main) ? main : undefined)));
    takeStatusOfContinuedAct(act, seen.at(-1)?.act);
    seen.push(entry);
    const sentenceMates = seenInSentence.get(act.sentence.start) ?? [];
    for (const other of sentenceMates) {
      if (madeTogether(other, act)) besideAnother.add(act);
      if (madeTogether(act, other)) besideAnother.add(other);
    }
    sentenceMates.push(act);
    seenInSentence.set(act.sentence.start, sentenceMates);
    if (referent) act.referent = referent;
    if (!referent && sidesFrom && !act.sidesOfTheirOwn) {
      const from = sidesFrom === madeWith ? { parties: madeWith.act.roles.filter((r) => r.role === "party") } : own.get(sidesFrom.act)!;
      if (from.parties.length) {
        for (const r of from.parties.filter((x) => !mine.parties.some((y) => y.stands_for === x.stands_for))) act.roles.push({ ...r, inPhrase: false, signer: false });
        act.inherited.push("parties");
        act.inheritedFrom = sidesFrom.where;
      }
      continue;
    }
    if (!referent) continue;
    const from = own.get(referent.act)!;
    // Sides of their own pass down to what refers to it, unless it names two states of its own.
    if (referent.act.sidesOfTheirOwn && states.size < 2) act.sidesOfTheirOwn = true;
    const around = namesAround(referent);
    if (around && from.parties.length) {
      act.roles = act.roles.map((r) => (r.role === "party" ? { ...r, role: "bystander" as const, core: false, signer: false } : r));
      mine.parties = [];
    }
    // Its sides pass down a chain of references too: "Turkey signed three memoranda with the GNU… The memoranda were
    // announced by a Turkish delegation… described the memoranda as null".
    const sidesThere = referent.act.inherited.includes("parties") ? referent.act.roles.filter((r) => r.role === "party") : from.parties;
    if ((states.size < 2 || around) && sidesThere.length && !act.sidesOfTheirOwn) {
      for (const r of sidesThere.filter((x) => !mine.parties.some((y) => y.stands_for === x.stands_for))) act.roles.push({ ...r, inPhrase: false, signer: false });
      act.inherited.push("parties");
    }
    // What a "the deal" is about passes down a chain of such references ("the maritime pact… the memorandum… it").
    const about = referent.act;
    // "It has not been made public which areas this Turkish-Libyan agreement covers, although … the median line": "this"
    // points at the act just told, and what that one is about outweighs what the rest of the sentence speaks of.
    const pointedAt = POINTED_AT.test(act.sentence.text.slice(0, act.noun.start - act.sentence.start));
    if (!mine.subjects.length && (!mine.sentenceSubjects.length || pointedAt) && (about.subjects.length || about.sentenceSubjects.length)) {
      act.subjects = about.subjects.map((x) => ({ ...x, start: -1, end: -1 }));
      if (about.primary) act.primary = about.primary;
      act.sentenceSubjects = about.sentenceSubjects;
      act.inherited.push("subjects");
      // "The new agreements were signed on Wednesday", after a maritime accord and "a deal on security" beside it: a
      // plural refers to the acts named since the one it points to, each with what it is about.
      if (PLURAL_NOUN.test(act.noun.text) && !act.verbOnly) {
        const since = seen.slice(seen.indexOf(referent) + 1).filter((e) => !e.act.several && !e.act.inherited.includes("subjects") && sameSides(e) && e.act.primary && e.act.primary !== about.primary);
        for (const e of since) {
          const chief = e.act.subjects.find((x) => x.subject === e.act.primary);
          if (chief && !act.subjects.some((x) => x.subject === chief.subject)) act.subjects.push({ ...chief, start: -1, end: -1 });
        }
      }
    }
    // "The signing of the memorandum, which took place last Monday": a day of the article's own week, even one the
    // undated article cannot resolve, is the act's own time, not the act it refers to's.
    // Nor is a month of its own that is not the month of the act it refers to ("In July, the ministry signed a new
    // military cooperation agreement", after a memorandum of November 2019): it says the act is of another time.
    const monthOf = (d: DateMention) => (d.date && d.date.precision !== "year" ? Number(d.date.iso.slice(5, 7)) : undefined);
    const ownMonths = act.dates.flatMap((d) => (!d.date && d.yearless ? [d.yearless.month] : []));
    const theirMonths = from.dates.flatMap((d) => monthOf(d) ?? []);
    const anotherMonth = ownMonths.length > 0 && theirMonths.length > 0 && !theirMonths.some((m) => ownMonths.includes(m));
    if (!mine.dates.length && !act.dates.some((d) => d.nearArticle) && !anotherMonth && from.dates.length) {
      act.dates = from.dates;
      act.inherited.push("dates");
    }
    if (act.inherited.length) act.inheritedFrom = referent.where;
  }
}
