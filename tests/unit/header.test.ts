import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { removeFurniture } from "../../scripts/ingest/furniture.ts";
import { readHeader } from "../../scripts/ingest/header.ts";
import { linesOf } from "../helpers/lines.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), "utf8");

const header = suite("readHeader()");

header("should read seed 000's headline, standfirst, date (day first), byline and source URL", () => {
  const expected = JSON.parse(fixture("seed-000-top.expected.json"));
  const result = readHeader(removeFurniture(linesOf(fixture("seed-000-top.txt"))).lines);
  assert.is(result.headline?.value, expected.headline);
  assert.is(result.standfirst?.value, expected.standfirst);
  assert.is(result.published?.value.iso, expected.published);
  assert.is(result.published?.value.precision, "day");
  assert.is(result.published?.line, 26);
  assert.is(result.author?.value, expected.author);
  assert.is(result.url?.value, expected.url);
  assert.is(result.lines.find((l) => l.text)?.text, expected.firstParagraph);
  assert.is(result.removed.length, expected.removedReasons.metadata);
});

header("should take no headline when the first line is a sentence of the article", () => {
  const result = readHeader(linesOf("Libya's Presidential Council on Thursday underlined the importance of military cooperation.\nSecond paragraph."));
  assert.is(result.headline, undefined);
  assert.is(result.lines.length, 2);
});

header("should take a closing 'By Name' line as the byline and out of the body", () => {
  const result = readHeader(linesOf("A headline here\nThe article says something.\nBy Tamilla Hasanova"));
  assert.is(result.author?.value, "Tamilla Hasanova");
  assert.is(result.author?.line, 3);
  assert.equal(result.lines.map((l) => l.text), ["The article says something."]);
});

header("should leave a headline-only file's single line as article text", () => {
  const result = readHeader(linesOf("Just one line without a full stop"));
  assert.is(result.headline, undefined);
  assert.is(result.lines[0]!.text, "Just one line without a full stop");
});

header("should take a line that is only a date, after a standfirst or a menu line, as the article's date", () => {
  const text = "The New Arab\nNews\nLibya's government accepts Turkey's offer\nLibya's government is moving to put into effect a security accord reached with Turkey.\n3 min read\n19 December, 2019\nOn Thursday the government started work on the accord it reached with Turkey in November, officials said, in a long paragraph of the article's text.";
  const result = readHeader(linesOf(text));
  assert.is(result.published?.value.iso, "2019-12-19");
  assert.is(result.published?.line, 6);
  assert.not.ok(result.lines.some((l) => l.text === "19 December, 2019"));
});

header("should take a line saying 'Published' and a date after a long standfirst, and a bare date right under it, but not a bare date further down", () => {
  const standfirst = "A delegation of senior Turkish officials held talks with Libya's premier on Wednesday in the capital Tripoli, where Prime Minister Fayez al-Sarraj received the foreign and finance ministers and the intelligence chief.";
  const body = "A group of Turkish officials flew into Tripoli on Wednesday to meet the government, according to its post.";
  const result = readHeader(linesOf(`Turkish delegation visits Tripoli\n${standfirst}\nAgencies and A News  WORLD\nPublished June 17,2020\n${body}\n${body}\n${body}`));
  assert.is(result.published?.value.iso, "2020-06-17");
  assert.not.ok(result.lines.some((l) => /2020/.test(l.text)));
  assert.is(readHeader(linesOf(`Turkish delegation visits Tripoli\n${standfirst}\nAgencies and A News  WORLD\n17 June 2020\n${body}\n${body}\n${body}`)).published, undefined);
  const underStandfirst = readHeader(linesOf(`Turkish delegation visits Tripoli\n${standfirst}\n\n17.06.2020\n\n${body}\n${body}\n${body}`));
  assert.is(underStandfirst.published?.value.iso, "2020-06-17");
  assert.not.ok(underStandfirst.lines.some((l) => /2020/.test(l.text)));
});

header("should read past a picture's caption, however long, to the date line under it", () => {
  const standfirst = "The Turkish parliament has given the go-ahead to a disputed military agreement with Libya. The agreement clears the way for a larger Turkish role in the North African country. In it, Türkiye also granted itself territorial claims in the Mediterranean at the expense of Cyprus, Greece and Egypt.";
  const body = "On Saturday the Turkish parliament approved a contested military agreement with the internationally recognised government in Tripoli, the parliament said.";
  const page = (picture: string) => `Epoch Times\nPolitics > World\n\nTürkiye: military agreement with Libya approved by parliament\n\n${standfirst}\n\nTitle image\n${picture}\nEpoch Times, 22 December 2019\n\n${body}\n\n${body}\n\nUN calls for restraint – Türkiye considers sending troops\n\n${body}`;
  const captions = [
    "Off Cyprus in the Mediterranean, about 20 nautical miles north-west of Paphos, on 24 June 2019: the drillship Fatih, used by Türkiye to search for gas and oil in waters regarded as part of Cyprus's exclusive economic zone. Photo: -/AFP/Getty Images",
    "The Turkish President Recep Tayyip Erdogan talks to the media after Friday prayers at a mosque in Istanbul on a summer day of the same year, as the talks with Libya went on behind closed doors. (Reuters)",
    "[Photo] The defence ministers of the two countries shake hands at the ministry in Ankara after a meeting that lasted for most of the day and ended with a joint statement to the press / AA",
  ];
  for (const caption of captions) assert.is(readHeader(linesOf(page(caption))).published?.value.iso, "2019-12-22", caption);
  // A long paragraph of the article's own text there still ends the search.
  const paragraph = "An ordinary long paragraph of the article's own text that says the talks with Libya went on behind closed doors for most of the day and ended with a joint statement to the press.";
  assert.is(readHeader(linesOf(page(paragraph))).published, undefined);
});

