### Simplified Chinese (zh-CN): Strings of the prospects view.

prospects-intro = 寻找下一批客户：与您最好的客户相似、可以通过带来这类客户的渠道接触到、且获客成本值得付出的潜在客户。只有需要您的产品并且付得起钱的潜在客户才算合格。
prospects-empty = 此名单中没有潜在客户。添加状态为“潜在客户”的条目（填写市场类型、渠道、地区、规模或年龄，以及“有需求”和“能付款”的答案），即可对他们排名。
prospects-summary = { $qualified } 位合格潜在客户；{ $others } 位尚未合格，单独列出。
prospects-no_tiers = 相似度评分需要价值金字塔的层级；没有层级时，每位潜在客户的评分都是 0，并取名单的平均生命周期价值。
prospects-no_tiers_because = 相似度评分需要价值金字塔的层级，但无法建立：{ $reason }
prospects-qualified_title = 合格潜在客户，最有希望的排在前面
prospects-qualified_caption = 按相似度评分、再按契合度排列的合格潜在客户（{ $count }）
prospects-qualified_pages = 合格潜在客户分页
prospects-none_qualified = 尚无合格的潜在客户：“有需求”和“能付款”都必须为“是”。
prospects-col_rank = 排名
prospects-col_lookalike = 与顶层客户的相似度
prospects-col_lookalike_title = 综合提升度 = 潜在客户各已知属性值在顶层中提升度的几何平均 = { $formula }，其中 ℓ_i 为这 n 个提升度，s 为评分，即它们自然对数的平均值；1× = 与整个名单相当。这是一个典型提升度，不是概率，也不是几率
prospects-lift_value = { $lift }×（评分 { $score }）
prospects-col_fit = 契合度
prospects-col_fit_title = 与理想客户画像的契合度，0–100；依赖潜在客户尚未拥有的数据（利润、服务成本、关系价值、生命周期价值）的标准无法核对，按未满足计
prospects-fit_value = { $fit }（{ $count } 项无法核对）
prospects-col_why = 原因
prospects-why_more = { $attribute }“{ $value }”在顶层（{ $tier }）中出现的频率是整个名单的 { $lift }×
prospects-why_same = { $attribute }“{ $value }”在顶层（{ $tier }）中出现的频率与整个名单相同
prospects-why_less = { $attribute }“{ $value }”在顶层（{ $tier }）中出现的频率仅为整个名单的 { $lift }×
prospects-col_tier = 相似层级
prospects-col_tier_title = 潜在客户相似度评分最高的层级；已知属性提供不了任何信息或两个层级得分相同时为无
prospects-resembles_none = 无层级：名单平均
prospects-col_expected = 预期价值
prospects-col_expected_title = 其相似层级客户扣除获客成本之前的平均生命周期价值（不像任何层级时取整个名单的平均），一次性金额
prospects-col_channel = 接触渠道
prospects-col_channel_title = 已知时为潜在客户自己的渠道，否则为其相似层级中最常见的渠道
prospects-channel_unknown = 未知
prospects-col_cac = 获客成本
prospects-col_cac_title = 该渠道的 CAC（其支出 ÷ 其获得的客户数），否则为平均 CAC；未输入支出时为 —
prospects-col_net = 预期价值 − CAC
prospects-col_net_title = 预期价值 − 获客成本，两者都是一次性金额：赢得他们在整个关系期内的价值
prospects-score_note = 某个值的提升度 =（它在顶层中的占比）÷（它在整个名单中的占比）；顶层中没有的值按出现半次计，名单中从未出现的值跳过。例：顶层 10 位客户中有 6 位在北区，名单 100 位中有 20 位 → (6/10) ÷ (20/100) = 3.0。
prospects-lift_how = 综合提升度 = 各提升度的几何平均 = { $formula }，其中 ℓ_i 为这 n 个提升度。例：北区提升度 3.0、消费者市场类型提升度 1.0 → { $example }。它是潜在客户各属性值的典型提升度，而不是朴素贝叶斯几率——后者要把各提升度相乘，并与层级之外的客户比较。
prospects-fit_note = 潜在客户还没有利润、服务成本、关系价值或生命周期价值：依赖这些数据的标准无法核对，按未满足计，所以没有潜在客户会默认得到 100；此类标准的数量显示在其契合度旁。
prospects-value_note = 预期价值是扣除获客成本之前的生命周期价值，因此渠道的 CAC（同样是一次性金额）只扣除一次。已知属性提供不了任何信息（所有提升度都为 1）或同样像两个层级的潜在客户不像任何层级，取名单的平均生命周期价值。按渠道填写支出项（“成本与利润”）可使 CAC 对应具体渠道。
prospects-losing_title = 合格，但预计成本高于带来的价值
prospects-losing_note = 赢得这些客户的预计成本（接触他们的渠道的获客成本）高于他们所像的客户的生命周期价值，因此不列入最有希望的客户。可以通过更便宜的渠道接触他们，或者放弃。
prospects-losing_caption = 预期价值低于获客成本的合格潜在客户，亏损最小的排在前面（{ $count }）
prospects-losing_pages = 会亏损的合格潜在客户分页
prospects-not_qualified_title = 尚未合格
prospects-not_qualified_caption = 缺少答案或未答“是”的潜在客户（{ $count }）
prospects-not_qualified_pages = 未合格潜在客户分页
prospects-all_qualified = 所有潜在客户都已合格。
prospects-col_missing = 缺少什么
prospects-missing_needs_no = 没有需求。
prospects-missing_needs_unknown = 询问对方是否有需求。
prospects-missing_pay_no = 付不起。
prospects-missing_pay_unknown = 询问对方是否付得起。
prospects-qualify_note = 了解到答案后，在客户表中编辑“有需求”和“能付款”；两者都为“是”的潜在客户会移入排名列表。
