### Simplified Chinese (zh-CN): Strings of the lifetime view.

lifetime-intro = 一位客户在多年中值多少钱：单个客户的价值、流失的代价、同期群表、生命周期阶段，以及客户保留资金该投向哪里。各计算器的数字只保存在本页；流失率、同期群和预算的设置随名单一起保存。
lifetime-year_n = 第 { $n } 年
lifetime-per_year_count = 每年 { $n }

## Individual LTV

lifetime-individual_title = 单个客户的生命周期价值
lifetime-individual_intro = 四个步骤：以年计的生命周期、每年的净利润、逐年贴现、最后求和。
lifetime-ind_profit = 每次购买的利润
lifetime-ind_purchases = 购买次数
lifetime-ind_period = 购买次数的统计周期
lifetime-per_month = 每月
lifetime-per_year = 每年
lifetime-ind_years = 作为客户的年数
lifetime-ind_yearly = 年利润
lifetime-ind_yearly_how = 每次购买的利润 × 每年购买次数 = { $profit } × { $purchases } = { $yearly }。
lifetime-ind_undiscounted = 生命周期价值（未贴现）
lifetime-ind_undiscounted_how = 年利润 × 年数 = { $yearly } × { $years }（不足一年按比例计）。
lifetime-ind_discounted = 生命周期价值（贴现后）
lifetime-ind_discounted_how = 对 { $years } 年中每年的 { $yearly } ÷ 贴现因子求和，贴现率 d = { $rate }，{ $convention }。

## By age

lifetime-age_title = 按年龄计算：上限与预期年数
lifetime-age_intro = 寿命上限 = (预期寿命 − 年龄) × 每年价值：客户终身留下所能带来的价值，暂不考虑忠诚度。预期剩余年数计入忠诚度：{ $formula }，其中 c 为流失率，L = 预期寿命 − 年龄。
lifetime-age_person_a = 第一位客户
lifetime-age_person_b = 第二位客户
lifetime-age = 年龄
lifetime-age_value = 每年价值
lifetime-age_remaining = { $who }：剩余年数
lifetime-age_remaining_how = 预期寿命 − 年龄，最小为 0。
lifetime-age_total = { $who }：寿命上限
lifetime-age_how = ({ $life } − { $age }) = { $remaining } 年 × 每年 { $yearly }（未贴现）：这是上限，未考虑忠诚度。
lifetime-age_expected = { $who }：预期剩余年数
lifetime-age_expected_how = { $formula }，L = { $remaining } 年，流失率 { $churn }：{ $years } 年。L 不是整数时，先累加整年，最后不足一年的部分 f 再加上 { $part_year }，其中 c 为流失率。
lifetime-age_expected_value = { $who }：预期价值
lifetime-age_expected_value_how = { $years } 年 × 每年 { $yearly }（未贴现；名单的 LTV 还会逐年贴现）。
lifetime-age_rule = 名单中的每个生命周期价值（以及基于它的排名、保留细分和 LTV : CAC）都使用预期剩余年数：对已知年龄的个人，是上面的求和，流失率取该客户市场类型的流失率（未设置时取名单的流失率，见设置）；对组织或年龄未知的客户，没有寿命来终止求和，因此为 1 ÷ 流失率，流失率为 0 时无上限（此时使用计入的最长生命周期）。这样个人与组织在同一尺度上估值；上限仅供比较。
lifetime-age_churn = 两位客户的年流失率
lifetime-age_times = 按上限计算，第一位客户的价值是第二位的 { $times } 倍；计入忠诚度后为 { $expected_times } 倍。

## Closed forms

