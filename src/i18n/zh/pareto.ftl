### Simplified Chinese (zh-CN): Strings of the pareto view.

pareto-intro = 业务在多大程度上依赖少数客户：收入和利润的 80/20 检查、累计（洛伦兹）曲线，以及一旦流失损失最大的客户。
pareto-not_rated = { $count } 位客户没有收入数据：不按收入或利润评级，因此下面的数字和曲线只包括其余 { $rated } 位客户。
pareto-empty = 此名单中还没有客户；导入或添加客户后即可查看 80/20 检查。
pareto-revenue_word = 收入
pareto-profit_word = 利润
pareto-shares_title = 80/20 检查
pareto-by_revenue = 按收入
pareto-by_profit = 按利润
pareto-top_share_label = 前 { $share } 客户贡献的{ $measure }占比
pareto-top_share_how = 客户按{ $measure }从大到小排列；前 { $share } 为 { $count } 位客户中的 { $top } 位。占比 = 他们的{ $measure } ÷ 所有大于 0 的客户的{ $measure }（{ $positive }）；小于 0 的客户按 0 计（其亏损见下文）。
pareto-target_label = 贡献 { $target } { $measure }所需的最小客户占比
pareto-target_how = 客户按{ $measure }从大到小排列并逐一累加，直到达到总额的 { $target }：{ $count } 位客户中的 { $k } 位。亏损客户在此按 0 计。
pareto-gini_label = { $measure }基尼系数
pareto-gini_how = { $formula }，其中 { $count } 个{ $measure }值 x 从小（i = 1）到大排列，亏损按 0 计：{ $gini }。0 表示每位客户贡献相同；接近 1 表示一位客户贡献全部。
pareto-settings_note = 头部占比（20 %）和要达到的价值占比（80 %）可在“设置 → 帕累托与集中度”中修改。
pareto-lorenz_title = 累计曲线（洛伦兹曲线）
pareto-lorenz_caption = 头部客户所占的收入和利润份额，客户从大到小排列。曲线越向对角线上方凸起，业务越集中。
pareto-lorenz_table_caption = 按客户占比（每 10 %）的收入和利润累计份额
pareto-col_customers = 头部客户占比
pareto-col_customers_title = 客户按该指标从大到小排列
pareto-col_revenue = 收入占比
pareto-col_revenue_title = 这些客户的收入 ÷ 总收入（亏损按 0 计）
pareto-col_profit = 利润占比
pareto-col_profit_title = 这些客户的利润 ÷ 盈利客户的总利润（亏损按 0 计）
pareto-lorenz_note = 每一列按各自的指标对客户排名，因此收入前 10 % 的客户不一定是利润前 10 % 的客户。两位客户之间的曲线值按连接两点的直线读取。
pareto-concentration_title = 集中度风险
pareto-threshold_text = 贡献 { $threshold } 或以上收入的客户会被标记：失去他们，就失去这部分业务。
pareto-flags_label = 达到或超过阈值的客户
pareto-flag = { $name } 贡献了 { $share } 的收入（{ $revenue }）。
pareto-no_flags = 没有客户达到阈值。
pareto-hhi_label = 收入的赫芬达尔–赫希曼指数（HHI）
pareto-hhi_value = { $fraction }（{ $points } 点）
pareto-hhi_how = { $formula }，其中 s_i 为每位客户的收入占比，对 { $count } 位客户求和：{ $fraction }，即 10,000 点中的 { $points } 点。1（10,000 点）表示一位客户贡献全部收入；收入在越多客户间分布越均匀，越接近 0。
pareto-big_service_label = 大客户占用的服务成本份额
pareto-big_service_how = 大客户是按收入排名前 { $share } 的客户（{ $big } 位）。占比 = 他们的服务成本 ÷ 全部客户的服务成本（有自有数字用自有数字，否则用名单平均值）。
pareto-big_profit_label = 大客户贡献的利润份额
pareto-big_profit_how = 大客户是按收入排名前 { $share } 的客户（{ $big } 位）。占比 = 其中盈利者的利润 ÷ 全部盈利客户的利润；亏损按 0 计，并在下文列出。
pareto-eat_margin = 最大的 { $big } 位客户占用了 { $service } 的服务成本，却只带来 { $profit } 的利润：大买家正在消耗时间和利润。看看服务他们要花多少钱。
pareto-no_eat_margin = 最大的 { $big } 位客户以 { $service } 的服务成本带来了 { $profit } 的利润：他们占用的时间物有所值。
pareto-no_share = 没有客户的{ $measure }大于 0，因此没有可分的占比：没有{ $measure }的 80/20 占比、曲线或基尼系数。
pareto-losses = { $count } 位客户中有 { $losing } 位的{ $measure }小于 0，合计 { $losses }。他们在这些占比中按 0 计；这些占比是 { $positive }（即大于 0 的客户的{ $measure }）中的占比；整个名单的净{ $measure }为 { $net }。
pareto-no_losses = 没有客户的{ $measure }小于 0：这些占比是整个 { $positive } 中的占比。
pareto-big_lose_money = 最大的 { $big } 位客户合计亏损（每年 { $net }），同时占用 { $service } 的服务成本：大买家正在消耗时间和利润。看看服务他们要花多少钱、他们付了多少。
pareto-big_no_profit = 没有客户盈利，因此没有利润占比可与大客户的服务成本占比相比。
pareto-big_no_service_cost = 没有客户有服务成本，因此没有服务成本占比可与大客户的利润占比相比。
pareto-big_losses = 最大的 { $big } 位客户中有 { $losing } 位亏损：合计 { $losses }，在他们的利润占比中按 0 计。
pareto-chart_marker = 前 { $customers } 的客户贡献了 { $value } 的收入
pareto-chart_x = 客户，从大到小（累计 %）
pareto-chart_y = 收入（累计 %）
pareto-chart_concentration = 最大客户的收入占比
pareto-chart_concentration_caption = 收入最大的十位客户各自的收入占比，虚线为集中度阈值。
pareto-chart_share_axis = 收入占比（%）
pareto-col_customer = 客户
