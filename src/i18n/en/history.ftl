### English: Strings of the history view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

history-intro = Lifetime value from a purchase log, fitted in your browser: the BG/NBD and Pareto/NBD purchase models and the Gamma-Gamma spend model ("buy till you die"). The log never leaves this page.

## Step 1: import

history-import_title = 1. Purchase log or customer summary
history-import_intro = A purchase log has one row per purchase: customer id, date and amount (other columns are ignored). A customer summary has one row per customer: id, frequency, recency, T and mean repeat spend — what a warehouse computes with one GROUP BY.
history-pick = Purchase log or customer summary file
history-drop = …or drop the file here. Comma, semicolon, tab or space separated; a header row is optional.
history-read_failed = The file could not be read: { $reason }
history-mapping_title = Map the columns of { $file }
# Label of an input.
history-kind = The file holds
history-kind_purchases = Purchases (id, date, amount; a quantity when the amount is a unit price)
history-kind_summary = A summary per customer (id, frequency, recency, T, monetary value)
history-suggestion_note = The file has no header, so the columns were guessed: the first column whose cells are dates is the date, the first other column the customer id, the last column the amount. Check the guess below before going on.
history-mapping_caption = What each column holds (suggested; change it if it is wrong)
# Column header: what a column of the purchase log holds.
history-holds = Holds
history-holds_for = What column { $column } holds
history-field_id = Customer id
history-field_date = Purchase date
history-field_amount = Amount
history-field_quantity = Quantity (the amount is then the price of one)
history-field_frequency = Frequency x (repeat purchases)
history-field_recency = Recency t_x
history-field_age = Age T
history-field_monetary = Mean repeat spend (monetary value)
history-mapping_missing = Choose the column that holds: { $field }.
history-mapping_twice = Only one column can hold: { $field }.
history-check = Check rows
# Button.
history-cancel = Cancel
# Label of an input.
history-checking = Checking rows
# Button.
history-cancel_check = Stop checking
history-check_cancelled = Checking stopped; nothing was used.
history-check_summary =
    { $good ->
        [one] { $good } good row
       *[other] { $good } good rows
    }, { $bad ->
        [one] { $bad } row with problems
       *[other] { $bad } rows with problems
    }
history-problems = Rows with problems (nothing is guessed: fix them in the file, or use only the good rows)
history-use_good =
    { $count ->
        [one] Use the { $count } good row
       *[other] Use the { $count } good rows
    }
# Button.
history-use_nothing = Use nothing
history-used =
    { $count ->
        [one] Using { $count } row.
       *[other] Using { $count } rows.
    }
history-working_on_log = Working on “{ $name }”: { $count } { $count ->
        [one] purchase
       *[other] purchases
    } from { $first } to { $last }, kept in this browser between visits.
history-working_on_summary = Working on “{ $name }”: { $count } { $count ->
        [one] row
       *[other] rows
    }, kept in this browser between visits.