lifetime-closed_title = 固定保留率下的解析公式
lifetime-closed_intro = 已知每年毛利 m、固定保留率 r 和贴现率 d 时，逐年求和有解析公式。
lifetime-closed_m = 每年毛利（m）
lifetime-closed_r = 年保留率（r）
lifetime-closed_d = 贴现率（d）
lifetime-closed_first = 计入第一年：m(1 + d) ÷ (1 + d − r)
lifetime-closed_first_how = { $m } × (1 + { $d }) ÷ (1 + { $d } − { $r })：第一年不贴现，之后每年按 r 保留、按 d 贴现。
lifetime-closed_variant = 从第一次续约算起：m·r ÷ (1 + d − r)
lifetime-closed_variant_how = { $m } × { $r } ÷ (1 + { $d } − { $r })：只计客户留下一次之后的年份。
lifetime-closed_every = 每年都贴现：m ÷ (1 + d − r)
lifetime-closed_every_how = { $m } ÷ (1 + { $d } − { $r })：同样的求和，但第一年也贴现。

## Churn

lifetime-churn_title = 流失率与客户群体生命周期
lifetime-churn_intro = 流失率 = 一年内流失的客户数 ÷ 年初客户数。客户群体生命周期 = 1 ÷ 流失率；为保持客户数不变，每年需要的新客户数 = 流失率 × 客户数。流失率为 0 表示生命周期无上限。
lifetime-churn_lifetime_how = 1 ÷ 年流失率；流失率为 0 时无上限。
lifetime-churn_need = 保持规模所需的新客户
lifetime-churn_need_value = 每年 { $n } 位
lifetime-churn_need_how = 流失率 × 客户数 = { $churn } × { $base } = 每年 { $n } 位。
lifetime-churn_no_benchmark = 输入一家对比企业的流失率，即可看到两者的差距每年要花多少钱。
lifetime-churn_benchmark_result = 流失率为 { $ours } 时，此名单每年必须赢得 { $our_need } 位客户；对比企业的流失率为 { $theirs }，每年需要 { $their_need } 位，客户平均保留 { $their_lifetime }。
lifetime-churn_extra_spend = 差距为每年 { $extra } 位客户；按每位 { $cac } 的获客成本，仅为维持现状每年就要多花 { $spend }。
lifetime-churn_extra_no_cac = 差距为每年 { $extra } 位客户；在“成本与利润”中输入获客支出和新客户数，即可按获客成本算出它的代价。
lifetime-firms_title = 两家企业对比
lifetime-firm_a_base = 企业 A：年初客户数
lifetime-firm_a_lost = 企业 A：一年内流失的客户数
lifetime-firm_b_base = 企业 B：年初客户数
lifetime-firm_b_lost = 企业 B：一年内流失的客户数
lifetime-firm_cac = 每位客户的获客成本
lifetime-firms_caption = 企业 A 与 B 的流失率、生命周期和补充需求
lifetime-firm_a = 企业 A
lifetime-firm_b = 企业 B
lifetime-firm_churn = 流失率
lifetime-firm_need = 所需新客户

## Cohort

