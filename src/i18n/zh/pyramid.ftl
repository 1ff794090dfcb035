### Simplified Chinese (zh-CN): Strings of the pyramid view.

pyramid-intro = 按您选择的指标把客户分成层级和评级：谁带来了价值、他们有什么共同点、谁在亏钱、谁接近升级。
pyramid-empty = 此名单中还没有客户：导入或添加客户后即可查看层级和评级。下面的设置现在就可以编辑。

## Bases and units

pyramid-basis = 客户排名依据
pyramid-basis_revenue = 收入
pyramid-basis_profit = 利润
pyramid-basis_relationship_value = 关系价值
pyramid-basis_relationship_score = 关系评分
pyramid-basis_lifetime_value = 生命周期价值
pyramid-basis_weighted = 加权金字塔“{ $name }”
pyramid-basis_weighted_n = 加权金字塔 { $n }
pyramid-basis_scorecard = 评分卡得分
pyramid-unit_money_year = 每年金额
pyramid-unit_money = 金额
pyramid-unit_relationship_score = −1 到 1 的评分
pyramid-unit_composite = 0 到 1 的综合值
pyramid-unit_scorecard = 0 到 100 的得分

## Tiers

pyramid-tier_large = 大潜力
pyramid-tier_medium = 中潜力
pyramid-tier_small = 小潜力
pyramid-scheme_title = 价值金字塔
pyramid-scheme_intro = 三个层级：大潜力、中潜力和小潜力。按客户占比（默认：前 20 %、其后 30 %、最后 50 %）或按指标的数值切分排名。
pyramid-cut_mode = 金字塔切分方式
pyramid-of_weighted = { $what }（加权金字塔 { $n }）
pyramid-mode_shares = 按客户占比
pyramid-mode_thresholds = 按阈值（指标的数值）
pyramid-share_of = “{ $tier }”的客户占比
pyramid-share_rest = { $tier }：其余 { $share }。
pyramid-threshold_of = “{ $tier }”的最低值
pyramid-threshold_rest = { $tier }：低于第二个阈值的所有客户。没有数值的客户不参与评级。
pyramid-shares_too_big = 未保存：两个占比之和将为 { $sum }；合计最多 100 %。
pyramid-shares_all_zero = 未保存：至少有一个评级的占比要大于 0 %。
pyramid-threshold_below_next = 未保存：此阈值不能低于下一层级的阈值（{ $next }）。
pyramid-threshold_above_previous = 未保存：此阈值不能高于上一层级的阈值（{ $previous }）。
pyramid-thresholds_reset = 该指标的单位不同，因此阈值已被替换为默认占比。
pyramid-rule_in_force = 当前规则：
pyramid-rule_ranked = 按{ $basis }排名：{ $parts }。
pyramid-rule_thresholds = 按{ $basis }，使用阈值：{ $parts }。
pyramid-part_top = { $label } = 前 { $share }
pyramid-part_next = { $label } = 其后 { $share }
pyramid-part_last = { $label } = 最后 { $share }
pyramid-part_at_least = { $label } = { $value } 或以上
pyramid-part_between = { $label } = { $low } 至不足 { $high }
pyramid-part_below = { $label } = 低于 { $value }
pyramid-part_everyone = { $label } = 所有客户
pyramid-chart_caption = 价值金字塔：各层级的客户数（下表给出相同的数字）。
pyramid-tier_table_caption = 各层级的客户数、收入和利润
pyramid-tier_table_note = 客户占比 = 该层级客户数 ÷ 全部客户数。收入占比 = 该层级收入 ÷ 总收入。利润占比 = 该层级利润 ÷ 总利润（可能为负，或在某些层级亏损时超过 100 %）。客户占比按累计值取整；数值相同的客户总在同一层级，因此某一层级可能略多于其占比；没有数值的客户不属于任何层级（在下方列为未评级）。
pyramid-col_tier = 层级
pyramid-col_rating = 评级
pyramid-col_count = 客户数
pyramid-col_count_how = 该组的客户数
pyramid-col_customer_share = 客户占比
pyramid-col_customer_share_how = 该组客户数 ÷ 全部客户数
pyramid-col_revenue_share = 收入占比
pyramid-col_revenue_share_how = 该组年收入 ÷ 年总收入
pyramid-col_profit_share = 利润占比
pyramid-col_profit_share_how = 该组盈利客户的年利润 ÷ 全部盈利客户的年利润；亏损按 0 计，见旁边一列
pyramid-col_losses = 亏损
pyramid-col_losses_how = 该组亏损客户的年利润之和，以及亏损客户数
pyramid-count_share_losses = 亏损：{ $losses }。
pyramid-profile_losses = 其中 { $losing } 位亏损，合计 { $losses }；他们在利润占比中按 0 计，该占比是全部盈利客户利润中的占比。
pyramid-col_range = 该组数值范围
pyramid-col_range_how = 该组中排名指标的最低值和最高值
pyramid-range = { $low } 至 { $high }
pyramid-no_scores = 无数值

