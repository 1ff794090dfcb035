### English: Strings of the pareto view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

pareto-intro = How much of the business rests on a few customers: the 80/20 check for revenue and for profit, the cumulative (Lorenz) curve, and the customers whose loss would hurt most.
pareto-not_rated =
    { $count ->
        [one] { $count } customer has no revenue: they are not rated by revenue or profit, so the figures and curves below are of the other { $rated }.
       *[other] { $count } customers have no revenue: they are not rated by revenue or profit, so the figures and curves below are of the other { $rated }.
    }
pareto-empty = This list has no customers yet; import or add some to see the 80/20 check.
# The measure, inserted into sentences ("Customers ranked by revenue"); lower case mid-sentence.
pareto-revenue_word = revenue
# The measure, inserted into sentences ("Customers ranked by profit"); lower case mid-sentence.
pareto-profit_word = profit
# Heading of a section.
pareto-shares_title = The 80/20 check
pareto-by_revenue = By revenue
pareto-by_profit = By profit
pareto-top_share_label = Share of { $measure } from the top { $share } of customers
pareto-top_share_how = Customers ranked by { $measure }, largest first; the top { $share } are { $top } of { $count } { $count ->
        [one] customer
       *[other] customers
    }. Share = their { $measure } ÷ the { $measure } of every customer above zero ({ $positive }); customers below zero count as 0 (their losses are stated below).
pareto-target_label = Smallest share of customers making { $target } of { $measure }
pareto-target_how = Customers ranked by { $measure }, largest first, are added up until they reach { $target } of it: { $k } of { $count } { $count ->
        [one] customer
       *[other] customers
    }. Loss-making customers count as 0 here.
pareto-gini_label = Gini coefficient of { $measure }
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
pareto-gini_how = { $formula } with { $count ->
        [one] the { $count } value x
       *[other] the { $count } values x
    } of { $measure } sorted from smallest (i = 1) to largest, losses counted as 0: { $gini }. 0 means every customer brings the same; near 1 means one customer brings everything.
pareto-settings_note = The top share (20 %) and the share of value to reach (80 %) are settings, under Settings → Pareto and concentration.
# Heading of a section.
pareto-lorenz_title = Cumulative curve (Lorenz)
pareto-lorenz_caption = Share of revenue and of profit held by the top customers, customers ranked from the largest. The further the curve bows above the diagonal, the more concentrated the business.
pareto-lorenz_table_caption = Cumulative share of revenue and profit by share of customers, every 10 %
# Column header of a table in the Pareto and concentration view.
pareto-col_customers = Top share of customers
pareto-col_customers_title = Customers ranked by the measure, largest first
# Column header of a table in the Pareto and concentration view.
pareto-col_revenue = Share of revenue
pareto-col_revenue_title = Revenue of those customers ÷ total revenue (losses counted as 0)
# Column header of a table in the Pareto and concentration view.
pareto-col_profit = Share of profit
pareto-col_profit_title = Profit of those customers ÷ total profit of profitable customers (losses counted as 0)
pareto-lorenz_note = Each column ranks customers by its own measure, so the top 10 % by revenue need not be the top 10 % by profit. Between two customers the curve is read on the straight line joining them.
# Heading of a section.
pareto-concentration_title = Concentration risk
pareto-threshold_text = A customer bringing { $threshold } of revenue or more is flagged: losing them loses that share of the business.
pareto-flags_label = Customers at or above the threshold
pareto-flag = { $name } brings { $share } of revenue ({ $revenue }).
pareto-no_flags = No customer reaches the threshold.
# Label of an input or control in the Pareto and concentration view (also read by screen readers).
pareto-hhi_label = Herfindahl–Hirschman index of revenue
pareto-hhi_value = { $fraction } ({ $points } points)
pareto-hhi_how = { $formula }, with s_i each customer's share of revenue, summed over { $count ->
        [one] the { $count } customer
       *[other] the { $count } customers
    }: { $fraction }, that is { $points } points out of 10,000. 1 (10,000 points) means one customer brings all revenue; the more customers share it evenly, the nearer 0.
pareto-big_service_label = Big customers' share of service cost
pareto-big_service_how = Big customers are the top { $share } by revenue ({ $big } { $big ->
        [one] customer
       *[other] customers
    }). Share = their service cost ÷ the service cost of every customer (own figure, else the list average).
pareto-big_profit_label = Big customers' share of profit
pareto-big_profit_how = Big customers are the top { $share } by revenue ({ $big } { $big ->
        [one] customer
       *[other] customers
    }). Share = the profit of those of them who make one ÷ the profit of every customer who makes one; losses count as 0 and are stated below.
pareto-eat_margin = { $big ->
        [one] The { $big } biggest customer takes
       *[other] The { $big } biggest customers take
    } { $service } of the service cost but bring only { $profit } of the profit: big spenders are eating time and margin. Look at what serving them costs.
pareto-no_eat_margin = { $big ->
        [one] The { $big } biggest customer brings
       *[other] The { $big } biggest customers bring
    } { $profit } of the profit for { $service } of the service cost: { $big ->
        [one] it pays for the time it takes
       *[other] they pay for the time they take
    }.
pareto-no_share = No customer has { $measure } above zero, so there is nothing to share: no 80/20 share, curve or Gini coefficient of { $measure }.
pareto-losses = { $losing } of { $count } { $count ->
        [one] customer
       *[other] customers
    } { $losing ->
        [one] has
       *[other] have
    } { $measure } below zero: { $losses } in total. They count as 0 in these shares, which are shares of { $positive }, the { $measure } of the customers above zero; the net { $measure } of the list is { $net }.
pareto-no_losses = No customer has { $measure } below zero: these shares are of the whole { $positive }.
pareto-big_lose_money = { $big ->
        [one] The { $big } biggest customer loses money
       *[other] The { $big } biggest customers lose money taken together
    } ({ $net } a year) while taking { $service } of the service cost: big spenders are eating time and margin. Look at what serving them costs and what they pay.
pareto-big_no_profit = No customer makes a profit, so there is no share of profit to set against the big customers' share of service cost.
pareto-big_no_service_cost = No customer has a service cost, so there is no share of service cost to set against the big customers' share of profit.
pareto-big_losses = { $losing } of { $big ->
        [one] the { $big } biggest customer
       *[other] the { $big } biggest customers
    } { $losing ->
        [one] loses
       *[other] lose
    } money: { $losses } in total, counted as 0 in their share of profit.
pareto-chart_marker = The top { $customers } of customers bring { $value } of revenue
pareto-chart_x = Customers, largest first (cumulative %)
pareto-chart_y = Revenue (cumulative %)
pareto-chart_concentration = The largest customers' share of revenue
pareto-chart_concentration_caption = The ten largest customers' shares of revenue, with the concentration threshold as a dashed line.
pareto-chart_share_axis = Share of revenue (%)
pareto-col_customer = Customer