lifetime-cohort_title = 同期群生命周期价值表
lifetime-cohort_intro = 第 1 年获得的一批客户，逐年跟踪（参照 Hughes《Strategic Database Marketing》）。可编辑任意输入单元格；添加年份可跟踪更久。
lifetime-cohort_size = 获得的客户数（同期群规模）
lifetime-cohort_interest = 利率（i）
lifetime-cohort_risk = 风险系数（rf）
lifetime-cohort_rounding = 贴现因子
lifetime-cohort_exact = 精确值（1.3456）
lifetime-cohort_rounded = 按 Hughes 的印法保留两位小数（1.35）
lifetime-cohort_add_year = 添加一年
lifetime-cohort_remove_year = 删除最后一年
lifetime-cohort_year_added = 已添加一年；表格现有 { $n } 年。
lifetime-cohort_year_removed = 已删除最后一年；表格现有 { $n } 年。
lifetime-cohort_caption = 同期群生命周期价值表（金额单位：{ $currency }）
lifetime-cohort_measure = 指标
lifetime-cohort_year = 年份
lifetime-cohort_cell = { $row }，第 { $year } 年
lifetime-cohort_retention = 保留率
lifetime-cohort_orders = 每位客户订单数
lifetime-cohort_order_value = 平均订单金额
lifetime-cohort_cost_rate = 成本率
lifetime-cohort_marketing = 每位客户的营销成本
lifetime-cohort_customers = 客户数
lifetime-cohort_customers_how = 第 1 年 = 同期群规模；之后 = 上一年客户数 × 上一年保留率
lifetime-cohort_revenue = 收入
lifetime-cohort_revenue_how = 客户数 × 订单数 × 平均订单金额
lifetime-cohort_cost_of_sales = 销售成本
lifetime-cohort_cost_of_sales_how = 收入 × 成本率
lifetime-cohort_marketing_costs = 营销成本
lifetime-cohort_marketing_costs_how = 客户数 × 每位客户的营销成本（第 1 年为获客成本）
lifetime-cohort_total_costs = 总成本
lifetime-cohort_total_costs_how = 销售成本 + 营销成本
lifetime-cohort_profit = 利润
lifetime-cohort_profit_how = 收入 − 总成本
lifetime-cohort_factor = 贴现因子
lifetime-cohort_factor_how = { $formula }，精确值或保留两位小数
lifetime-cohort_npv = 利润净现值
lifetime-cohort_npv_how = 利润 ÷ D_t
lifetime-cohort_cumulative = 累计利润净现值
lifetime-cohort_cumulative_how = 截至该年的利润净现值之和
lifetime-cohort_ltv = 生命周期价值（LTV_t）
lifetime-cohort_ltv_how = 累计利润净现值 ÷ 同期群规模
lifetime-cohort_lessons = 这张表说明了什么
lifetime-cohort_lesson_loss = 获客当年是亏钱的：第 1 年利润为 { $profit }。
lifetime-cohort_lesson_no_loss = 获客当年就已盈利 { $profit }。
lifetime-cohort_lesson_leaver = 第 1 年后就离开的客户，每位造成 { $cost } 的损失（即第 1 年 LTV 的相反数）。
lifetime-cohort_lesson_final = 让同期群盈利的是客户保留：{ $years } 年后，每位获得的客户价值 { $ltv }。
lifetime-gain_caption = 保留率每提高一个百分点带来的 LTV 增量
lifetime-gain_where = 保留率提高一个百分点的年份
lifetime-gain_value = 每位获得客户的 LTV 增量
lifetime-gain_all_years = 每一年
lifetime-gain_how = 该年保留率提高一个百分点（最高 100 %）时，最后一年 LTV 的变化。最后一年的保留率只有在添加新的一年后才起作用。
lifetime-chart_cumulative = 每位获得客户的生命周期价值，逐年
lifetime-chart_cumulative_table = 每位获得客户的逐年 LTV

## Stages

lifetime-stages_title = 生命周期阶段与终生利润
lifetime-stages_intro = 考察期（潜在客户在询问了解）、形成期（新客户，快速增长）、稳定期（关系稳固，利润最高）、退化期。各阶段的利润应呈倒 U 形。
lifetime-chart_lifetime_profit = 各生命周期阶段的利润
lifetime-stages_caption = 各生命周期阶段的客户数与利润
lifetime-stage = 阶段
lifetime-stage_none = 未填写阶段
lifetime-stage_count = 客户数
lifetime-stage_profit = 年利润
lifetime-stage_profit_how = 该阶段客户年利润之和。
lifetime-stage_average = 平均年利润
lifetime-stage_average_how = 年利润 ÷ 客户数。
lifetime-stage_lifetime = 终生利润
lifetime-stage_lifetime_how = 该阶段所有客户的（基本利润 + 关联销售利润 + 成本节约 + 推荐价值）−（获客成本 + 价格优惠 + 负面推荐损失）之和。
lifetime-stage_lifetime_average = 平均终生利润
lifetime-stage_lifetime_average_how = 终生利润 ÷ 客户数。
lifetime-stages_note = 客户的基本利润 = 每年（毛利 − 服务成本）× 预期年数（未贴现）；关联销售利润、成本节约、推荐价值、价格优惠和负面推荐损失取自同名指标，缺失时为 0。
lifetime-lp_title = 单个客户的终生利润
lifetime-lp_intro = 终生利润 = 总利润 − 总投入，均按整个客户关系期间的金额计算。
lifetime-lp_base = 基本利润
lifetime-lp_cross = 关联（交叉销售）利润
lifetime-lp_savings = 成本节约
lifetime-lp_referral = 推荐价值
lifetime-lp_acquisition = 获客成本
lifetime-lp_discounts = 价格优惠
lifetime-lp_damage = 负面推荐造成的损失
lifetime-lp_total_profit = 总利润
lifetime-lp_total_profit_how = 基本 + 关联销售 + 成本节约 + 推荐 = { $base } + { $cross } + { $savings } + { $referral }。
lifetime-lp_investment = 总投入
lifetime-lp_investment_how = 获客 + 优惠 + 负面推荐损失 = { $acquisition } + { $discounts } + { $damage }。
lifetime-lp_lifetime = 终生利润
lifetime-lp_lifetime_how = 总利润 − 总投入 = { $profit } − { $investment }。

