### Simplified Chinese (zh-CN): Strings of the economics view.

economics-intro = 争取客户和服务客户要花多少钱，以及扣除这些成本后每位客户能带来多少利润。

## Line editors

economics-col_name = 名称
economics-col_kind = 类别
economics-col_amount = 金额
economics-col_channel = 渠道
economics-col_actions = 操作
economics-remove = 移除
economics-no_channel = 不对应单一渠道
economics-kind_sales_staff = 销售人员
economics-kind_direct_mail = 直邮
economics-kind_web_online = 网络与线上
economics-kind_advertising = 广告（报刊、电视、广播）
economics-kind_trade_shows = 展会与会议
economics-kind_contract_staff = 合同制员工薪酬
economics-kind_project_managers = 项目经理
economics-kind_delivery = 产品或服务的交付
economics-kind_other = 其他
economics-spend_caption = 本期获客支出
economics-add_spend = 添加支出项
economics-new_spend = 新支出项
economics-no_spend = 尚无支出项。
economics-spend_added = 已添加一个支出项；请输入名称和金额。
economics-spend_removed = 已移除支出项“{ $name }”。
economics-spend_name_label = 支出项 { $n } 的名称
economics-spend_kind_label = 支出项 { $n } 的类别
economics-spend_amount_label = 支出项 { $n } 的金额
economics-spend_channel_label = 支出项 { $n } 的渠道
economics-spend_remove_label = 移除支出项 { $n }
economics-service_caption = 本年度服务成本
economics-add_service = 添加服务成本项
economics-new_service = 新成本项
economics-no_service = 尚无服务成本项。
economics-service_added = 已添加一个服务成本项；请输入名称和金额。
economics-service_removed = 已移除服务成本项“{ $name }”。
economics-service_name_label = 服务成本项 { $n } 的名称
economics-service_kind_label = 服务成本项 { $n } 的类别
economics-service_amount_label = 服务成本项 { $n } 的金额
economics-service_remove_label = 移除服务成本项 { $n }

## Acquisition

economics-acquisition = 获客成本
economics-spend_intro = 输入本期为争取客户所花的费用——销售人员、直邮、网络与线上、广告、展会及其他——每项单独一行并命名。为支出项注明所投入的渠道，即可看到该渠道每获得一位客户的成本。
economics-total_spend = 获客总支出
economics-total_spend_how = 各支出项之和，按类别：{ $parts }。
economics-total_spend_how_empty = 各支出项之和；目前尚未输入任何支出项。
economics-part = { $what } { $amount }
economics-new_customers = 本期新获得的客户数（留空：从名单中统计）
economics-source_entered = 使用您输入的 { $n } 位新客户。
economics-source_won_in_year = 从名单中统计：首次购买在 { $year } 年（“设置”中的分析年份）的客户共 { $n } 位。
economics-source_whole_list = 从名单中统计：全部 { $n } 位客户，因为没有客户填写首次购买日期，也没有输入数量。这是最粗略的估算；请在上方输入数量，或为客户填写首次购买日期。
economics-cac = 平均获客成本（CAC）
economics-cac_how = 获客总支出 ÷ 新获得的客户数 = { $spend } ÷ { $count } = 每位新客户 { $cac }。
economics-cac_how_error = 获客总支出 ÷ 新获得的客户数。目前无法计算：{ $reason }
economics-not_available = 无法计算
economics-rough = 平均 CAC 只是初步的粗略估算。若已知某渠道的单客成本或某位客户自己的获客成本，该客户的利润将改用这些数字。
economics-chart_cac_ltv = 各渠道的单客获客成本与扣除获客成本前的平均生命周期价值
economics-channels = 各渠道的获客成本与生命周期价值
economics-col_spend = 支出
economics-col_won = 获得客户
economics-col_cac = CAC
economics-col_avg_ltv = 扣除获客成本前的平均 LTV
economics-col_ltv_cac = LTV : CAC
economics-title_spend = 注明此渠道的各支出项之和
economics-title_won = 本期通过此渠道获得的客户
economics-title_cac = 渠道 CAC = 渠道支出 ÷ 获得的客户数
economics-title_avg_ltv = 该渠道客户扣除获客成本前的平均生命周期价值
economics-title_ltv_cac = 扣除获客成本前的平均 LTV ÷ 渠道 CAC
economics-ratio = { $x } : 1
economics-channels_note = 渠道 CAC = 该渠道的支出 ÷ 该渠道获得的客户数。LTV : CAC = 其客户扣除获客成本前的平均生命周期价值 ÷ 其 CAC；大于 1 表示来自该渠道的客户能赚回争取他们所花的成本。短横线表示无法计算：没有支出项注明该渠道，或该渠道没有获得客户。
economics-no_channels = 尚无渠道：请为客户填写其来源渠道，或在支出项上注明渠道。

