/**
 * A cheap first look a content script can afford on every page: does the text mention labour or social security
 * at all? False means the page is certainly not for us; true means "send it to the engine", whose relevance
 * model decides.
 */
const LABOUR_CUES = new RegExp(
  [
    '就业|失业|人社|人力资源和社会保障|社会保障|社保|养老保险|养老金|工伤保险|失业保险|职业技能|技能培训|劳动力|劳动争议|劳动仲裁',
    '最低工资|公益性岗位|创业担保|欠薪|农民工',
    // The same words on a page written in traditional characters (a repost's 就業, glossed or not): the gate cannot
    // afford the engine's character table, so they are listed.
    '就業|失業|人力資源和社會保障|社會保障|養老保險|養老金|工傷保險|失業保險|職業技能|技能培訓|勞動力|勞動爭議|勞動仲裁',
    '最低工資|公益性崗位|創業擔保|農民工',
  ].join('|'),
  'g',
);

export function mayBeRelevant(text: string, minCues = 3): boolean {
  LABOUR_CUES.lastIndex = 0;
  let cues = 0;
  while (LABOUR_CUES.exec(text) !== null) {
    if (++cues >= minCues) return true;
  }
  return false;
}