## Retention budget

lifetime-retention_title = 按 LTV 分群的客户保留预算
lifetime-retention_intro = 把客户保留资金花在高 LTV 客户身上，把获客支出投向客户 LTV 高的群体，不要为留住 LTV 为负的客户花钱。
lifetime-segments_caption = LTV 分群与客户保留预算
lifetime-segment = 客户群
lifetime-segment_how = LTV 为负的客户单独成群；其余按 LTV 排名：前 20 % 为高，其后 30 % 为中，其余为低。
lifetime-segment_high = 高 LTV（前 20 %）
lifetime-segment_medium = 中 LTV（其后 30 %）
lifetime-segment_low = 低 LTV（其余）
lifetime-segment_negative = 负 LTV
lifetime-segment_total = LTV 合计
lifetime-segment_total_how = 各客户 LTV 之和（按设置贴现），每个 LTV 按该客户的预期剩余年数计算：{ $formula }，其中 c 为流失率，L = 预期寿命 − 年龄；组织和年龄未知者为 1 ÷ 流失率。
lifetime-segment_average = 平均 LTV
lifetime-segment_budget = 保留预算
lifetime-segment_budget_how = 预算由高、中两个客户群按其 LTV 合计的比例分配。
lifetime-segment_budget_each = 每位客户的预算
lifetime-segment_action = 建议行动
lifetime-segment_note = 客户群预算 = 客户保留预算 × 该群 LTV 合计 ÷ 高、中两群的 LTV 合计；低 LTV 和负 LTV 客户群不分配预算。
lifetime-action_retain = 优先投入，留住他们
lifetime-action_nurture = 适度投入，留住他们
lifetime-action_maintain = 常规服务，不额外投入
lifetime-action_do_not_retain = 不要为留住他们花钱
lifetime-flag_negative = {" "}— 已标记：LTV 为负
lifetime-negative_note = { $count } 位客户的生命周期价值为负（合计 { $total }）；不要花客户保留资金留住他们。
lifetime-acquisition_title = 获客支出该投向哪里
lifetime-acquisition_intro = 平均 LTV 高于名单平均值（且大于零）的群体，其新客户也可能具有较高的 LTV。名单的平均 LTV：
lifetime-acquisition_caption = 按市场类型和渠道的平均 LTV
lifetime-acquisition_group = 群体
lifetime-acquisition_advice = 获客支出
lifetime-acquire_more = 把获客支出投向这里
lifetime-acquire_as_is = 保持不变
lifetime-acquire_avoid = 避开：客户在亏钱
lifetime-chart_ltv_axis = 每位客户的 LTV（{ $currency }）
lifetime-chart_profit_axis = 平均年利润（{ $currency }）

## Which figures the calculators show (issue 12, point 9)

