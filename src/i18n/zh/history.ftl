### Simplified Chinese (zh-CN): Strings of the history view.

history-intro = 根据购买记录在浏览器中拟合生命周期价值：BG/NBD 与 Pareto/NBD 购买模型，以及 Gamma-Gamma 消费金额模型（“买到离开为止”类模型）。购买记录不会离开本页。

## Step 1: import

history-import_title = 1. 购买记录或客户汇总
history-import_intro = 购买记录每次购买一行：客户编号、日期和金额（其他列会被忽略）。客户汇总每位客户一行：编号、频次、最近购买时间、T 和平均复购金额——数据仓库用一条 GROUP BY 即可算出。
history-pick = 购买记录或客户汇总文件
history-drop = ……或将文件拖放到这里。以逗号、分号、制表符或空格分隔；标题行可有可无。
history-read_failed = 无法读取文件：{ $reason }
history-mapping_title = 映射 { $file } 的列
history-kind = 文件内容
history-kind_purchases = 购买记录（编号、日期、金额；金额为单价时另有数量）
history-kind_summary = 每位客户的汇总（编号、频次、最近购买时间、T、货币价值）
history-suggestion_note = 文件没有标题行，因此各列是推测的：第一个全是日期的列作为日期，其余列中的第一列作为客户编号，最后一列作为金额。继续之前，请检查下面的推测。
history-mapping_caption = 每一列的内容（建议值；如有错误请修改）
history-holds = 内容
history-holds_for = 第 { $column } 列的内容
history-field_id = 客户编号
history-field_date = 购买日期
history-field_amount = 金额
history-field_quantity = 数量（此时金额为单价）
history-field_frequency = 频次 x（复购次数）
history-field_recency = 最近购买时间 t_x
history-field_age = 客户年龄 T
history-field_monetary = 平均复购金额（货币价值）
history-mapping_missing = 请选择包含以下内容的列：{ $field }。
history-mapping_twice = 只能有一列包含：{ $field }。
history-check = 检查各行
history-cancel = 取消
history-checking = 正在检查各行
history-cancel_check = 停止检查
history-check_cancelled = 检查已停止；未使用任何数据。
history-check_summary = { $good } 行正确，{ $bad } 行有问题
history-problems = 有问题的行（不做任何推测：请在文件中修正，或只使用正确的行）
history-use_good = 使用 { $count } 行正确数据
history-use_nothing = 不使用
history-used = 使用 { $count } 行。
history-working_on_log = 正在使用“{ $name }”：{ $first } 至 { $last } 的 { $count } 笔购买，在两次访问之间保存在此浏览器中。
history-working_on_summary = 正在使用“{ $name }”：{ $count } 行，在两次访问之间保存在此浏览器中。
history-used_nothing = 未使用任何数据。
history-rule_id = 客户编号，不超过 1,000 个字符（不能为空）
history-rule_date = 日期，如 2024-03-31、20240331，或按所选日期顺序写的 31/03/2024，可带或不带时间
history-rule_amount = 0 到 10^15 的金额，如 29.33
history-rule_quantity = 大于 0 的数，即购买数量（金额 × 数量不超过 10^15），如 2
history-rule_frequency = 复购次数，0 或以上的整数
history-rule_recency = 0 到该客户年龄 T 之间的时间
history-rule_age = 以所选单位计 0 到 100,000 之间的时间
history-rule_monetary = 一个数字，即平均复购金额（频次为 0 时可为空；小于或等于 0 时按总体平均值计）
history-rule_cal_end = { $first } 到 { $last } 之间的日期（购买记录中的首次和最后一次购买）

## Step 2: calibration

history-calibration_title = 2. 校准期与时间单位
history-cal_end = 校准期结束日（含当天）
history-cal_end_note = 模型从截至这一天的购买中学习；之后的购买构成验证期，用来检验模型。建议：购买记录时间跨度三分之二处的那一天。
history-cal_end_note_summary = 客户汇总没有验证期；此日期仅用于为由它创建的名单推算首次购买日期（结束日 − T）。
history-unit = 时间单位
history-unit_of_file = 文件中最近购买时间和 T 的时间单位
history-unit_days = 天
history-unit_weeks = 周
history-unit_months = 月
history-customers = 校准期内的客户
history-customers_how = 首次购买在校准期结束日或之前的客户；之后才首次购买的客户不参与拟合。
history-repeat = 复购客户
history-repeat_value = { $buyers } 位客户，复购 { $purchases } 次
history-repeat_how = 频次 x ≥ 1 的客户数及 x 的总和：每位客户首次购买之后、截至校准期结束的购买天数。
history-periods = 校准期与验证期
history-periods_value = 校准期 { $calibration } { $unit }，验证期 { $holdout } { $unit }（至 { $end }）
history-periods_how = 校准期：从购买记录中的首次购买到校准期结束日，首尾两天都计入。验证期：此后直到最后一次购买的各天。
history-merged = 同一客户同一天的多次购买算作一次购买，金额相加：校准期的 { $calibration } 行和验证期的 { $holdout } 行已并入同一客户同一天的另一行（共读取 { $rows } 行）。
history-after_calibration = { $count } 位客户的首次购买在校准期结束之后，未计入。

