/**
 * Word lists the mention finder and the clusterer rely on. They describe English news copy in
 * general (function words, titles, demonyms, organisation words), never particular articles.
 * All entries are lower case.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Capitalised words that are not names: function words and adverbs that open sentences,
 * headings and web-page labels. A run of capitals loses these at its start ("The Guomindang").
 */
export const STOPWORDS = words(`
  the a an in on at by for from to of with without and but or nor if when while where who whom
  whose what which why how after before during since until till as it its he she they we i you
  his her their our my your this that these those there here then now today yesterday tomorrow
  tonight meanwhile however also still yet so such some many most more several all both each
  every no not any other another one two three four five six seven eight nine ten first second
  third last next later earlier according despite although though because under over about among
  between against through into via per please thank read share follow subscribe photo video
  source sources further former latest breaking update updated advertisement comments comment
  contact phone email copyright top home menu search login news recent related tags back
  yes okay ok well even just only already again instead otherwise thus hence therefore
  let may might must should would could can will shall do does did has have had is are was were
  be been being upon within beyond towards toward across around near unlike like above below
  asked told said says us me him them
`);

/** Words that make a capitalised sequence a place's name ("Korean Peninsula", "Black Sea"). */
export const GEO_WORDS = words(`
  peninsula sea ocean river mountains mountain gulf strait coast bay island islands region
  republic federation empire kingdom emirates states lake valley desert plain plateau province
  oblast county district
`);

export const DAYS_MONTHS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Adjectives of nationality or region: "South Korean President Yun" is not a name of Yun's. */
export const DEMONYMS = words(`
  korean russian ukrainian chinese japanese american british french german polish turkish iranian
  israeli palestinian lebanese syrian iraqi afghan pakistani indian lithuanian latvian estonian
  belarusian georgian armenian azerbaijani kazakh european western eastern northern southern arab
  qatari saudi egyptian libyan italian spanish dutch belgian swedish finnish norwegian danish
  hungarian czech slovak romanian bulgarian serbian croatian greek canadian mexican brazilian
  argentine australian taiwanese vietnamese thai indonesian filipino malaysian singaporean african
  nigerian kenyan ethiopian sudanese soviet asian nordic baltic moldovan swiss austrian irish
  scottish welsh english portuguese mongolian yemeni jordanian emirati cuban venezuelan colombian
  chilean peruvian
`);

/**
 * Titles and honorifics that precede a person's name. Multi-word titles are matched greedily
 * ("Secretary General", "Foreign Minister"); their first word alone may not be a title.
 */
export const TITLES = words(`
  president premier minister chancellor secretary secretary-general king queen prince princess pope mr mrs
  ms miss dr prof professor sir dame lord lady general gen colonel col lt lieutenant captain capt
  sgt sergeant admiral senator sen rep representative governor gov mayor ambassador judge justice
  chairman chairwoman chairperson speaker commissioner spokesman spokeswoman spokesperson director
  sheikh emir ayatollah archbishop bishop rev cardinal marshal commander envoy chief
  congressman congresswoman councillor councilor
`);

/** Words that only make a title together with a following title word ("Foreign Minister"). */
export const TITLE_MODIFIERS = words(`
  former acting deputy vice prime foreign defence defense finance interior justice health
  economy trade supreme first crown interim opposition party state assistant under executive
  secretary senior grand high lord house
`);

/** Two-word titles whose parts are not titles on their own. */
export const TWO_WORD_TITLES = new Set([
  'secretary general', 'supreme leader', 'first lady', 'prime minister', 'crown prince',
  'party leader', 'opposition leader', 'chief executive', 'secretary of state', 'attorney general',
]);

/** Lower-case words that, right before a name, say the name is a person's. */
export const PERSON_CUES = words(`
  leader minister president premier chancellor spokesman spokeswoman spokesperson chairman
  chairwoman secretary sister brother son daughter wife husband father mother lady official
  counterpart pioneer founder mayor ambassador envoy general commander analyst adviser advisor
  aide deputy governor senator lawmaker mp candidate director chief economist colleague
  predecessor successor editor correspondent reporter professor coach player actor singer
  writer author dr mr mrs ms
`);

/** Lower-case words that, right before a name, say it is a place. */
export const PLACE_CUES = words(`in at to from near towards toward outside inside across into via around`);

/** Particles inside names: "Ursula von der Leyen", "Hamad bin Jassim". */
export const PARTICLES = words(`
  von van der den de del della di da du la le bin ibn bint al el ter ten dos das abu ben
`);

/** Hyphen-prefixed particles: "al-Islam", "el-Sisi". */
export const PARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|d|l)[-‐‑]/;

/** Words that make a capitalised sequence an organisation's name. */
export const ORG_WORDS = words(`
  agency party council committee commission ministry organization organisation union group bank
  university institute association corporation corp inc ltd llc plc company co news times post
  court parliament assembly congress senate army navy forces force office department service
  services foundation fund front movement alliance league club airlines airways sports network
  television radio press media agency bureau authority board centre center college school
  hospital police guard brigade regiment battalion federation cabinet government chiefs staff
  institution programme program initiative mission chamber energy telecom logistics holdings
  motors systems technologies partners capital securities industries pharmaceuticals labs
`);

/**
 * The commonest East Asian family names in romanised spellings. A name that starts with one is
 * written family name first ("Yun Seok-yeol", "Xi Jinping"), so a lone "Yun" refers to it.
 */
export const EAST_ASIAN_SURNAMES = words(`
  kim lee yi rhee park pak bak choi choe jung jeong chung cheong kang han yoon yun jang chang
  lim im oh seo suh shin sin kwon hwang ahn an song ryu yoo yu hong jeon chun ko go moon mun yang
  son bae baek paek cho jo heo huh nam noh roh ha kwak sung seong cha joo ju woo wu
  wang zhang chang liu chen chan yang zhao chao huang wong zhou chou xu hsu sun ma zhu chu hu guo
  he lin lam luo lo gao kao zheng cheng liang xie hsieh tang deng teng feng xi li lai tsai cai
  ho mao jiang chiang hu wen peng dong tung
  nguyen tran le pham hoang phan vu vo dang bui do ngo duong ly
`);

/** Verbs that make the name before them a person doing or saying something. */
export const PERSON_VERBS = words(`
  said says stated told added noted had has met called urged spoke warned stressed insisted explained
  argued claimed wrote announced denied confirmed replied asked answered agreed recalled admitted
  acknowledged promised vowed pledged thanked visited tweeted posted declined praised criticised
  criticized accused welcomed expressed discussed signed travelled traveled arrived returned
`);

/** Verbs of saying: "Paul Ferreira said" makes a two-word name a person's. */
export const SPEECH_VERBS = words(`
  said says stated told added noted urged warned stressed insisted explained argued claimed wrote
  replied asked answered recalled admitted acknowledged tweeted
`);

/** Vietnamese family names: written first, yet a person is called by the last given name ("Mr Thanh"). */
export const VIETNAMESE_SURNAMES = words(`nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly`);
