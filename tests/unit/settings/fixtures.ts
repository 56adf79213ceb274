/** A short 人社 work report with a figure for a custom indicator (养老保险基金结余12.5亿元). */
export const REPORT =
  '2023年全市人力资源和社会保障工作总结。全市人社系统坚持就业优先，全年城镇新增就业1.2万人，城镇登记失业率控制在3.5%以内，' +
  '发放创业担保贷款6568万元，开展职业技能培训4.8万人次。社会保险参保扩面持续推进，企业职工养老保险基金结余12.5亿元，' +
  '社会保险基金运行平稳。劳动保障监察和劳动人事争议调解仲裁工作扎实开展。';

export const FUND = { slug: 'fund', name: '养老保险基金结余', phrases: ['养老保险基金结余'], unit: '元' };