## Step 3: summary

history-summary_title = 3. 每位客户的汇总
history-summary_intro = 频次 x = 复购天数；最近购买时间 t_x = 首次到最后一次购买；客户年龄 T = 首次购买到校准期结束；时间单位为{ $unit }。平均复购金额不含首次购买（Gamma-Gamma 模型的惯例）。
history-summary_caption = 校准期内每位客户的汇总（时间单位：{ $unit }）
history-col_id = 客户编号
history-col_first = 首次购买
history-col_x = 频次 x
history-col_x_how = 校准期内不同的购买天数 − 1
history-col_tx = 最近购买时间 t_x（{ $unit }）
history-col_tx_how = 校准期内首次到最后一次购买的天数 ÷ 每单位天数
history-col_age = 客户年龄 T（{ $unit }）
history-col_age_how = 首次购买到校准期结束的天数 ÷ 每单位天数
history-col_monetary = 平均复购金额（不含首次购买）
history-col_monetary_how = 首次购买日之后每日金额之和 ÷ x
history-col_holdout = 验证期购买
history-col_holdout_how = 校准期结束后不同的购买天数
history-no_repeat = —（无复购）
history-export_summary = 导出汇总（CSV）
history-prev = 上一页
history-next = 下一页
history-prev_page = { $table }的上一页
history-next_page = { $table }的下一页
history-page_of = 第 { $page } 页，共 { $pages } 页（{ $rows } 位客户）
history-pages = { $table }的分页
history-search_id = 按客户编号搜索
history-search_count = { $total } 位客户中的 { $shown } 位

## Step 4: models

history-models_title = 4. 用最大似然法拟合模型
history-models_intro = (x, t_x, T) 相同的客户合并为一个加权行进行拟合。标准误来自似然函数在最大值处的曲率。未能收敛的拟合会如实报告，绝不显示为数字。
history-fit = 拟合模型
history-fit_again = 重新拟合模型
history-fitting_bgnbd = 正在拟合 BG/NBD……
history-fitting_paretonbd = 正在拟合 Pareto/NBD……
history-fitting_gammagamma = 正在拟合 Gamma-Gamma……
history-fitted = 模型已拟合完成。
history-cancel_fit = 取消拟合
history-fit_cancelled = 拟合已取消；之前的结果（如有）予以保留。
history-fit_evaluations = 已计算似然函数 { $n } 次
history-bgnbd = BG/NBD
history-paretonbd = Pareto/NBD
history-gammagamma = Gamma-Gamma（每次购买金额）
history-params_caption = { $model }：估计值
history-param = 参数
history-estimate = 估计值
history-se = 标准误
history-se_how = 观测信息矩阵之逆的对角线的平方根（对数似然的数值 Hessian 矩阵）
history-meaning = 含义
history-param_r = 购买率分布的形状参数（无单位）
history-param_alpha = 购买率分布的尺度参数，单位：{ $unit }
history-param_a = 购买后流失：Beta 形状参数 a（无单位）
history-param_b = 购买后流失：Beta 形状参数 b（无单位）
history-param_s = 流失率分布的形状参数（无单位）
history-param_beta = 流失率分布的尺度参数，单位：{ $unit }
history-param_p = 每次购买金额的形状参数（无单位）
history-param_q = 客户消费水平的形状参数（无单位；仅当 q > 1 时平均消费金额存在）
history-param_gamma = 客户消费水平的尺度参数，以购买记录的货币计
history-no_se = 部分标准误无法给出：似然函数在该处过于平坦，无法测量。
history-ll = 对数似然 { $ll }
history-iterations = 迭代 { $n } 次
history-converged = 已收敛
history-not_converged = 未收敛
history-fit_time = 拟合用时 { $ms } 毫秒

## Step 5: predictions