## Ratings

pyramid-rating_title = 评级
pyramid-rating_intro = 按您选择的指标给每位客户评级，等级为 A–D、1–5 或 1–10（最好的在前）。默认 A 为前 20 %，B 为其后 30 %，C 为再后 30 %，D 为最后 20 %；1–5 和 1–10 按相等占比划分。
pyramid-rating_scale = 评级等级
pyramid-scale_a_d = A、B、C、D
pyramid-scale_1_5 = 5（最好）到 1
pyramid-scale_1_10 = 10（最好）到 1
pyramid-rating_basis = 客户评级依据
pyramid-rating_mode = 评级切分方式
pyramid-rating_mode_default = 该等级的默认占比
pyramid-rating_mode_shares = 我设定的客户占比
pyramid-rating_share_of = 评为 { $rating } 的客户占比
pyramid-rating_threshold_of = 评为 { $rating } 的最低值
pyramid-rating_threshold_rest = 评为 { $rating }：低于最后一个阈值的所有客户。没有数值的客户不参与评级。
pyramid-rating_default_note = 当前使用该等级的默认占比；如需修改，请选择“我设定的客户占比”或阈值。
pyramid-rating_cuts_reset = 该等级的评级数不同，因此改用其默认占比。
pyramid-rating_table_caption = 各评级的客户数、收入和利润

## Profiles

pyramid-profiles_title = 层级画像
pyramid-profiles_intro = 每个层级的客户有什么共同点：各属性值在该层级中出现的频率与整个名单相比。提升度大于 1 表示在该层级中比在整个名单中更常见。
pyramid-profile_summary = { $count } 位客户；占收入的 { $revenue }、利润的 { $profit }、服务成本的 { $service }。
pyramid-top_lifts_caption = { $tier }：提升度最高的属性值
pyramid-rest_caption = { $tier }：其他属性值
pyramid-all_attributes = 显示“{ $tier }”的全部 { $count } 个属性值
pyramid-more_attributes = 另有 { $count } 个提升度较低的属性值未列出。
pyramid-no_attributes = 此层级的客户没有任何属性（市场类型、渠道、地区、规模……）。
pyramid-no_profiles = 没有画像：无法为此名单建立金字塔。
pyramid-col_attribute = 属性
pyramid-col_value = 值
pyramid-col_in_tier = 在该层级中
pyramid-col_in_tier_how = 该层级中具有此值的客户数 ÷ 该层级客户数
pyramid-col_in_list = 在名单中
pyramid-col_in_list_how = 名单中具有此值的客户数 ÷ 全部客户数
pyramid-col_lift = 提升度
pyramid-col_lift_how = 在该层级中的占比 ÷ 在名单中的占比；1 = 与整个名单一样常见
pyramid-share_count = { $share }（{ $count }）
pyramid-lift_value = { $lift } ×
pyramid-attr_market_type = 市场类型
pyramid-attr_channel = 渠道
pyramid-attr_region = 地区
pyramid-attr_size_band = 规模档
pyramid-attr_age_band = 年龄段
pyramid-attr_lifecycle_stage = 生命周期阶段

## Bottom tier, negative profit, migration

