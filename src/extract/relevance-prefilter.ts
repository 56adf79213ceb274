/**
 * A cheap first look a content script can afford on every page: does the text mention labour or social security
 * at all? False means the page is certainly not for us; true means "send it to the engine", whose relevance
 * model decides.
 */
const LABOUR_CUES =
  /就业|失业|人社|人力资源和社会保障|社会保障|社保|养老保险|养老金|工伤保险|失业保险|职业技能|技能培训|劳动力|劳动争议|劳动仲裁|最低工资|公益性岗位|创业担保|欠薪|农民工/g;

export function mayBeRelevant(text: string, minCues = 3): boolean {
  LABOUR_CUES.lastIndex = 0;
  let cues = 0;
  while (LABOUR_CUES.exec(text) !== null) {
    if (++cues >= minCues) return true;
  }
  return false;
}