header("should not take a date line from after the first long paragraph, nor past the first few lines", () => {
  const long = "On Thursday the government started work on the accord it reached with Turkey in November, officials said, in a long paragraph of the article's text that goes on for more than thirty words in all.";
  assert.is(readHeader(linesOf(`A headline here\n${long}\n${long}\n19 December, 2019\n${long}\n${long}\n${long}`)).published, undefined);
  const menu = ["Home", "World", "Politics", "Africa", "Europe", "Opinion", "Video", "Sport", "Culture"].join("\n");
  assert.is(readHeader(linesOf(`A headline here\nIt opens with a sentence.\n${menu}\n19 December, 2019\n${long}\n${long}\n${long}`)).published, undefined);
});

header("should not take a forum poster's profile date ('Joined / Mar 2, 2018', 'Member since: 2018') for the article's date", () => {
  const long = "Turkey's key part in Libya, and in pushing back Khalifa Haftar, has given Ankara more say in the contest for supremacy in the Eastern Mediterranean, a maritime observer told the channel.";
  const below = readHeader(linesOf(`Test7\nMEMBER\n- Joined\n- Mar 2, 2018\n- Messages\n- 1,680\n${long}\n${long}`));
  assert.is(below.published, undefined);
  assert.is(readHeader(linesOf(`A headline here\nJoined: Mar 2, 2018\n${long}\n${long}`)).published, undefined);
  // A date line under any other short line still dates the article.
  assert.is(readHeader(linesOf(`Test7\nMEMBER\n- Posted\n- Mar 2, 2018\n- Messages\n${long}\n${long}`)).published?.value.iso, "2018-03-02");
});

header("should take a line that is only a date, at the foot of a page that printed none at its head, as the article's date", () => {
  const long = "On Thursday the government started work on the accord it reached with Turkey in November, officials said, in a long paragraph of the article's text that goes on for more than thirty words in all.";
  const foot = readHeader(linesOf(`A headline here\n${long}\n${long}\nPublished: 19 December, 2019\nShare`));
  assert.is(foot.published?.value.iso, "2019-12-19");
  assert.not.ok(foot.lines.some((l) => /2019/.test(l.text)));
  // A page is updated long after it was written; and a date at the head comes first.
  assert.is(readHeader(linesOf(`A headline here\n${long}\nLast updated: 3 March 2024`)).published, undefined);
  assert.is(readHeader(linesOf(`A headline here\n${long}\nLast update: 3 March 2024`)).published, undefined);
  assert.is(readHeader(linesOf(`A headline here\n5 December 2019\n${long}\n19 December, 2019`)).published?.value.iso, "2019-12-05");
});

header("should take a wire's sign-off, over a site's list of other news, as the article's date", () => {
  const long = "Libya has briefed the European Union on two agreements signed last Wednesday in Istanbul, an official source said, in a paragraph that goes on for more than thirty words in all.";
  const foot = readHeader(linesOf(`A headline here\n${long}\n${long}\n-0- PANA BY/BEH/FK/DD 1dez2019\nOther news\n- Mauritania: opposition parties call for dialogue\n- Angola: government approves new privatisation programme\n- Greece asks NATO to explain new military accord`));
  assert.is(foot.published?.value.iso, "2019-12-01");
  assert.not.ok(foot.lines.some((l) => /PANA/.test(l.text)));
  // Any other date line so far from the end is the text's, not the page's.
  assert.is(readHeader(linesOf(`A headline here\n${long}\n${long}\n19 December, 2019\nOther news\n- One\n- Two\n- Three`)).published, undefined);
});
header("should read 'BY Name 29.Nov.2019' as the author and the date", () => {
  const result = readHeader(linesOf("Maritime Boundaries Mou Signed Between Turkey and Libya\n\nBY Tiya Chatterji 29.Nov.2019\n\nThe two governments signed the agreement, officials said."));
  assert.is(result.published?.value.iso, "2019-11-29");
  assert.is(result.author?.value, "Tiya Chatterji");
  assert.is(result.agency, undefined);
});

header("should take a site's name with two sections or more on one line ('ANHA – Hawar News Agency | English | Middle East') as the masthead, and the headline from below it", () => {
  const tagged = readHeader(linesOf("ANHA – Hawar News Agency | English | Middle East\n\nNewspaper: Turkey heads a drive against the Egyptian–Greek sea border deal\n\nA Saudi newspaper reports that Turkey enlisted allies in a campaign."));
  assert.equal([tagged.masthead?.value, tagged.headline?.value], ["ANHA – Hawar News Agency", "Newspaper: Turkey heads a drive against the Egyptian–Greek sea border deal"]);
  const dotted = readHeader(linesOf("GEO CANAL – Géopolitique · Afrique · Moyen-Orient · Europe\n\nGreece and Egypt oppose the hydrocarbons accord signed between Libya and Turkey\n\nAthens and Cairo said the accord has no legal effect."));
  assert.is(dotted.headline?.value, "Greece and Egypt oppose the hydrocarbons accord signed between Libya and Turkey");
  // A section's label of one word over a short title is no headline: "OPINION" over "Turkey's disproportionate ambitions".
  const opinion = readHeader(linesOf("eKathimerini.com\nNEWS | BUSINESS | OPINION | LIFE | TRAVEL\n\nOPINION\n\nTurkey's disproportionate ambitions\n\nNothing captures the inflated aspirations of today's Turkey better than the doctrine. It rests on a set of maximal claims."));
  assert.is(opinion.headline?.value, "Turkey's disproportionate ambitions");
  // A site's name whose logo ends in a full stop ("africanews.") over its menu is the masthead, not the article's first line.
  const dotted2 = readHeader(linesOf("africanews.\nNews | Business | Sport | Culture | Travel | Video\n\nLibya\n\nGreece FM Gerapetritis meets Libyan strongman Haftar in Benghazi\n\nGreek Foreign Minister George Gerapetritis met Khalifa Haftar on Sunday in Benghazi."));
  assert.equal([dotted2.masthead?.value, dotted2.headline?.value], ["africanews.", "Greece FM Gerapetritis meets Libyan strongman Haftar in Benghazi"]);
  // A headline with a bar in it is no site's name: "Turkey and Libya | Explainer" over the article's first sentence.
  assert.is(readHeader(linesOf("Turkey and Libya | Explainer | Maritime zones\n\nThe memorandum was signed on 27 November 2019.")).headline?.value, "Turkey and Libya | Explainer | Maritime zones");
});