lifetime-shown_list = 当前显示：名单“{ $list }”的数字：{ $how }。
lifetime-shown_example = 当前显示：示例：{ $example }。
lifetime-shown_example_because = 当前显示：示例（{ $example }），因为{ $reason }。
lifetime-shown_own = 当前显示：您自己在各字段中输入的数字。
lifetime-use_example = 使用示例
lifetime-use_list = 使用本名单的数字
lifetime-missing_customers = 名单中没有客户
lifetime-missing_revenue = 名单中没有客户有收入
lifetime-missing_ages = 名单中有收入且有年龄的个人客户不足两位
lifetime-individual_example = 一位 30 岁的客户，每月购买两次，每次利润 100，持续 20 年，贴现率 8 %
lifetime-individual_from_list = 名单中有收入客户的平均值：扣除获客成本前的年利润（毛利 − 服务成本）按每年购买次数分摊（名单未给出时按 1 次），期限为群体生命周期 1 ÷ 流失率；贴现率和贴现惯例取自设置
lifetime-age_example = 一位每年消费 500 的 20 岁客户，对比一位每年消费 1,000 的 70 岁客户，流失率 20 %
lifetime-age_from_list = 有年龄且有收入的个人客户中较年轻的一半和较年长的一半（平均年龄取整到年，平均每年毛利）；预期寿命和流失率取自设置
lifetime-closed_example = m = 100，r = 80 %，d = 10 %
lifetime-closed_from_list = m = 有收入客户每年的平均毛利 − 服务成本，r = 1 − 流失率，d = 设置中的贴现率
lifetime-firms_example = 公司 A 有 100 位客户，每年流失 20 位；公司 B 有 100 位，流失 10 位；获客成本 100
lifetime-firms_from_list = 公司 A 即本名单（其客户数，流失客户数 = 流失率 × 客户数，取整），公司 B 客户数相同、按对比流失率计算，两者均按名单的获客成本
lifetime-firms_no_benchmark = 未设置对比流失率：公司 B 采用示例的 { $churn }。
lifetime-firms_no_cac = 名单的获客成本未知（请在“经济”中输入推广支出和新客户数）：采用示例的 { $cac }。
lifetime-cohort_example = Hughes 的 100,000 位客户同期群
lifetime-cohort_from_list = 规模等于名单客户数的同期群，保留率 1 − 流失率，订单数和订单金额取有收入客户的平均值，成本率 1 − 毛利率，第 1 年营销成本 = 获客成本 + 服务成本、之后为服务成本，i = 贴现率、rf = 1，年数为群体生命周期（3 到 10 年）；编辑任一单元格即成为您自己的表
lifetime-lp_example = 基础利润 1,000，交叉销售 300，成本节约 100，推荐价值 200；获客 400，折扣 150，负面口碑损失 50
lifetime-lp_from_list = 名单中有收入客户各部分的平均值
lifetime-stages_none = 本名单中没有客户设有生命周期阶段，因此没有按阶段的利润可画。请在客户表的“生命周期阶段”列中为客户设置阶段，或在导入 CSV 时映射 lifecycle_stage 列（探索、形成、稳定或衰退）。
lifetime-segments_not_rated = { $count } 位客户没有收入，因此没有生命周期价值：他们未评级，不属于任何分段，也不计入此处的任何合计和平均值。
lifetime-chart_retention = 各细分的保留预算
lifetime-chart_retention_caption = 保留预算按细分的去向；下表列出具体数字。
lifetime-chart_segment_axis = LTV 细分
lifetime-chart_budget_axis = 每年预算（{ $currency }）
lifetime-ind_growth = 利润年增长率
lifetime-ind_growth_how = 利润每年增长 { $growth }：{ $formula }。
lifetime-stage_growth = 按生命周期阶段的利润年增长率
lifetime-stage_growth_note = 在客户生命周期价值的每一年，利润按其阶段的增长率增长：第 t 年利润 = 利润 × (1 + g)^(t−1)。阶段留空表示不增长；客户自己的“利润增长率”优先于其阶段的增长率。