## Cost to serve

economics-service = 服务成本
economics-service_intro = 输入全年服务客户的成本——合同制员工薪酬、项目经理、产品或服务的交付及其他——每项单独一行并命名。
economics-customers_served = 本年度服务的客户数（留空：从名单中统计）
economics-served_counted = 从名单中统计：{ $n } 位客户。
economics-served_entered = 使用您输入的服务客户数 { $n }。
economics-average_service = 平均服务成本
economics-service_how = 全年服务总成本 ÷ 服务的客户数 = { $total } ÷ { $count } = 每位客户每年 { $average }。
economics-service_how_error = 全年服务总成本 ÷ 服务的客户数。目前无法计算：{ $reason }
economics-own_note = 已知客户自己的服务成本时，用它代替平均值：{ $count } 位客户中，{ $own } 位有自己的服务成本，{ $average } 位分摊总额的剩余部分，{ $unknown } 位两者皆无，按 0 计。

## Profit ranking

economics-ranking = 利润排名
economics-ranking_intro = 按年利润（= 收入 × 毛利率 − 服务成本 − 计入本期的获客成本）对客户排名，旁边列出收入排名。
economics-ranking_why = 利润并不随收入而定：交付和服务成本很高的大买家，赚的可能比小客户还少。两种排名相差 { $threshold } 位或以上的行已做标记：{ $less } 位客户的利润远低于其收入所显示的水平，{ $more } 位则远高于此。在争取更多类似第一类的客户之前，先看看服务他们要花多少钱。
economics-ranking_caption = 按年利润排列的客户
economics-col_rank = 利润排名
economics-col_customer = 客户
economics-col_revenue = 收入
economics-col_revenue_rank = 收入排名
economics-col_profit = 利润
economics-col_margin = 所用毛利率
economics-col_service = 所用服务成本
economics-col_acquisition = 计入的获客成本
economics-col_gap = 排名对比
economics-title_rank = 1 = 年利润最高
economics-title_revenue = 年收入（未给出时按每年购买次数 × 平均订单金额计算）
economics-title_revenue_rank = 1 = 收入最高
economics-title_profit = 年利润 = 收入 × 毛利率 − 服务成本 − 计入的获客成本
economics-title_margin = 该客户的毛利率；未知时按 100 % 计
economics-title_service = 该客户自己的服务成本，否则为其分摊的总额剩余部分，否则为 0
economics-title_acquisition = 计入本期的获客成本（客户自己的，否则为渠道 CAC，否则为分摊 CAC）：全部计入在分析年份获得的客户，或分摊到生命周期（见“设置”）
economics-title_gap = 收入排名与利润排名相差很大时做标记
economics-gap_less = 利润远低于其收入所显示的水平
economics-gap_more = 利润远高于其收入所显示的水平
economics-revenue_unknown = 未知（按 0 计）
economics-margin_assumed = { $margin }（假定）
economics-with_source = { $value }（{ $source }）
economics-source_own = 自有
economics-source_average = 分摊剩余
economics-source_average_cac = 分摊 CAC
economics-source_channel = 渠道 CAC
economics-source_unknown = 未知，按 0
economics-ranking_note = 利润 = 收入 × 毛利率 − 服务成本 − 计入的获客成本，每年金额。排名：1 = 最大。各项成本的来源写在括号中。
economics-ranking_pages = 利润排名分页
economics-no_customers = 此名单中还没有客户。
economics-chart_axis_money = { $currency }
economics-source_won_latest_year = 从名单中统计：首次购买在 { $year } 年（名单中最近的首次购买年份）的客户共 { $n } 位（可在“设置”中另选分析年份）。
economics-allocation = 分摊给新客户：通过有自身支出的渠道获得的客户承担该渠道的 CAC；其余 { $n } 位客户分摊剩余的 { $spend }，每位 { $cac }。合计正好等于输入的支出。
economics-not_allocated = 有 { $amount } 的支出未分摊：所有新客户都来自承担自身支出的渠道，没有客户来分摊其余部分。
economics-ltv_cac = LTV : CAC
economics-ltv_cac_how = 扣除获客成本前的平均生命周期价值 ÷ 平均 CAC = { $ltv } ÷ { $cac } = { $ratio }。生命周期价值取扣除获客成本之前的值，因此获客成本不会被重复计算。
economics-ltv_cac_how_missing = 扣除获客成本前的平均生命周期价值 ÷ 平均 CAC。两者都已知后才能计算。
economics-year_note_spread = 年度利润承担每位客户按预期生命周期分摊的获客成本（见“设置”）；生命周期价值只扣除一次获客成本。
economics-year_note_no_dates = { $n } 位客户都没有首次购买日期，因此年度利润不计入任何获客成本；生命周期价值只扣除一次获客成本。
economics-year_note_entered = 年度利润只承担在 { $year } 年（“设置”中的分析年份）获得的客户的获客成本；所有客户的生命周期价值都只扣除一次获客成本。
economics-year_note_latest = 年度利润只承担在 { $year } 年（名单中最近的首次购买年份）获得的客户的获客成本；所有客户的生命周期价值都只扣除一次获客成本。
economics-unknown_year = 有 { $n } 位客户没有首次购买日期：他们的获客成本不计入本年度利润。
economics-share_service = 没有自身成本的客户每位的服务成本
economics-share_how = （服务总成本 − 自身成本）÷ 没有自身成本的客户数 = （{ $total } − { $own }）÷ { $count } = 每位每年 { $share }。加上自身成本，分摊的合计正好等于输入的总额。
economics-share_how_missing = （服务总成本 − 自身成本）÷ 没有自身成本的客户数。目前无法计算：没有可用的总额，或所有被服务的客户都有自身成本。
economics-own_exceeds = 客户自身的服务成本（{ $own }）比输入的总额（{ $total }）多出 { $excess }：没有自身成本的客户承担 0，所用成本的合计超过总额。请检查成本项和客户自身成本。
economics-service_not_allocated = 服务总成本中有 { $amount } 未分摊：所有被服务的客户都有自身成本。
economics-not_charged_year_unknown = { $value }（首次购买年份未知：不计入）
economics-kind_financial = 财务
economics-kind_social = 社交
economics-kind_structural = 结构
economics-col_level = 层次
economics-retention_caption = 本年的保留支出
economics-add_retention = 添加保留支出项
economics-new_retention = 新保留支出项
economics-no_retention = 尚无保留支出项。
economics-retention_added = 已添加一个保留支出项；请输入名称、层次和金额。
economics-retention_removed = 已删除保留支出项“{ $name }”。
economics-retention_name_label = 保留支出项 { $n } 的名称
economics-retention_level_label = 保留支出项 { $n } 的层次
economics-retention_amount_label = 保留支出项 { $n } 的金额
economics-retention_remove_label = 删除保留支出项 { $n }
economics-cac_how_sales = 外联总支出 ÷ 本年成交笔数 = { $spend } ÷ { $count } = 每笔成交 { $cac }。
economics-cac_denominator = 支出除以
economics-denominator_new_customers = 赢得的新客户
economics-denominator_sales_closed = 本年成交笔数
economics-sales_closed = 本年成交笔数
economics-denominator_sales = 平均获客成本将支出除以本年成交笔数，与源文章相同；客户自己的获客成本仍在新客户之间分摊支出。
economics-denominator_no_sales = 已选择成交笔数但未填写：在填写成交笔数之前，平均获客成本将支出除以新客户数。
economics-service_benchmark = 行业服务成本（会计提供的数字）
economics-benchmark_none = 输入行业内服务一位客户的成本（请询问会计），与名单的平均值比较。
economics-benchmark_above = 名单的平均服务成本 { $average } 比行业的 { $benchmark } 高 { $difference }（为其 { $ratio } 倍）：这里服务客户的成本高于一般水平。
economics-benchmark_below = 名单的平均服务成本 { $average } 比行业的 { $benchmark } 低 { $difference }（为其 { $ratio } 倍）。
economics-benchmark_equal = 名单的平均服务成本等于行业的 { $benchmark }。
