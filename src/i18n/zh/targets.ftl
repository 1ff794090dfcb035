### Simplified Chinese (zh-CN): Strings of the targets view.

targets-intro = 优先服务哪些客户：在服务能力范围内最好的客户、每位客户与理想客户画像的契合度、画像背后的市场是否足够大，以及名单按市场类型的构成。

## Capacity-limited targets

targets-list_title = 服务能力范围内的目标客户
targets-summary = { $targets } 位目标客户（服务能力 { $capacity }）；另有 { $others } 位客户单独列出。
targets-unused = 服务能力还有 { $unused } 个名额空着：没有其他客户的关系价值为正。
targets-ranked_money = 客户按以金额计的关系价值排名；目标客户是价值为正的排名靠前者，数量以服务能力为限。
targets-ranked_score = 客户按关系评分（阶段权重）排名；目标客户是以金额计的关系价值为正的排名靠前者，数量以服务能力为限。
targets-no_targets = 没有目标客户：服务能力为 0，或没有客户的关系价值为正。
targets-targets_caption = 目标客户，最好的在前（{ $count }）
targets-others_caption = 其他客户，单独列出（{ $count }）
targets-targets_pages = 目标客户分页
targets-others_pages = 其他客户分页
targets-col_rank = 排名
targets-col_value = 关系价值
targets-col_value_title = （显性价值 + 隐性价值）−（显性成本 + 隐性成本），每年金额
targets-col_score = 关系评分
targets-col_score_title = 按阶段加权的标准化显性价值、市场份额价值和品牌价值，减去标准化成本，约 −1 到 1
targets-col_fit = 契合度
targets-col_fit_title = 100 × 满足的画像标准权重 ÷ 总权重（0–100）
targets-col_why = 未入选原因
targets-why_capacity = 超出服务能力
targets-why_not_positive = 关系价值不为正
targets-list_note = 关系价值 =（显性价值 + 隐性价值）−（显性成本 + 隐性成本），每年金额。价值为 0 或以下的客户无论服务能力多大都不会成为目标客户。

## Ideal customer profile

targets-icp_title = 理想客户画像
targets-icp_intro = 关于客户本身的标准（年龄、收入、规模、类型、决策流程、财务状况），以及关于与我们契合度的标准（所需服务与我们能提供的服务、服务他们的利润）。契合度 = 满足标准的加权占比，0–100；未知数据视为不满足标准。
targets-icp_criterion = 标准 { $n }
targets-icp_name = 名称
targets-icp_new_name = 新标准
targets-icp_name_required = 标准需要一个名称。
targets-icp_area = 方面
targets-area_customer = 客户本身
targets-area_fit = 与我们的契合度
targets-icp_weight = 权重
targets-icp_test = 检验方式
targets-kind_at_least = 指标不低于
targets-kind_at_most = 指标不高于
targets-kind_between = 指标介于
targets-kind_market_type_in = 市场类型属于
targets-kind_size_band_in = 规模档属于
targets-kind_region_in = 地区属于
targets-kind_attribute_in = 属性取以下值之一
targets-icp_indicator = 指标
targets-ind_revenue = 收入
targets-ind_profit = 利润
targets-ind_purchase_frequency = 每年购买次数
targets-ind_average_order_value = 平均订单金额
targets-ind_gross_margin = 毛利率
targets-ind_service_cost = 服务成本
targets-ind_relationship_value = 关系价值
targets-ind_lifetime_value = 生命周期价值
targets-ind_size_band = 规模档（1 微型 – 4 大型）
targets-ind_age = 年龄
targets-ind_share_of_wallet = 钱包份额
targets-ind_named = 其他指标（按名称）
targets-icp_named = 指标名称
targets-icp_named_required = 请填写指标名称（与名单中一致，如 growth 或 credit_rating）。
targets-icp_min = 通过的最低值
targets-icp_max = 通过的最高值
targets-icp_range_upside_down = 未保存：通过的最低值不能高于最高值。
targets-unit_fraction = 小数，0.35 = 35 %
targets-unit_size = 1 微型 – 4 大型
targets-unit_named = 该指标自身的单位
targets-unit_fit = 契合度 0–100
targets-icp_market_types = 通过的市场类型
targets-icp_size_bands = 通过的规模档
targets-icp_one_needed = 至少保留一项勾选；如不需要此标准，请将其移除。
targets-icp_regions = 通过的地区（以逗号分隔）
targets-icp_attribute = 属性名称
targets-icp_attribute_required = 请填写属性名称（与名单中一致，如 industry）。
targets-icp_values = 通过的值（以逗号分隔）
targets-icp_list_required = 未保存：请至少填写一个值。
targets-icp_list_empty = 尚未填写任何值：没有客户满足此标准。
targets-icp_remove = 移除
targets-icp_remove_named = 移除标准 { $name }
targets-icp_removed = 已移除标准“{ $name }”。
targets-icp_add = 添加标准
targets-icp_added = 已在末尾添加一条新标准；请为其填写名称和检验方式。
targets-icp_threshold = 客户符合画像的契合度下限