pyramid-bottom_title = 底层审视
pyramid-bottom_summary = { $tier }：{ $count } 位客户带来 { $revenue } 的收入和 { $profit } 的利润，却占用 { $service } 的服务成本；其中 { $negative } 位在亏钱。
pyramid-suggestion = 建议：
pyramid-stop_spending = 停止在这一层级上投入获客费用和额外服务；少找这类客户。
pyramid-bottom_lifts_caption = “{ $tier }”的客户有什么共同点
pyramid-negative_title = 利润为负的客户
pyramid-negative_count = { $count } 位客户的成本高于他们带来的收益（收入 × 毛利率 − 服务成本 − 计入当年的获客成本）。
pyramid-negative_caption = 利润为负的客户，亏损最多的在前
pyramid-negative_more = 列出了 { $count } 位中亏损最多的 { $shown } 位。
pyramid-no_negative = 没有利润为负的客户。
pyramid-col_customer = 客户
pyramid-col_id = 编号
pyramid-col_profit = 年利润
pyramid-col_profit_how = 收入 × 毛利率 − 服务成本 − 计入当年的获客成本
pyramid-migration_title = 升级计划
pyramid-migration_intro = 金字塔每个分界点下方紧挨着的客户，以及每位客户需要提升多少才能升入上一层级。
pyramid-migration_count = 每个分界点下方列出的客户数
pyramid-migration_caption = 接近上一层级的客户
pyramid-migration_note = 需提升 = 上一层级所需数值 − 客户当前数值。它总是大于 0：数值等于上一层级最低值的客户已经在该层级中（数值相同的客户总在同一层级）；显示时按最后一位向上取整。需增加的收入：以收入为依据时 = 需提升；以利润和关系价值为依据时 = 需提升 ÷ 毛利率；评分不是金额，显示“—”。
pyramid-no_migration = 无可列出的客户：上面的每个层级都为空，或无法建立金字塔。
pyramid-col_move = 从 → 到
pyramid-move_from_to = { $from } → { $to }
pyramid-col_score = 当前数值
pyramid-col_cut_score = 升入上一层级所需
pyramid-col_cut_score_how = 上一层级中的最低值，或其阈值
pyramid-col_gap = 需提升
pyramid-col_gap_how = 所需数值 − 当前数值
pyramid-col_revenue_gap = 每年需增加的收入
pyramid-col_revenue_gap_how = 需提升 ÷ 毛利率（以收入为依据时即需提升本身）
pyramid-not_money = —

## Weighted pyramids

pyramid-seg_title = 单指标细分
pyramid-seg_intro = 每个所选指标单独对拥有该指标的客户排名，并按金字塔的排名比例分为前段（{ $top }）、中段（其后 { $middle }）和后段（其余客户）；数值相同的客户总在同一段，没有该数值的客户在该指标上记为“未知”。然后按各指标所处段位的组合对客户分组。指标越低越好时，最低的值排在前段。
pyramid-seg_name = 细分
pyramid-seg_components_caption = 细分所用指标（一至三个；不使用权重）
pyramid-seg_level_top = { $indicator }：前段
pyramid-seg_level_middle = { $indicator }：中段
pyramid-seg_level_bottom = { $indicator }：后段
pyramid-seg_caption = 客户细分，按规模从大到小
pyramid-seg_col_segment = 细分
pyramid-seg_none = 请至少选择一个指标以查看细分。
pyramid-weighted_title = 加权金字塔并列对比
pyramid-weighted_intro = 每个加权金字塔按综合值对客户排名：{ $formula }，其中 w_i 为指标 i 的权重，x_i 为该指标，每个指标在名单范围内缩放到 0–1（最低为 0，最高为 1；越低越好的指标反转）。未知值从不计分：客户只按其拥有的指标计分，这些指标的权重缩放为合计 1；一个指标都没有的客户不参与评级。名单中无人拥有或数值没有差异的指标会被剔除，其权重分给其他指标。
pyramid-side_caption = 各加权金字塔中每个层级的客户数（收入占比、利润占比）
pyramid-side_note = 每个单元格：该层级的客户数，然后是该层级的收入占比和利润占比。
pyramid-count_share = { $count }（收入 { $revenue }，利润 { $profit }）
pyramid-not_available = —
pyramid-no_weighted = 尚无加权金字塔；请在下方添加。
pyramid-weighted_rule = { $name }：{ $rule }
pyramid-weighted_rule_shares = 前 { $top }，其后 { $middle }，其余为最后一层。
pyramid-weighted_rule_thresholds = 综合值 { $top } 或以上，然后 { $middle } 或以上，其余为最后一层。
pyramid-weighted_error = { $name }：{ $error }
pyramid-edit_pyramid = 编辑加权金字塔“{ $name }”
pyramid-pyramid_name = 金字塔名称
pyramid-remove_pyramid = 移除加权金字塔“{ $name }”
pyramid-pyramid_removed = 已移除加权金字塔。
pyramid-add_pyramid = 添加加权金字塔
pyramid-pyramid_added = 已添加加权金字塔；打开其编辑器以选择指标。
pyramid-new_pyramid_name = 金字塔 { $n }
pyramid-components_caption = “{ $name }”的加权指标
pyramid-component_n = “{ $name }”的指标 { $n }
pyramid-indicator_of = { $what }：度量
pyramid-weight_of = { $what }：权重
pyramid-lower_better = 越低越好
pyramid-lower_better_of = { $what }：越低越好
pyramid-remove_component = 移除“{ $name }”的指标 { $n }
pyramid-add_component = 为“{ $name }”添加指标
pyramid-remove = 移除
pyramid-col_indicator = 指标
pyramid-col_weight = 权重
pyramid-col_weight_how = 相对权重；同一综合值的各权重会缩放为合计 1
pyramid-col_lower = 方向
pyramid-col_lower_how = 勾选：越少越好（回款天数、服务成本），因此 0–1 刻度反转
pyramid-col_actions = 操作
pyramid-ind_revenue = 收入
pyramid-ind_profit = 利润
pyramid-ind_purchase_frequency = 每年购买次数
pyramid-ind_average_order_value = 平均订单金额
pyramid-ind_gross_margin = 毛利率
pyramid-ind_service_cost = 服务成本
pyramid-ind_relationship_value = 关系价值
pyramid-ind_lifetime_value = 生命周期价值
pyramid-ind_size_band = 规模（1 微型至 4 大型）
pyramid-ind_age = 年龄
pyramid-ind_share_of_wallet = 钱包份额
pyramid-ind_named = { $name }（取自名单）

