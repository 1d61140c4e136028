/**
 * The fixed list of enforcement domains (`domains` in src/model/schema/case.ts),
 * derived from the published cases. No imports: the field registry, the
 * schema and the browse pages read it.
 */

/**
 * The enforcement domains a case can be about (`domains`): the fields of
 * administration the published cases come from. Each has a fixed ASCII slug
 * for its browse page, `/{script}/domains/{slug}/` (never changed once
 * published), and a line on what it covers.
 */
export const enforcementDomains = {
  市场监管: {
    slug: 'market-regulation',
    covers: '食品、特种设备、产品质量、知识产权、企业信用、公平竞争等市场监督管理',
  },
  药品监管: { slug: 'drug-regulation', covers: '药品、医疗器械、化妆品的监督管理' },
  公安: { slug: 'public-security', covers: '公安机关的行政执法和涉企案件办理' },
  生态环境: { slug: 'ecology-environment', covers: '污染防治、排污许可等生态环境执法' },
  应急管理: { slug: 'emergency-management', covers: '安全生产、消防等应急管理执法' },
  交通运输: { slug: 'transport', covers: '道路运输、公路检查站等交通运输管理' },
  卫生健康: { slug: 'health', covers: '医疗机构、感染防控等卫生健康监管' },
  文化旅游: { slug: 'culture-tourism', covers: '演出、大型文化活动等文化和旅游市场管理' },
  自然资源: { slug: 'natural-resources', covers: '不动产登记、用地确权登记等自然资源管理' },
  发展改革: { slug: 'development-reform', covers: '以工代赈等发展改革项目及其资金监管' },
  行政审批: {
    slug: 'administrative-approval',
    covers: '勘验、工程建设项目审批等行政审批和政务服务',
  },
  综合执法: { slug: 'comprehensive-enforcement', covers: '城市管理、综合行政执法（城管）' },
  综合监管: {
    slug: 'cross-department-supervision',
    covers: '跨部门联合检查、“综合查一次”等跨部门综合监管',
  },
  执法监督: { slug: 'enforcement-supervision', covers: '司法行政部门对行政执法的监督、协调和指导' },
} as const satisfies Record<string, { slug: string; covers: string }>;
export type EnforcementDomain = keyof typeof enforcementDomains;
export const domainNames = Object.keys(enforcementDomains) as [
  EnforcementDomain,
  ...EnforcementDomain[],
];
