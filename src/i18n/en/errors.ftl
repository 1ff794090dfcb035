### English: Strings of the errors view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

error-acquisition-no_spend = Enter what was spent on winning customers to see the acquisition cost.
error-acquisition-no_new_customers = No new customers were won in the period, so there is no cost per new customer.
error-acquisition-bad_line = The spend line “{ $name }” must be a number of zero or more.
error-service-no_cost = Enter the yearly cost of serving customers to see the average cost to serve.
error-service-no_customers = No customers were served, so there is no average cost to serve.
error-service-bad_line = The cost line “{ $name }” must be a number of zero or more.
error-ltv-never_ends = With every customer kept and no discount rate the lifetime value has no end; set a discount rate above zero or a retention below 100 %.
error-ltv-margin = The yearly margin is not a number.
error-churn-no_base = Churn needs the number of customers at the start of the period, and it is zero.
error-churn-lost_exceeds_base = { $lost } { $lost ->
        [one] customer
       *[other] customers
    } lost is more than the { $base } there were at the start of the period.
error-cohort-no_years = The cohort table needs at least one year.
error-cohort-no_customers = The cohort needs a number of customers above zero.
error-cohort-bad_discount = The interest rate and the risk factor must be zero or more.
error-cohort-bad_cell = Year { $year }: the { $column } cannot be used (it must be a number, zero or more; rates at most 1).
# Name of a column of the cohort table, inserted into an error message.
error-cohort-column_retention = retention rate
# Name of a column of the cohort table, inserted into an error message.
error-cohort-column_orders = orders per customer
# Name of a column of the cohort table, inserted into an error message.
error-cohort-column_order_value = average order value
# Name of a column of the cohort table, inserted into an error message.
error-cohort-column_cost_rate = cost rate
error-cohort-column_marketing = marketing cost per customer
error-tier-no_such_pyramid = Weighted pyramid number { $n } does not exist; choose another basis.
error-tier-bad_shares = The tier shares must be zero or more, one per tier, and add up to more than zero.
error-tier-bad_thresholds = The thresholds must be numbers from highest to lowest, one fewer than the tiers.
error-tier-no_weights = Give at least one indicator a weight above zero.
error-tier-no_data = No customer has a value that tells customers apart on any indicator it weighs ({ $indicators }): there is no data to rank on, so no tiers are shown. Enter these figures in the customer table, or weigh indicators the list has.
error-tier-no_data_none = { $indicator }: no customer has it
error-tier-no_data_same = { $indicator }: every customer who has it has the same value
error-icp-no_criteria = Define at least one ideal-customer criterion to see fit scores.
error-icp-no_weights = Give at least one ideal-customer criterion a weight above zero.
error-market-too_small = Only about { $addressable } { $addressable ->
        [one] customer matches
       *[other] customers match
    } the profile (fewer than { $minimum }); loosen the profile.
error-market-too_contested = About { $per_firm } { $per_firm ->
        [one] matching customer
       *[other] matching customers
    } per firm chasing them (fewer than { $minimum }); the profile is too contested, loosen it.
error-log-empty = The purchase log has no rows.
error-log-invalid_amount = Row { $row } has amount { $value }; amounts must be numbers from zero up to 10^15.
error-log-empty_id = Row { $row } has no customer id.
error-log-holdout_before_calibration = The end of the holdout period is before the end of the calibration period.
error-log-no_calibration_customers = No customer made a first purchase on or before the end of the calibration period.
error-rule-not_finite = a value is not a finite number
error-rule-negative_weight = the weight is negative
error-rule-negative_times = recency and age must not be negative
error-rule-recency_above_age = recency is larger than age
error-rule-recency_without_repeats = recency must be 0 for a customer without repeat purchases
error-rule-repeats_without_recency = a customer with repeat purchases must have recency above 0
error-rule-spend_needs_repeat = the spend model needs at least one repeat purchase
error-rule-mean_spend_missing = a customer with repeat purchases needs a mean repeat spend
error-rule-mean_spend_not_positive = every repeat buyer's mean spend is 0 or less
error-rule-no_repeat_purchases = no customer made a repeat purchase
error-rule-all_first_on_last_day = every customer made the first purchase on the last day of the calibration period
error-rule-time_not_usable = times must be numbers of zero or more
error-rule-parameter_not_positive = model parameters must be positive numbers
error-rule-horizon_out_of_range = the horizon must be between 1 and 1200 months
error-rule-negative_discount = the discount rate must be zero or positive
error-rule-negative_spend = spend must be zero or positive
# Name of a computed quantity, inserted into an error message ("… is not a finite number").
error-quantity-log_likelihood = log-likelihood
error-quantity-expected_purchases = expected number of purchases
error-quantity-cumulative_expected = cumulative expected repeat purchases
error-quantity-discounted_expected = discounted expected purchases
error-quantity-probability_alive = probability of being active
# Name of a computed quantity, inserted into an error message.
error-quantity-purchase_probability = purchase probability
error-quantity-mean_spend = mean spend per purchase
error-quantity-expected_spend = expected spend per purchase
# Name of a computed quantity, inserted into an error message.
error-quantity-lifetime_value = lifetime value
error-special-non_finite = A special function was given a number that is not finite.
error-special-outside_domain = The special function { $function } was asked for a value outside its domain.
error-special-not_converged = The special function { $function } could not reach full precision for these arguments.
error-special-overflow = The special function { $function } has a value too large to represent for these arguments.
error-model-empty = There are no customers to fit the model to.
error-model-invalid_row = Customer row { $row } cannot be used: { $reason }.
error-model-not_identifiable = The model cannot be fitted to these data: { $reason }.
error-model-not_converged = The model fit did not settle after { $iterations } { $iterations ->
        [one] iteration
       *[other] iterations
    } (log-likelihood { $ll }); its parameters are not reliable. Try another time unit or more data.
error-model-no_finite_mean_spend = The spend model found q = { $q }, which is at most 1: the average spend per purchase is then unbounded, so no expected spend or lifetime value can be given.
error-model-invalid_argument = The value given for { $name } is not valid: { $reason }.
error-model-invalid_value = A value given is not valid: { $reason }.
error-model-non_finite = The { $what } could not be computed for these values (the numbers overflow).
error-store-other = The browser refused to save ({ $why }).
error-doc-invalid = it is not a list saved by this page ({ $detail })
error-doc-newer = it was saved by a newer version of this page (format { $version }); open it there
error-doc-not_ours = it is JSON from another program, not a list saved by this page
error-read-empty = the file has no rows
error-read-malformed = line { $line }: { $detail }
error-read-unclosed_quote = line { $line }: a quote opened here is never closed, so the rest of the file would be read as one cell. Close or remove the quote and pick the file again
error-mapping-twice = Two columns are mapped to { $field }; map each field once.
error-chart-drawing = drawing failed: { $detail }
error-setting-segment_churn = Churn of a segment
# Name of a setting, in the warning that an unusable value of it was replaced.
error-setting-churn_year = Year whose churn is measured
# Name of a setting, in the warning that an unusable value of it was replaced.
error-setting-sales_closed = Sales closed
# Name of a setting, in the warning that an unusable value of it was replaced.
error-setting-service_cost_benchmark = Cost to serve of the industry
# Name of a setting, in the warning that an unusable value of it was replaced.
error-setting-churn_min_at_start = Customers at the start a segment needs