## Scorecard

pyramid-scorecard_title = 评分卡
pyramid-scorecard_intro = 四个方面，每个方面是一组加权指标，评分 0–100：现实价值（财务、销售）和潜在价值（客户、服务）。最终得分是各方面的加权平均。
pyramid-edit_aspect = 编辑方面“{ $name }”
pyramid-aspect_name = 方面名称
pyramid-aspect_weight = 方面权重
pyramid-aspects_caption = 各方面及其权重
pyramid-col_aspect = 方面
pyramid-col_aspect_weight = 权重
pyramid-col_aspect_weight_how = 方面权重 ÷ 保留的各方面权重之和（无人有得分的方面被剔除：0 %）
pyramid-distribution_caption = 按评分卡得分划分的客户数
pyramid-col_score_band = 得分
pyramid-bin = { $from } 至不足 { $to }
pyramid-bin_last = { $from } 至 { $to }
pyramid-top_caption = 评分卡得分最高的 { $n } 位客户
pyramid-col_final = 最终得分
pyramid-col_final_how = { $formula }，其中 w_i 为方面 i 的权重，x_i 为其得分，只计客户有得分的方面
pyramid-scorecard_note = 方面得分 = { $formula }，其中 w_i 为指标 i 的权重，x_i 为在名单范围内缩放到 0–1 的指标，只计客户拥有的指标（越低越好时反转）；最终得分是客户拥有的各方面按同样方式计算的加权平均。未知值从不计分，也从不按 0 计；无人拥有的指标或方面会被剔除，其权重重新分配，如上所述。
pyramid-chart_band = { $tier }：{ $count } 位客户，收入的 { $revenue }，利润的 { $profit }

## Ties, not rated, indicators left out

pyramid-ties_rule = 数值相同的客户总在同一层级或评级：若某个分界点会把数值相同的客户分开，则整组归入较高的一档。
pyramid-ties_moved = 因此上移的客户数：{ $count }。
pyramid-not_rated = 未评级（{ $count }）：这些客户没有“{ $basis }”的数值，因此不属于任何层级或评级，单独列在这里（上面的占比以整个名单为基数）。
pyramid-not_rated_caption = 未评级的客户
pyramid-not_rated_short = 未评级
pyramid-not_rated_more = 列出 { $count } 位中的前 { $shown } 位。
pyramid-seg_level_unknown = { $indicator }：未知
pyramid-dropped_no_values = { $name } — { $indicator }：名单中没有客户拥有该指标；其权重 { $weight } 分给其他指标。
pyramid-dropped_no_spread = { $name } — { $indicator }：拥有该指标的客户数值全都相同，无法区分客户；其权重 { $weight } 分给其他指标。
pyramid-partial_scored = { $name }：{ $count } 位客户缺少部分指标；每位客户按其拥有的指标计分，这些指标的权重缩放为合计 1。
pyramid-composite_not_rated = { $name }：{ $count } 位客户没有任何指标，不参与评级（不属于任何层级）。
pyramid-aspect_dropped = { $aspect }：没有客户拥有该方面任何指标的数值；其权重 { $weight } 分给其他方面。
pyramid-scorecard_partial = { $count } 位客户缺少部分指标或方面；每位客户按其拥有的部分计分，权重缩放为合计 1。
pyramid-scorecard_not_rated = { $count } 位客户没有任何指标，没有得分（未评级）。
pyramid-chart_ratings = 各评级的客户与利润
pyramid-chart_ratings_caption = 每个评级占客户和利润的比例；下表列出具体数字。
pyramid-chart_share_axis = 占比（%）
pyramid-chart_migration = 最接近上一层级的客户
pyramid-chart_migration_caption = 迁移计划中最接近升级的客户（最多十位），以及各自按金字塔度量距上一层级的差距；下表列出全部客户。
pyramid-col_room = 增长空间
pyramid-col_room_how = 客户在该品类的总支出 − 我们的收入：它还能从我们这里多买多少（如已填写品类支出）。
pyramid-no_wallet = 无品类支出