history-predictions_title = 5. 每位客户的预测
history-model = 购买模型
history-t_label = 未来 t { $unit }内的预期购买次数：t
history-horizon_label = CLV 时间范围 H（月）
history-discount_label = 月贴现率 d（%）
history-per_month = 一个月 = { $month } 天 = { $n } { $unit }。{ $clv }，其中 H 为预测期的月数，m 为预期每次消费金额，E[X(k)] 为前 k 个月的预期购买次数。
history-predictions_caption = 每位客户的预测（{ $model } 结合 Gamma-Gamma）
history-col_p_alive = 存活概率
history-col_p_alive_how = 给定 x、t_x 和 T，客户在校准期结束时仍然活跃的概率
history-col_expected = 未来 { $t } { $unit }内的预期购买次数
history-col_expected_how = 购买模型的 E[X(t) | x, t_x, T]
history-col_spend = 预期每次购买金额
history-col_spend_how = Gamma-Gamma：{ $formula }；无复购时为总体均值 { $population_mean }
history-col_clv = { $h } 个月的 CLV（每月 { $days } 天）
history-col_clv_how = { $formula }，其中 H 为预测期的月数，m 为预期每次消费金额，E[X(k)] 为前 k 个月的预期购买次数
history-spend_left_out = 平均复购金额小于或等于 0 的复购客户（退货、赠品）：{ $count } 位。他们不参与 Gamma-Gamma 拟合，按总体平均金额 { $formula } = { $mean } 计。
history-predictions_note = 金额以购买记录的货币计。存活概率、预期购买次数和 CLV 可以添加到当前打开的名单（指标 p_alive、expected_purchases、predicted_clv），之后会出现在客户表导出、加权金字塔和结果导出中。
history-bgnbd_no_repeat = { $count } 位客户在校准期内只购买过一次（x = 0）。BG/NBD 给他们每人的存活概率都是 { $p }：该模型只允许客户在一次重复购买之后流失，所以这是模型本身的性质，而不是关于这些客户的发现。Pareto/NBD 允许客户在任何时候流失，给出的概率更低。
history-show_paretonbd = 查看 Pareto/NBD
history-export_predictions = 导出预测（CSV）
history-add_to_open = 将预测添加到当前名单
history-create_list = 用此购买记录创建名单
history-added = 已为“{ $list }”中编号出现在购买记录里的 { $matched } 位客户添加存活概率、预期购买次数和预测 CLV（指标 p_alive、expected_purchases、predicted_clv）；购买记录中有 { $unmatched } 位客户在该名单中找不到对应。
history-added_none = “{ $list }”中没有客户的编号出现在购买记录中，因此未添加任何内容。
history-list_name = { $name }（购买记录）
history-pyramid_name = 预测 CLV
history-created = 已创建并打开名单“{ $list }”，共 { $count } 位客户（首次购买、每年购买次数 = 购买次数 ÷ 观察年数（至少按一年计）和平均订单金额取自校准期，另含三项预测）；其金字塔按加权金字塔“{ $pyramid }”分层，即按预测 CLV 排名。

## Step 6: charts

history-charts_title = 6. 图表
history-table_alternative = 以表格显示数字
history-heat_title = 存活概率（{ $model }）
history-heat_x = 最近购买时间 t_x（{ $unit }）
history-heat_y = 频次 x（复购次数）
history-heat_caption = 按频次和最近购买时间显示的存活概率，针对客户年龄 T = { $age } { $unit }的客户（购买记录中最老的客户）。
history-heat_corner = 频次 x \ 最近购买时间
history-tracking_title = 累计复购次数：实际值与 BG/NBD
history-tracking_x = 自 { $start } 起的{ $unit }数
history-tracking_y = 累计复购次数
history-tracking_caption = 校准期客户的复购次数随时间累计，实际值对比 BG/NBD；校准期在 { $cal } { $unit }后结束，其余为验证期。
history-no_holdout = 没有验证期：购买记录在校准期结束日截止（或导入的是客户汇总），因此无法绘制校准期对比验证期的图表。
history-actual = 实际
history-predicted_bgnbd = BG/NBD
history-hist_title = 按复购次数划分的客户：实际值与 BG/NBD
history-hist_x = 校准期内的复购次数
history-hist_y = 客户数
history-hist_caption = 按校准期内复购次数划分的客户数，实际值对比 BG/NBD 期望值（最后一根柱：该次数及以上）。
history-demo_log = 显示的是演示列表的购买记录：虚构的（其客户在 2023–24 年 78 周内的购买），一显示即完成拟合。其编号与演示列表相同，因此预测可以添加到该列表。它不会在两次访问之间保存；在上方加载您自己的记录或汇总即可替换它。
history-predicting = 正在计算预测
history-predicting_count = 已预测 { $done }/{ $total } 位客户
history-cancel_predictions = 停止计算预测
history-predictions_cancelled = 预测已停止；不显示任何预测。
history-predict_again = 计算预测
