/** Chinese UI text of the in-page card and panel. */
import type { CoreIndicatorId, Kind } from '../extract/types';

export const INDICATOR_NAMES: Record<CoreIndicatorId, string> = {
  urban_new_jobs: '城镇新增就业',
  registered_unemployment_rate: '城镇登记失业率',
  surveyed_unemployment_rate: '城镇调查失业率',
  rural_labor_transfer: '农村劳动力转移就业',
  hard_to_employ_employment: '就业困难人员就业',
  unemployed_reemployment: '失业人员再就业',
  vocational_training: '职业技能培训',
  startup_loans: '创业担保贷款',
  public_welfare_jobs: '公益性岗位',
  pension_insured: '养老保险参保',
  unemployment_insurance_insured: '失业保险参保',
  work_injury_insurance_insured: '工伤保险参保',
  social_security_cards: '社会保障卡',
  mediation_success_rate: '调解成功率',
  arbitration_closure_rate: '仲裁结案率',
  minimum_wage: '最低工资标准',
  pension_increase: '基本养老金调整',
};

export const KIND_NAMES: Record<Kind, string> = { target: '目标', actual: '实际', progress: '进度' };

export const ZH = {
  region: '地区',
  period: '时间',
  unknown: '未注明',
  masked: '数值已隐去',
  clip: '收藏',
  clipping: '收藏中…',
  clipped: '已收藏',
  clipDuplicate: '已在收藏中',
  clipFailed: '收藏失败',
  close: '关闭',
  panelTitle: '本页指标',
  panelEmpty: '本页未发现指标',
  panelHint: 'Alt+Shift+J / K 逐个查看',
  other: '其他',
} as const;