header("should take a short line over a site's breadcrumb or menu as the masthead, and the headline from below it", () => {
  const crumb = readHeader(linesOf("DAILY SABAH\nBusiness › Economy\n\nTürkiye, Libya sign deals on contractor receivables\n\nTürkiye and Libya have signed two agreements."));
  assert.equal([crumb.masthead?.value, crumb.headline?.value, crumb.author], ["DAILY SABAH", "Türkiye, Libya sign deals on contractor receivables", undefined]);
  assert.equal(crumb.lines.filter((l) => l.text).map((l) => l.text), ["Türkiye and Libya have signed two agreements."]);
  // Past a section's label and a reading time; and a question may be the headline.
  const label = readHeader(linesOf("TRT Afrika\nNews | Africa | Türkiye | Business | Sport\n\nTÜRKİYE\n3 MIN READ\n\nWill Türkiye help Somalia explore for oil and gas?\n\nTürkiye and Somalia agree on joint activities."));
  assert.is(label.headline?.value, "Will Türkiye help Somalia explore for oil and gas?");
  assert.equal(label.lines.filter((l) => l.text).map((l) => l.text), ["Türkiye and Somalia agree on joint activities."]);
  // The site's clock above the masthead dates the article only when the header gives no date of its own.
  const saved = readHeader(linesOf("Friday, June 6, 2025\nLibyaReview\nHome | Libya | Economy | Sport | Politics\n\nUN – Greece Discuss Libyan-Turkish Maritime Agreement\n\nFebruary 8, 2022\n\nGreek Foreign Minister Nikos Dendias held talks in Rome on Tuesday."));
  assert.equal([saved.headline?.value, saved.published?.value.iso], ["UN – Greece Discuss Libyan-Turkish Maritime Agreement", "2022-02-08"]);
  const clock = readHeader(linesOf("32.6 C\nTuesday, November 3, 2020\nDoha News\nQatar | Middle East | World | Business\n\nLibya officials in fruitful Doha meetings with Qatar Amir\n\nBy Sana Hussain\n\nThe talks came shortly after the two countries signed a security agreement."));
  assert.equal([clock.masthead?.value, clock.headline?.value, clock.published?.value.iso, clock.author?.value], ["Doha News", "Libya officials in fruitful Doha meetings with Qatar Amir", "2020-11-03", "Sana Hussain"]);
});

header("should keep an editor's note over the headline ('[Translated from the Turkish]') as the article's first line, not its headline", () => {
  const below = readHeader(linesOf("YENİÇAĞ\nGündem | Politika | Dünya | Ekonomi | Yazarlar\n\n[Translated from the Turkish]\n\nLibya motion is on its way to Parliament\n\nThe government is said to be preparing a motion."));
  assert.is(below.headline?.value, "Libya motion is on its way to Parliament");
  assert.equal(below.lines.filter((l) => l.text).map((l) => l.text), ["[Translated from the Turkish]", "The government is said to be preparing a motion."]);
  const top = readHeader(linesOf("[Translated from Italian]\n\nBilateral accord between Libya and Turkey on military cooperation\n\nANKARA. The Turkish parliament today gave its approval."));
  assert.is(top.headline?.value, "Bilateral accord between Libya and Turkey on military cooperation");
  assert.equal(top.lines.filter((l) => l.text).map((l) => l.text), ["[Translated from Italian]", "ANKARA. The Turkish parliament today gave its approval."]);
});

header("should not take a breadcrumb under the headline ('Libya > Politics') for the author, nor a widget for the headline", () => {
  const crumb = readHeader(linesOf("Benghazi: Haftar and Kalın discuss cooperation\nLibya > Politics\n\nOn Monday the city hosted high-level meetings."));
  assert.equal([crumb.headline?.value, crumb.author], ["Benghazi: Haftar and Kalın discuss cooperation", undefined]);
  const widget = readHeader(linesOf("News.Az\nPolitics | Economy | Region | World | Foreign affairs\n\n+  ↺  −   16 px\n\nTurkish committee approves military deal with Libya\n\nThe committee gave its approval on Monday."));
  assert.is(widget.headline?.value, "Turkish committee approves military deal with Libya");
});

header("should read a section or place label under the headline ('World', 'Middle East', 'ANKARA', 'Libya | Politics') as no author, and an agency's name as one", () => {
  for (const label of ["World", "Middle East", "ANKARA", "TÜRKİYE", "Libya | Politics", "Short Url"]) {
    const result = readHeader(linesOf(`Turkey and Libya sign a maritime deal\n${label}\n\nTurkey and Libya signed a deal on Wednesday.`));
    assert.is(result.author, undefined, label);
    assert.equal(result.lines.filter((l) => l.text).map((l) => l.text), ["Turkey and Libya signed a deal on Wednesday."], label);
  }
  assert.is(readHeader(linesOf("Turkey and Libya sign a maritime deal\nReuters\n\nTurkey and Libya signed a deal on Wednesday.")).author?.value, "Reuters");
  assert.is(readHeader(linesOf("Turkey and Libya sign a maritime deal\nSerkan Demirtaş\n\nTurkey and Libya signed a deal on Wednesday.")).author?.value, "Serkan Demirtaş");
});