history-used_nothing = Nothing was used.
history-rule_id = a customer id of up to 1,000 characters (it cannot be empty)
history-rule_date = a date like 2024-03-31, 20240331 or 31/03/2024 in the date order chosen, with or without a time of day
history-rule_amount = an amount of money from 0 up to 10^15, like 29.33
history-rule_quantity = a number greater than 0, the quantity bought (amount × quantity at most 10^15), like 2
history-rule_frequency = a whole number of repeat purchases, 0 or more
history-rule_recency = a time from 0 up to the customer's age T
history-rule_age = a time from 0 to 100,000 in the chosen unit
history-rule_monetary = a number, the mean repeat spend (may be empty when frequency is 0; 0 or less is valued at the population mean)
history-rule_cal_end = a date from { $first } to { $last } (the log's first and last purchase)

## Step 2: calibration

history-calibration_title = 2. Calibration period and time unit
history-cal_end = End of the calibration period (last day included)
history-cal_end_note = The models learn from purchases up to this day; later purchases form the holdout that checks them. Suggested: the day two thirds into the log.
history-cal_end_note_summary = A summary has no holdout; this date only gives the first purchase dates (end − T) of a list created from it.
# Label of the drop-down of the time unit of the purchase-log models.
history-unit = Time unit
history-unit_of_file = Time unit of recency and T in the file
# A time unit of the purchase-log models, an option of the time-unit drop-down.
history-unit_days = days
# A time unit of the purchase-log models, an option of the time-unit drop-down.
history-unit_weeks = weeks
# A time unit of the purchase-log models, an option of the time-unit drop-down.
history-unit_months = months
history-customers = Customers in the calibration period
history-customers_how = Customers whose first purchase is on or before the end of the calibration period; later first-timers are left out of the fit.
history-repeat = Repeat buyers
history-repeat_value = { $buyers } { $buyers ->
        [one] customer
       *[other] customers
    }, { $purchases } { $purchases ->
        [one] repeat purchase
       *[other] repeat purchases
    }
history-repeat_how = Customers with frequency x ≥ 1 and the sum of x: purchase days after each customer's first, up to the end of the calibration period.
history-periods = Calibration and holdout
history-periods_value = { $calibration } { $unit } of calibration, { $holdout } { $unit } of holdout (to { $end })
history-periods_how = Calibration: first purchase in the log to the calibration end, both days included. Holdout: the days after it up to the last purchase.
history-merged = Same-day purchases of one customer count as one purchase, with their amounts summed: { $calibration } { $calibration ->
        [one] row
       *[other] rows
    } of the calibration period and { $holdout } { $holdout ->
        [one] row
       *[other] rows
    } of the holdout were merged into another row of the same customer and day ({ $rows } { $rows ->
        [one] row
       *[other] rows
    } read).
history-after_calibration = { $count ->
        [one] { $count } customer whose first purchase is after the calibration end is left out.
       *[other] { $count } customers whose first purchase is after the calibration end are left out.
    }

## Step 3: summary

# Heading of a section.
history-summary_title = 3. Summary per customer
history-summary_intro = Frequency x = repeat purchase days; recency t_x = first to last purchase; age T = first purchase to the calibration end; times in { $unit }. The mean repeat spend excludes the first purchase (the Gamma-Gamma model's convention).
history-summary_caption = Summary per customer over the calibration period (times in { $unit })
# Column header of a table in the Purchase history view.
history-col_id = Customer id
# Column header of a table in the Purchase history view.
history-col_first = First purchase
# Column header of a table in the Purchase history view.
history-col_x = Frequency x
history-col_x_how = Distinct purchase days in the calibration period − 1
history-col_tx = Recency t_x ({ $unit })
history-col_tx_how = Days from the first to the last calibration purchase ÷ days per unit
history-col_age = Age T ({ $unit })
history-col_age_how = Days from the first purchase to the calibration end ÷ days per unit
history-col_monetary = Mean repeat spend (first purchase excluded)
history-col_monetary_how = Sum of the daily amounts after the first purchase day ÷ x
# Column header of a table in the Purchase history view.
history-col_holdout = Holdout purchases
history-col_holdout_how = Distinct purchase days after the calibration end
history-no_repeat = — (no repeat)
# Button.
history-export_summary = Export the summary (CSV)
# Button to the previous page of a table.
history-prev = Previous
# Button to the next page of a table.
history-next = Next
history-prev_page = Previous page of { $table }
history-next_page = Next page of { $table }
history-page_of = Page { $page } of { $pages } ({ $rows } { $rows ->
        [one] customer
       *[other] customers
    })
history-pages = Pages of { $table }
# Label of an input.
history-search_id = Search by customer id
history-search_count = { $shown } of { $total } { $total ->
        [one] customer
       *[other] customers
    }

## Step 4: models

history-models_title = 4. Models fitted by maximum likelihood
history-models_intro = Customers with the same (x, t_x, T) are fitted as one weighted row. Standard errors come from the curvature of the likelihood at its maximum. A fit that does not settle is reported, never shown as numbers.
history-fit = Fit the models
history-fit_again = Fit the models again
history-fitting_bgnbd = Fitting BG/NBD…
history-fitting_paretonbd = Fitting Pareto/NBD…
history-fitting_gammagamma = Fitting Gamma-Gamma…
history-fitted = The models are fitted.
# Button shown while the models are being fitted: stops the fit.
history-cancel_fit = Cancel fit
history-fit_cancelled = Fit cancelled; earlier results, if any, are kept.
# Progress under "Fitting …": how many times the fit has computed the likelihood so far.
history-fit_evaluations =
    { $n ->
        [one] { $n } likelihood evaluation so far
       *[other] { $n } likelihood evaluations so far
    }
# Name of a statistical model (BG/NBD); usually kept as is.
history-bgnbd = BG/NBD
# Name of a statistical model (Pareto/NBD); usually kept as is.
history-paretonbd = Pareto/NBD
history-gammagamma = Gamma-Gamma (spend per purchase)
# Caption of a table in the Purchase history view (shown above it and read by screen readers).
history-params_caption = { $model }: estimates
# Column header: a parameter of a fitted model.
history-param = Parameter
# Column header of a table in the Purchase history view.
history-estimate = Estimate
# Column header: the standard error of a parameter estimate.
history-se = Standard error
history-se_how = Square root of the diagonal of the inverse observed information (numerical Hessian of the log-likelihood)
# Column header of a table in the Purchase history view.
history-meaning = Meaning
history-param_r = shape of the purchase-rate distribution (no unit)
history-param_alpha = scale of the purchase-rate distribution, in { $unit }
history-param_a = dropout after a purchase: Beta shape a (no unit)
history-param_b = dropout after a purchase: Beta shape b (no unit)
history-param_s = shape of the dropout-rate distribution (no unit)
history-param_beta = scale of the dropout-rate distribution, in { $unit }
history-param_p = shape of the spend per purchase (no unit)
history-param_q = shape of the customer spend level (no unit; the mean spend exists only for q > 1)
history-param_gamma = scale of the customer spend level, in the log's currency
history-no_se = Some standard errors are not available: the likelihood is too flat there to measure them.
history-ll = Log-likelihood { $ll }
history-iterations = { $n } { $n ->
        [one] iteration
       *[other] iterations
    }
# Status of a model fit, beside its parameters: the estimation reached a result.
history-converged = converged
# Status of a model fit, beside its parameters: the estimation stopped without a result.
history-not_converged = not converged
history-fit_time = fitted in { $ms } ms

## Step 5: predictions

# Heading of a section.
history-predictions_title = 5. Predictions per customer
# Label of an input.
history-model = Purchase model
history-t_label = Expected purchases over the next t { $unit }: t
# Label of an input or control in the Purchase history view (also read by screen readers).
history-horizon_label = CLV horizon H (months)
history-discount_label = Discount rate d per month (%)
history-per_month = One month is { $month } days = { $n } { $unit }. { $clv }, with H the months of the horizon, m the expected spend and E[X(k)] the expected purchases in the first k months.
history-predictions_caption = Predictions per customer ({ $model } with Gamma-Gamma)
# Column header of a table in the Purchase history view.
history-col_p_alive = Probability alive
history-col_p_alive_how = Probability that the customer is still active at the calibration end, given x, t_x and T
history-col_expected = Expected purchases in the next { $t } { $unit }
history-col_expected_how = E[X(t) | x, t_x, T] of the purchase model
# Column header of a table in the Purchase history view.
history-col_spend = Expected spend per purchase
# { $formula } and { $population_mean } are formulas in symbols, the same in every language, filled in by the page.
history-col_spend_how = Gamma-Gamma: { $formula }; the population mean { $population_mean } without repeat purchases
history-col_clv = CLV over { $h } { $h ->
        [one] month
       *[other] months
    } of { $days } { $days ->
        [one] day
       *[other] days
    }
history-col_clv_how = { $formula }, with H the months of the horizon, m the expected spend and E[X(k)] the expected purchases in the first k months
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
history-spend_left_out = Repeat buyers whose mean repeat spend is 0 or less (returns, free items): { $count }. They are left out of the Gamma-Gamma fit and valued at the population mean spend { $formula } = { $mean }.
history-predictions_note = Money is in the log's currency. Probability alive, expected purchases and CLV can be added to the open list (indicators p_alive, expected_purchases, predicted_clv), where they appear in the customer table export, weighted pyramids and the results export.
history-bgnbd_no_repeat = { $count ->
        [one] { $count } customer bought only once in the calibration period (x = 0). BG/NBD shows them
       *[other] { $count } customers bought only once in the calibration period (x = 0). BG/NBD shows each of them
    } { $p } probability alive: the model lets a customer drop out only right after a repeat purchase, so this is the model, not a finding about them. Pareto/NBD lets customers drop out at any time and gives them a lower probability.
# Button.
history-show_paretonbd = Show Pareto/NBD
# Button.
history-export_predictions = Export the predictions (CSV)
history-add_to_open = Add predictions to the open list
history-create_list = Create a list from this log
history-added = Added probability alive, expected purchases and predicted CLV (indicators p_alive, expected_purchases, predicted_clv) to { $matched } { $matched ->
        [one] customer
       *[other] customers
    } of “{ $list }” whose id is in the log; { $unmatched } { $unmatched ->
        [one] log customer has
       *[other] log customers have
    } no match there.
history-added_none = No customer of “{ $list }” has an id from the log, so nothing was added.
history-list_name = { $name } (purchase history)
# Name given to the weighted pyramid the purchase-history view creates.
history-pyramid_name = Predicted CLV
history-created = Created and opened the list “{ $list }” with { $count } { $count ->
        [one] customer
       *[other] customers
    } (first purchase, purchases per year = purchases ÷ years observed (at least one year) and average order value from the calibration period, and the three predictions); its pyramid is tiered by the weighted pyramid “{ $pyramid }”, which ranks by predicted CLV.

## Step 6: charts

# Heading of a section.
history-charts_title = 6. Charts
history-table_alternative = The numbers as a table
history-heat_title = Probability alive ({ $model })
history-heat_x = Recency t_x ({ $unit })
history-heat_y = Frequency x (repeat purchases)
history-heat_caption = Probability alive by frequency and recency, for customers of age T = { $age } { $unit } (the oldest in the log).
history-heat_corner = Frequency x \ recency
history-tracking_title = Cumulative repeat purchases: actual and BG/NBD
history-tracking_x = { $unit } since { $start }
history-tracking_y = Cumulative repeat purchases
history-tracking_caption = Repeat purchases of the calibration customers, actual against BG/NBD, added up over time; the calibration period ends after { $cal } { $unit }, the rest is the holdout.
history-no_holdout = No holdout: the log ends at the calibration end (or a summary was imported), so the calibration-against-holdout chart cannot be drawn.
# Legend of a chart line: the purchases that actually happened.
history-actual = Actual
# Legend of a chart line: the purchases the BG/NBD model predicts (a model name; usually kept as is).
history-predicted_bgnbd = BG/NBD
history-hist_title = Customers by repeat purchases: actual and BG/NBD
history-hist_x = Repeat purchases in the calibration period
# Vertical axis of a histogram: the number of customers.
history-hist_y = Customers
history-hist_caption = Customers by number of repeat purchases in the calibration period, actual against the BG/NBD expectation (the last bar: that many or more).
history-demo_log = Shown: the demo list's purchase log, made up (its customers' purchases over 78 weeks of 2023–24) and fitted as soon as it is shown. Its ids are the demo list's, so its predictions can be added to that list. It is not kept between visits; load your own log or summary above to replace it.
# Label of the progress bar while the per-customer predictions are being made.
history-predicting = Making the predictions
# Progress beside the bar: customers predicted so far, out of all.
history-predicting_count = { $done } of { $total } { $total ->
        [one] customer
       *[other] customers
    } predicted
# Button shown while the predictions are being made: stops them.
history-cancel_predictions = Stop the predictions
history-predictions_cancelled = Predictions stopped; none are shown.
# Button shown after the predictions were stopped: makes them again.
history-predict_again = Make the predictions