## Fit scores

targets-fit_title = 与画像的契合度
targets-fit_caption = 按契合度排列的客户，最好的在前
targets-fit_pages = 契合度分页
targets-fit_none = 没有契合度：请至少定义一条权重大于零的标准。
targets-col_matches = 符合画像
targets-col_matches_title = 契合度达到或超过阈值
targets-col_target = 目标客户
targets-fit_note = 契合度 = 100 ×（满足的标准权重）÷（总权重）。契合度达到 { $threshold } 的客户即符合画像。

## Market reality

targets-market_title = 市场现实
targets-market_intro = 您的目标市场中有多少符合画像的客户，又有多少企业在争夺他们。请输入市场规模；占比留空则根据本名单估算。
targets-market_size = 目标市场中的客户数
targets-market_share = 其中符合画像的占比（留空：根据本名单估算）
targets-competitors = 争夺他们的竞争对手数
targets-min_addressable = 可触达客户少于此数时发出警告
targets-min_per_firm = 每家企业可触达客户少于此数时发出警告
targets-market_none = 请输入目标市场中的客户数，以便对照市场现实检验画像。
targets-addressable = 可触达客户
targets-addressable_how = 可触达客户 = 市场规模 × 符合画像的占比 = { $size } × { $share } = { $addressable }。
targets-share_estimated = 占比是根据本名单估算的：名单条目（客户和潜在客户）中契合度达到 { $threshold } 或以上者的占比。潜在客户还没有利润或服务成本，因此依赖这些数据的标准对他们按未满足计。
targets-per_firm = 每家企业可触达客户
targets-per_firm_how = 每家企业 = 可触达客户 ÷（竞争对手数 + 1，即我们）= { $addressable } ÷ ({ $competitors } + 1) = { $per_firm }。
targets-market_ok = 按此画像，市场足够大，竞争也不算太激烈。

## Market types

targets-markets_title = 按市场类型
targets-markets_caption = 各市场类型的客户、潜在客户、收入和利润
targets-col_customers = 客户
targets-col_prospects = 潜在客户
targets-col_revenue = 收入
targets-col_revenue_share = 收入占比
targets-col_revenue_share_title = 该市场类型的收入 ÷ 总收入
targets-col_profit = 利润
targets-col_profit_share = 利润占比
targets-col_profit_share_title = 该市场类型盈利客户的利润 ÷ 全部盈利客户的利润（不会为负；亏损见旁边一列）
targets-col_losses = 亏损
targets-col_losses_title = 该市场类型亏损客户的利润之和，以及亏损客户数
targets-col_average_profit = 每位客户利润
targets-col_average_profit_title = 该市场类型的利润 ÷ 其客户数
targets-markets_note = 市场类型：消费者、生产者、中间商（经销商）、政府、国际。客户表可按市场类型筛选。未填写市场类型的条目单独计入“未填写”一行，绝不算作消费者；导入时无法识别的市场类型会连同其行号和列名一起报告，该行不会被导入。