header("should read a page's update stamp under the headline ('Last updated 14:31:33 GMT') as no author", () => {
  for (const stamp of ["Last updated 14:31:33 GMT", "Last updated GMT 17:46:12", "LAST UPDATE 14:47"]) {
    const result = readHeader(linesOf(`Security Council meets on Libya\n${stamp}\n\nThe Council met behind closed doors on Monday.`));
    assert.is(result.author, undefined, stamp);
    assert.equal(result.lines.filter((l) => l.text).map((l) => l.text), ["The Council met behind closed doors on Monday."], stamp);
  }
});

header("should read the day under a page's update clock ('Last updated 14:31:33 GMT' over 'Friday 21 March 2025') as the page's, not the article's date", () => {
  for (const stamp of ["Last updated 14:31:33 GMT", "Last updated GMT 17:46:12"]) {
    const result = readHeader(linesOf(`Security Council meets on Libya\n${stamp}\nFriday 21 March 2025\nAl Maghrib Today -\n\nThe Council met behind closed doors on Monday.`));
    assert.is(result.published, undefined, stamp);
    assert.not.ok(result.lines.some((l) => /2025/.test(l.text)), "the day is no text of the article");
  }
  // A date line with no clock above it is still the article's.
  assert.is(readHeader(linesOf("Security Council meets on Libya\nFriday 20 December 2019\n\nThe Council met behind closed doors on Monday.")).published?.value.iso, "2019-12-20");
});

header("should read a label with no value, a photo credit or the type-size buttons under the headline ('Published: Updated:', 'Photo by: AA', 'A- A A+') as no author", () => {
  for (const line of ["Published: Updated:", "Pulbished on:", "Photo by: AA", "A- A A+", "Politics Economy Markets World"]) {
    const result = readHeader(linesOf(`Turkey and Libya sign a maritime deal\n${line}\n\nTurkey and Libya signed a deal on Wednesday.`));
    assert.is(result.author, undefined, line);
  }
});

header("should read a first line of the site's name and section ('Arab News | Middle East') as the masthead, and the headline below it", () => {
  const bar = readHeader(linesOf("Arab News  |  Middle East\nLibya's Haftar threatens to target Turkish troops entering country\nUpdated 19 December 2019\n\nHaftar has warned that his army would target any Turkish forces.\nSecond paragraph."));
  assert.equal([bar.masthead?.value, bar.headline?.value, bar.published?.value.iso], ["Arab News", "Libya's Haftar threatens to target Turkish troops entering country", "2019-12-19"]);
  const crumb = readHeader(linesOf("ekathimerini.com > News > Diplomacy\nGreece, Cyprus, France and Egypt reject Turkish maritime border deal with Libya\n\nThe foreign ministers of four states rejected the two deals.\nSecond paragraph."));
  assert.equal([crumb.masthead?.value, crumb.headline?.value], ["ekathimerini.com", "Greece, Cyprus, France and Egypt reject Turkish maritime border deal with Libya"]);
  // A bar that carries the page's date dates it; a bar over the article's first sentence is the headline after all.
  const dated = readHeader(linesOf("finsubito  |  12 July 2025\nLibya: accord between Tripoli and Turkey on military training\n\nThe Ministry of Defence has signed a new cooperation agreement.\nSecond paragraph."));
  assert.equal([dated.headline?.value, dated.published?.value.iso], ["Libya: accord between Tripoli and Turkey on military training", "2025-07-12"]);
  // "Home Libya": a breadcrumb that lost its arrows, over the headline, names no site.
  const home = readHeader(linesOf("Home Libya\n\nGreece Says Turkey's Exploration in the Mediterranean is a Provocation\n\nJune 2, 2020\n\nThe Greek Foreign Ministry has called the decision a provocation.\nSecond paragraph."));
  assert.equal([home.headline?.value, home.masthead, home.published?.value.iso], ["Greece Says Turkey's Exploration in the Mediterranean is a Provocation", undefined, "2020-06-02"]);
  const title = readHeader(linesOf("Turkey and Libya | Explainer\n\nTurkey and Libya signed two memoranda in 2019.\nSecond paragraph."));
  assert.equal([title.headline?.value, title.masthead], ["Turkey and Libya | Explainer", undefined]);
});

header("should keep a translator's note in round brackets ('(Greek original; English rendering by the analyst)') as a note, not the headline", () => {
  const result = readHeader(linesOf("(Greek original; English rendering by the analyst)\n\nNew provocation from Libya: agreement with the Turkish TPAO\n\nLibya's oil company has signed a deal for seismic surveys in four areas.\nSecond paragraph."));
  assert.is(result.headline?.value, "New provocation from Libya: agreement with the Turkish TPAO");
  assert.is(result.lines.find((l) => l.text)?.text, "(Greek original; English rendering by the analyst)");
  // Other words in round brackets are no note: "(AFP)" over the headline is left to the rest of the header.
  assert.is.not(readHeader(linesOf("(Libya Review)\nNew provocation from Libya: agreement with the Turkish TPAO\n\nLibya's oil company has signed a deal.\nSecond paragraph.")).lines.find((l) => l.text)?.text, "(Libya Review)");
});

