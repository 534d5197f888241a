// Frequent words that are not topics: when such a word of a question is found
// nowhere in the corpus, that says nothing about whether the topic is there
// (`rise`, `goes`, `ligt`, `denkt`). General vocabulary, not tuned to questions.

export const COMMON_EN = new Set(
  (
    'raise raised raises raising boost lift report reports reported small smaller large ' +
    // adverbs and verbs of paraphrase (typically, drive, turn to)
    'typical typically normally mostly drive drives driven main source sources speed quick stop stops join joins joining turn turns ' +
    // verbs of a document's history (when was it sent, what does it respond to)
    'respond responds responded responding response reply replies send sends sent write writes wrote written publish publishes published release released issue issued ' +
    // verbs people use to frame questions about a text
    'distinguish describe discuss identify highlight argue emphasise emphasize stress note name address cover treat tackle advise outline compare contrast relate link affect influence contribute differ achieve prevent reduce strengthen weaken oppose favour favor prefer predict estimate evaluate consist comprise involve mean ' +
    'besides except apart beyond able above across actually add added after again against ago agree agreed ahead aim aimed all allow almost alone along already although always among amount another answer anyone anything anyway appear apply approach area areas around ask asked ' +
    'assess assessed assessment back bad based basic because become becomes before begin behind believe below best better big bit both bring brings build built call called came cannot care case cases cause certain change changes ' +
    'check claim clear close come comes coming common concern concerned concerning consider considered contain continue could current currently deal decide decided deep define defined degree depend depends despite detail details did ' +
    'different difficult done down due during each early easy effect effects either else end enough ensure entire especially even ever every exactly example expect expected explain fact fail fall far feel few find first focus follow ' +
    'following form former forward found free full further gain gave general generally get gets getting give given gives go goes going gone good got great greater group groups grow happen happens hard having head hear held help helps ' +
    'here high higher hold hope however idea ideas important improve improved include included including increase increased indeed instead issue issues itself just keep kind know known large larger last late later lead leads least ' +
    'leave less let level like likely line list little long look looking lot low lower made main mainly make makes making matter may maybe mean meant measure measures mention mentioned might mind more most move much must near nearly ' +
    'need needed needs never new next nothing now number often old once one only open order other others otherwise out over overall own part particular particularly past people per perhaps place plan play point points possible ' +
    'possibly present pretty probably problem problems proposal proposals propose proposed provide provides put question questions quite rather reach read real really reason reasons recent recently regard regarding regards related ' +
    'remain remains result results right rise rises rising said same saw say second see seem seems seen set several shall short show shows side since small so some something sometimes soon sort speak specific stand start state ' +
    'states still stop such suggest suggests support sure take taken takes talk tell tend term terms than thing things think though three through thus time times today together too took top toward towards true try turn two type ' +
    'under understand up upon use used useful uses using usual usually value various very view views want way ways week well went whether while whole wide within without word words work worked working world worse worth year years yet'
  ).split(' '),
);

export const COMMON_NL = new Set(
  (
    'aan aantal af alle alleen altijd ander andere anders begin beter bijvoorbeeld bijna binnen blijft blijven boven buiten daar daarbij daardoor daarom dan dat denkt denken deel doel doet doen door dus echter eerst eigen eind ' +
    'even gaat gaan gebeurt gedaan geeft geven gegeven gehad genoeg goed groot grote hebben heeft hele helemaal hoog hoge hoort houdt iets immers juist kant keer komt komen kort kost kosten krijgt krijgen kunnen laat laten lang ' +
    'later ligt liggen maakt maken manier meer meest meestal minder misschien moet moeten mogelijk na nodig nog nu ooit ook over plaats precies pas staat staan steeds stelt stellen tegen telt tussen veel verder vervult vervullen ' +
    'vindt vinden vooral voorbeeld vraagt vragen waar want weer weinig wel werd wil willen wordt worden zal zeker zelf zien ziet zit zitten zo zou zouden zullen ' +
    // long comparison and sentence adverbs: how a question is put, not what it is about
    'evenveel evenzeer hetzelfde dezelfde voldoende belangrijk belangrijke belangrijker tegelijk tegelijkertijd eigenlijk daadwerkelijk ' +
    'uiteindelijk momenteel inmiddels afgelopen verschillende vergeleken vergelijking percentage hoeveelheid gemiddeld gemiddelde'
  ).split(' '),
);

/** Common English word, inflections included (`raising` → raise, `needs` → need). */
export function isCommonEnglish(w: string): boolean {
  if (COMMON_EN.has(w)) return true;
  for (const [suffix, repl] of [['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['es', ''], ['s', ''], ['ly', ''], ['er', ''], ['est', '']] as const) {
    if (w.endsWith(suffix) && COMMON_EN.has(w.slice(0, -suffix.length) + repl)) return true;
  }
  return false;
}