header("should read a name of a few words over a headline at least twice as long ('Ahval', 'Al Marsad English') as the site's, not the headline", () => {
  const ahval = readHeader(linesOf("Ahval\nEASTERN MEDITERRANEAN\n\nGreek foreign minister meets Libya's Haftar after Turkey-Libya maritime deal\n\nGreek Foreign Minister Nikos Dendias has held talks with General Khalifa Haftar.\nSecond paragraph."));
  assert.equal([ahval.masthead?.value, ahval.headline?.value], ["Ahval", "Greek foreign minister meets Libya's Haftar after Turkey-Libya maritime deal"]);
  const marsad = readHeader(linesOf("Al Marsad English\n\nDbeibah Discusses Resuming Military Cooperation with Russia\n\n(Libya, 17 April 2021) – Russia's Defence Minister says his country hopes to take part.\nSecond paragraph."));
  assert.equal([marsad.masthead?.value, marsad.headline?.value], ["Al Marsad English", "Dbeibah Discusses Resuming Military Cooperation with Russia"]);
  // So is such a name with its tagline or section ("LANA - Libyan News Agency", "TASS | Russian Politics & Diplomacy").
  for (const [line, site] of [["LANA - Libyan News Agency", "LANA"], ["TASS  |  Russian Politics & Diplomacy", "TASS"], ["SHARQ FORUM — Research", "SHARQ FORUM"]]) {
    const tagged = readHeader(linesOf(`${line}\n\nAl Saraj Meets Erdogan and Yildirim in Ankara, Discuss Return of Companies\n\nThe head of the Presidential Council met the Turkish president.\nSecond paragraph.`));
    assert.equal([tagged.masthead?.value, tagged.headline?.value], [site, "Al Saraj Meets Erdogan and Yildirim in Ankara, Discuss Return of Companies"], line);
  }
  // A numbered headline ("47455 - Israel condemns the Turkish memorandum") is no name and its tagline.
  assert.is(readHeader(linesOf("47455 - Israel condemns the Turkish memorandum\n\nN. Lygeros\nTranslated from the Greek by Athina Kehagias\n\nIsrael has made it plain that it will not accept the memorandum.\nSecond paragraph.")).headline?.value, "47455 - Israel condemns the Turkish memorandum");
  // A short headline over a line not twice as long, or over the article's first sentence, stays the headline.
  const short = readHeader(linesOf("Turkey's disproportionate ambitions\n\nAnkara's reach in Libya and the sea\n\nTurkey has sent troops and ships to Libya since January.\nSecond paragraph."));
  assert.equal([short.headline?.value, short.masthead], ["Turkey's disproportionate ambitions", undefined]);
  const sentence = readHeader(linesOf("Turkey sends troops\n\nTurkey began sending troops to Libya on Sunday, the president said.\nSecond paragraph."));
  assert.equal([sentence.headline?.value, sentence.masthead], ["Turkey sends troops", undefined]);
});

header("should pass over a page's controls, weather, widgets and an opening menu to the headline ('Jump to content', 'Athens 27°C', 'ESC Guide | News digest | …')", () => {
  const body = "\n\nThe European Union has refused to accept the legitimacy of the memorandum, a spokesperson said.\nSecond paragraph.";
  for (const top of ["Jump to content", "Site icon Middle East Monitor", "top of page", "Newsletter Signup Register / Login", "Athens 27°C", "Monday 02 Feb 2026 Athens 15°C", "DONATE\n0 $\n2,500 $"]) {
    const result = readHeader(linesOf(`${top}\n\nEU condemns Turkey-Libya memorandum as illegal${body}`));
    assert.is(result.headline?.value, "EU condemns Turkey-Libya memorandum as illegal", top);
    assert.is(result.published, undefined, top);
  }
  // A headline that gives a temperature is no weather.
  assert.is(readHeader(linesOf(`Heatwave: 45°C in Tripoli as power cuts spread${body}`)).headline?.value, "Heatwave: 45°C in Tripoli as power cuts spread");
  const menu = readHeader(linesOf(`ESC Guide | News digest | Eastern Mediterranean | Libya | Energy | Archive | Contact\n\nMilestone memorandums with Turkey change Libya's fate${body}`));
  assert.is(menu.headline?.value, "Milestone memorandums with Turkey change Libya's fate");
  const caption = readHeader(linesOf(`radical.es › info\n\n[Photo] Government forces carry weapons in Tripoli, the Libyan capital. Reuters\n\nThe roots of Turkey's foray into Libya${body}`));
  assert.is(caption.headline?.value, "The roots of Turkey's foray into Libya");
});

header("should read a site's name over a short bar of sections ('DAILY SABAH' over 'Business | Energy') as the masthead, past a menu of words, a list's item or a bar of many entries", () => {
  const bar = readHeader(linesOf("DAILY SABAH\nBusiness | Energy\nTurkey's Rönesans to build Libya power plants, airport terminal\n\nRönesans Holding has signed a number of memorandums with Libya.\nSecond paragraph."));
  assert.equal([bar.masthead?.value, bar.headline?.value], ["DAILY SABAH", "Turkey's Rönesans to build Libya power plants, airport terminal"]);
  for (const furniture of ["News Weather Sports Community Watch Live", "• 4 minutes Who is really buying the cheap barrels?", "Politics | Economy | Society | Kazakhstan and the world | Regions"]) {
    const result = readHeader(linesOf(`WXOW News 19 | La Crosse\n${furniture}\nGreece, Libya to discuss delineating maritime boundaries\n\nGreece says it will open talks with Libya.\nSecond paragraph.`));
    assert.is(result.headline?.value, "Greece, Libya to discuss delineating maritime boundaries", furniture);
  }
  const follow = readHeader(linesOf("Turkish parliament extends the mission in Libya\nFollow us\n\nThe parliament voted on Monday.\nSecond paragraph."));
  assert.is(follow.author, undefined);
});

header("should read a short line under the headline as its byline only when it reads as a name ('Jibril el-Obeidi', 'Written by Ahmed Arafa'), not as a label, a teaser or a menu", () => {
  const byline = (line: string) => readHeader(linesOf(`Turkey and Libya sign a maritime deal\n${line}\n\nTurkey and Libya signed a deal on Wednesday.\nSecond paragraph.`)).author?.value;
  assert.equal(["Jibril el-Obeidi", "Written by Ahmed Arafa", "Posted by Illyria Press", "Eduard Pascu |", "Levent Kenez/Stockholm"].map(byline), ["Jibril el-Obeidi", "Ahmed Arafa", "Illyria Press", "Eduard Pascu", "Levent Kenez/Stockholm"]);
  for (const line of ["Turkish-Libyan relations", "Search in Dzen", "Reserved for subscribers", "Home >> World", "Posted by admin in Uncategorized", "Military and defence news"]) assert.is(byline(line), undefined, line);
});

header("should read a first line that names a site ('TRT World', 'Libyan Express', 'newsit.gr', 'DIFESA ONLINE') as the masthead over the headline below it", () => {
  for (const [site, between] of [["TRT World", "TURKEY\n"], ["Libyan Express", ""], ["newsit.gr", ""], ["DIFESA ONLINE", "3 MIN READ\n"]] as const) {
    const result = readHeader(linesOf(`${site}\n${between}Turkey's parliament ratifies security accord with Libya\n\nTurkish MPs approved the military deal on Saturday.\nSecond paragraph.`));
    assert.equal([result.masthead?.value, result.headline?.value], [site, "Turkey's parliament ratifies security accord with Libya"], site);
  }
  // A short headline of the article's own stays the headline, and the site's weather is no headline.
  const own = readHeader(linesOf("Erdogan's Libyan gamble\nTurkey's moves in Libya and the wider strategy behind them\n\nAnkara has raised its stakes.\nSecond paragraph."));
  assert.is(own.headline?.value, "Erdogan's Libyan gamble");
  const weather = readHeader(linesOf("TRT Haber\nLight rain 13ºC Ankara\n\nThe cabinet approved the agreement.\nSecond paragraph."));
  assert.is(weather.masthead, undefined);
});

header("should find the headline below a date line that opens the page ('friday 24 january 2020'), and read a bar that ends in the page's date ('En Son Haber | Gündem | 22.12.2025') as the masthead", () => {
  const dated = readHeader(linesOf("friday 24 january 2020\nFrom Syria to Libya, Turkey on every front\n\nThe intervention will take place on the ground, at sea and in the air.\nSecond paragraph."));
  assert.equal([dated.headline?.value, dated.published?.value.iso], ["From Syria to Libya, Turkey on every front", "2020-01-24"]);
  const staff = readHeader(linesOf("Monday, 13 May 2024\nEditor-in-chief: Walid Tughan\n\nThe House of Representatives called for a constitutional base.\nSecond paragraph."));
  assert.is(staff.headline, undefined);
  const bar = readHeader(linesOf("En Son Haber | Gündem | 22.12.2025\nLibya motion accepted in the TBMM\n\nThe General Assembly took up the motion.\nSecond paragraph."));
  assert.equal([bar.masthead?.value, bar.headline?.value, bar.published?.value.iso], ["En Son Haber", "Libya motion accepted in the TBMM", "2025-12-22"]);
});

header("should take a date line under the headline over the site's clock that opens the page ('16 April 2024 Tuesday / 8 Shawwal 1445')", () => {
  const clocked = readHeader(linesOf("16 April 2024 Tuesday / 8 Shawwal 1445\n\nStar > Economy\n\nLibya became an example for the Turkish fleet\n\nAA | 5 October 2022 Wednesday 11:42\n\nThe delegation's visit came right after the summer's meetings.\nSecond paragraph."));
  assert.equal([clocked.headline?.value, clocked.published?.value.iso], ["Libya became an example for the Turkish fleet", "2022-10-05"]);
  // With no date of its own under the headline, the date over it still dates the page.
  const alone = readHeader(linesOf("friday 24 january 2020\nFrom Syria to Libya, Turkey on every front\n\nThe intervention will take place on the ground, at sea and in the air.\nSecond paragraph."));
  assert.is(alone.published?.value.iso, "2020-01-24");
});

header("should read a numeric date line month first when the article writes its days month first ('Reuters | 12/06/2019' over 'a Nov. 27 agreement')", () => {
  const us = readHeader(linesOf("Greece expels Libyan ambassador\n\nReuters | 12/06/2019\n\nAthens acted after a Nov. 27 agreement between Ankara and Tripoli.\nSecond paragraph."));
  assert.is(us.published?.value.iso, "2019-12-06");
  const european = readHeader(linesOf("Greece expels Libyan ambassador\n\nReuters | 12/06/2019\n\nAthens acted after the agreement of 27 November between Ankara and Tripoli.\nSecond paragraph."));
  assert.is(european.published?.value.iso, "2019-06-12");
  // An article that writes "June 9, 2020", as any English does, is no US page; a weekday on the line settles the day.
  const english = readHeader(linesOf("Greece and Italy sign an EEZ deal\n\n09/06/2020\n\nThe foreign ministers signed the deal on June 9, 2020.\nSecond paragraph."));
  assert.is(english.published?.value.iso, "2020-06-09");
  const sunday = readHeader(linesOf("Greece expels Libyan ambassador\n\nSunday 08/12/2019\n\nAthens acted after a Nov. 27 agreement between Ankara and Tripoli.\nSecond paragraph."));
  assert.is(sunday.published?.value.iso, "2019-12-08");
});

header("should take the headline under a breadcrumb that ends in it ('Home > World > Turkish Parliament Ratifies …'), the site's name above as the masthead, and no menu whose last entry is the section below it", () => {
  const named = readHeader(linesOf("UrduPoint.com\nHome > World > Turkish Parliament Ratifies Memorandum On Military Cooperation With Libya\nTurkish Parliament Ratifies Memorandum on Military Cooperation With Libya\n\nTurkey's parliament has ratified a memorandum signed with Libya in late November.\nSecond paragraph."));
  assert.equal([named.masthead?.value, named.headline?.value], ["UrduPoint.com", "Turkish Parliament Ratifies Memorandum on Military Cooperation With Libya"]);
  assert.is(named.lines.find((l) => l.text)?.text, "Turkey's parliament has ratified a memorandum signed with Libya in late November.");
  // The crumb's arrows lost in the paste, or a path that opens with its slash.
  const bare = readHeader(linesOf("Home  News  Egypt News  Egypt's Sisi announces Cairo Declaration ending Libya dispute\nEgypt's Sisi announces Cairo Declaration ending Libya dispute\n\nThe president spoke at a press conference in Cairo.\nSecond paragraph."));
  assert.is(bare.headline?.value, "Egypt's Sisi announces Cairo Declaration ending Libya dispute");
  const path = readHeader(linesOf("Saturday , November 26 2022\n/  World  /  Greece, Italy sign accord on maritime zones in Ionian Sea\nGreece, Italy sign accord on maritime zones in Ionian Sea\n\nGreece and Italy concluded a pact on Tuesday.\nSecond paragraph."));
  assert.equal([path.headline?.value, path.published?.value.iso], ["Greece, Italy sign accord on maritime zones in Ionian Sea", "2022-11-26"]);
  const menu = readHeader(linesOf("The Media Line\nNews | Analysis | Podcasts | Mideast Daily News\nMideast Daily News\nTripoli Tenders Tricky Twin Tactics Tackling Turkey's Territorial Tiff\n\nThe two leaders met in Ankara on Monday.\nSecond paragraph."));
  assert.is(menu.headline?.value, "Tripoli Tenders Tricky Twin Tactics Tackling Turkey's Territorial Tiff");
});

header("should take a short line over a title that a date line or byline follows as the site's ('Dimensions Center for Strategic Studies' over 'Türkiye Mends Ties with Eastern Libya' over '2025-04-10'), a blog's name over the post's date and title too, and a headline over its date as the headline", () => {
  const dated = readHeader(linesOf("Dimensions Center for Strategic Studies\nTürkiye Mends Ties with Eastern Libya\n2025-04-10\n\nOn April 4, Türkiye's Land Forces Command held a ceremony.\nSecond paragraph."));
  assert.equal([dated.headline?.value, dated.published?.value.iso], ["Türkiye Mends Ties with Eastern Libya", "2025-04-10"]);
  const named = readHeader(linesOf("Libya Review\nBenghazi University Welcomes Turkish Delegation\nMay 12, 2025\n\nA Turkish delegation visited the university.\nSecond paragraph."));
  assert.equal([named.masthead?.value, named.headline?.value], ["Libya Review", "Benghazi University Welcomes Turkish Delegation"]);
  const bylined = readHeader(linesOf("euronews. italiano\nHoneymoon between Rome and Athens: accord on fishing zones\nBy Giorgia Orlandi\n\nRome and Athens signed the accord on Tuesday.\nSecond paragraph."));
  assert.equal([bylined.headline?.value, bylined.author?.value], ["Honeymoon between Rome and Athens: accord on fishing zones", "Giorgia Orlandi"]);
  const tagline = readHeader(linesOf("Creating new perspectives since 2009\nGreece expels Libyan ambassador over agreements with Turkey\nDecember 6, 2019 at 1:31 pm\n\nGreece expelled the ambassador on Friday.\nSecond paragraph."));
  assert.is(tagline.headline?.value, "Greece expels Libyan ambassador over agreements with Turkey");
  // A blog's name of a few words over the post's date and title.
  const blog = readHeader(linesOf("Moon of Alabama\nDecember 17, 2019\nThe Turkish Intervention In Libya Might Lead To A War With Egypt\nTurkey's President Erdogan keeps adding to the list of his country's enemies.\nSecond paragraph."));
  assert.equal([blog.headline?.value, blog.published?.value.iso], ["The Turkish Intervention In Libya Might Lead To A War With Egypt", "2019-12-17"]);
  // A headline over its date and the article's first sentence stays the headline.
  const own = readHeader(linesOf("Turkey signs military deal with UN-backed Libya government\n28 November 2019\n\nTurkey has signed a military deal.\nSecond paragraph."));
  assert.equal([own.masthead, own.headline?.value], [undefined, "Turkey signs military deal with UN-backed Libya government"]);
});

header("should take no standfirst from a picture's caption or an editor's note under the headline ('[Photo: …]', '[Translated from the Arabic]'): the article's text starts with it", () => {
  for (const note of ["[Photo: President Nicos Anastasiades of Cyprus. (AP Photo/Petros Karadjias)]", "[Photo] Lieutenant General Saddam Haftar receives the Turkish naval delegation in Benghazi", "[Translated from the Arabic by the analyst; the headline is the page's own]"]) {
    const result = readHeader(linesOf(`Cyprus decries Turkey-Libya maritime border deal\n\n${note}\n\nCyprus said on Friday that the deal violates international law.\nSecond paragraph.`));
    assert.equal([result.headline?.value, result.standfirst, result.lines.find((l) => l.text)?.text], ["Cyprus decries Turkey-Libya maritime border deal", undefined, note]);
  }
  // A deck of the article's own words stays its standfirst.
  const deck = readHeader(linesOf("Cyprus decries Turkey-Libya maritime border deal\n\nNicosia says the accord ignores the rights of the islands in the eastern Mediterranean\n\nCyprus said on Friday that the deal violates international law.\nSecond paragraph."));
  assert.is(deck.standfirst?.value, "Nicosia says the accord ignores the rights of the islands in the eastern Mediterranean");
});

header("should take the title right over the article's first paragraph as the headline when a page's navigation runs past the header's first lines, and list what stands above it as the site's", () => {
  const menu = ["×", "GreekEnglish", "×", ...["Politics", "Diaspora", "World", "Lifestyle", "Travel", "Culture", "Sports", "Cooking"].map((entry) => `  • ${entry}`), "Thursday", "15", "Jan 2026", "weather symbol", "Athens 9°C", "Contact follow Protothema:"].join("\n");
  const page = readHeader(linesOf(`${menu}\nIsrael condemns Turkey-Libya maritime accord\n\nIsrael's foreign ministry said on Tuesday that the accord is illegal.\nSecond paragraph.`));
  assert.is(page.headline?.value, "Israel condemns Turkey-Libya maritime accord");
  assert.is(page.lines.find((l) => l.text)?.text, "Israel's foreign ministry said on Tuesday that the accord is illegal.");
  assert.ok(page.removed.some((l) => l.text === "GreekEnglish" && l.reason === "site navigation"));
  // Past its date and byline; and no title at all over a page that opens with its text.
  const dated = readHeader(linesOf("Loading articles...\nCyprus decries Turkey-Libya maritime border deal\n29 November 2019\nNICOSIA, Cyprus — The Cypriot foreign ministry has condemned the agreement.\nSecond paragraph."));
  assert.equal([dated.headline?.value, dated.published?.value.iso], ["Cyprus decries Turkey-Libya maritime border deal", "2019-11-29"]);
  // Of a title over a title, the first is the headline and the second its deck; a clock's line stands under them.
  const decked = readHeader(linesOf(`${menu}\n> Politics\nGreece has the Turkish-Libyan MOU in its hands\nThe paper is now being examined at the Greek Foreign Ministry\nNewsroom  December 5 11:57\nThe Greek Foreign Ministry is at this moment going through the memorandum.\nSecond paragraph.`));
  assert.equal([decked.headline?.value, decked.standfirst?.value], ["Greece has the Turkish-Libyan MOU in its hands", "The paper is now being examined at the Greek Foreign Ministry"]);
  const plain = readHeader(linesOf("Libya's Presidential Council on Thursday underlined the importance of military cooperation.\nSecond paragraph."));
  assert.is(plain.headline, undefined);
});

header("should take a line over a section's label ('World', 'Libya | Politics') as the site's, and the title under the label as the headline", () => {
  const world = readHeader(linesOf("TO BHMA  International Edition\nWorld\nGreece Answers Libya Over Maritime Maps Southwest of Crete\nGreece has given its formal answer to Libya's protest.\nSecond paragraph."));
  assert.is(world.headline?.value, "Greece Answers Libya Over Maritime Maps Southwest of Crete");
  assert.ok(world.removed.some((l) => l.text === "TO BHMA  International Edition"));
  const barred = readHeader(linesOf("SEE | Sada El Balad English\nLibya | Politics\nLibya, Turkey to boost military cooperation\nThe two sides agreed on Monday to boost their cooperation.\nSecond paragraph."));
  assert.is(barred.headline?.value, "Libya, Turkey to boost military cooperation");
  const named = readHeader(linesOf("il Giornale\nEsteri\nIn the pact with Turkey, a halt to the Libyan traffickers\nRome and Ankara agreed on Tuesday.\nSecond paragraph."));
  assert.equal([named.masthead?.value, named.headline?.value], [undefined, "In the pact with Turkey, a halt to the Libyan traffickers"]);
  // A headline over its section and the page's invitation stays the headline.
  const own = readHeader(linesOf("Pakistan, Libya to deepen defence ties\nNews\nListen to this article\nThe chiefs of defence met in Rawalpindi on Monday.\nSecond paragraph."));
  assert.is(own.headline?.value, "Pakistan, Libya to deepen defence ties");
});

header("should take a body's name of capitalised words over a title as the site's ('Ministry of Foreign Affairs of the Hellenic Republic', 'Security and Defence Quarterly')", () => {
  for (const [name, title] of [["Ministry of Foreign Affairs of the Hellenic Republic", "Minister of Foreign Affairs Nikos Dendias' statement to journalists in Benghazi"], ["Security and Defence Quarterly", "Turkey's approach to proxy war in the Middle East and North Africa"], ["Institute of the Middle East", "Libya: on the visit to Tripoli of Turkey's Minister of National Defence"]]) {
    const result = readHeader(linesOf(`${name}\n${title}\n\nThe minister arrived on Thursday.\nSecond paragraph.`));
    assert.equal([result.masthead?.value, result.headline?.value], [name, title]);
  }
  // A headline that names a body, with its verb, stays the headline.
  const own = readHeader(linesOf("European Parliament Condemns the Turkey-Libya Memorandum\nLawmakers voted on Thursday.\nSecond paragraph."));
  assert.is(own.headline?.value, "European Parliament Condemns the Turkey-Libya Memorandum");
});

header("should take no standfirst from the headline printed again under itself ('… | Turkey news' twice), nor from the line after it", () => {
  const title = "Turkey Continues Supporting Libya's GNA Even If Al-Sarraj Drops | Turkey news";
  const first = "Turkey will keep on supporting the internationally recognized government of Libya, the ministry said on Friday";
  const result = readHeader(linesOf(`Haveeru Online\nNews | World | Business | Sports | Entertainment\n${title}\n\n${title.replace("|", " | ")}\n\n${first}\nSecond paragraph.`));
  assert.equal([result.headline?.value, result.standfirst], [title, undefined]);
  assert.is(result.lines.find((l) => l.text)?.text, first);
  // A deck of other words stays the standfirst.
  const deck = readHeader(linesOf(`${title}\n\nAnkara says its support does not hang on one man in Tripoli or on his office\n\nTurkey will keep on supporting the government.\nSecond paragraph.`));
  assert.is(deck.standfirst?.value, "Ankara says its support does not hang on one man in Tripoli or on his office");
});

header.run();
