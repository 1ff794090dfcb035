### English: Strings of the prospects view.
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

prospects-intro = Find the next customers: prospects who look like your best customers, reachable through the channel that brought such customers, at a cost worth paying. Only a prospect who needs what you sell and can pay for it is qualified.
prospects-empty = This list has no prospects. Add entries with the status Prospect (with their market type, channel, region, size or age, and the answers to “needs it” and “can pay”) to rank them.
prospects-summary = { $qualified } { $qualified ->
        [one] qualified prospect
       *[other] qualified prospects
    }; { $others } not qualified yet, listed apart.
prospects-no_tiers = Lookalike scores need the tiers of the value pyramid; without them every prospect scores 0 and is given the list's average lifetime value.
prospects-no_tiers_because = Lookalike scores need the tiers of the value pyramid, which could not be built: { $reason }
prospects-qualified_title = Qualified prospects, most promising first
prospects-qualified_caption = Qualified prospects by lookalike score, then fit ({ $count })
prospects-qualified_pages = Pages of qualified prospects
prospects-none_qualified = No prospect is qualified yet: both “needs it” and “can pay” must be Yes.
# Column header of a table in the Prospects view.
prospects-col_rank = Rank
prospects-col_lookalike = Looks like the top tier
# { $formula } is a formula in symbols, the same in every language, filled in by the page.
prospects-col_lookalike_title = Combined lift = geometric mean of the lifts of the prospect's known attribute values in the top tier = { $formula }, with ℓ_i those n lifts and s the score, the mean of their natural logs; 1× = like the list as a whole. A typical lift, not a probability or odds
prospects-lift_value = { $lift }× (score { $score })
# Column header of a table in the Prospects view.
prospects-col_fit = Fit
prospects-col_fit_title = Ideal-customer-profile fit, 0–100; criteria on figures a prospect does not have yet (profit, service cost, relationship value, lifetime value) cannot be checked and do not pass
prospects-fit_value = { $fit } ({ $count } not checked)
# Column header of a table in the Prospects view.
prospects-col_why = Why
prospects-why_more = { $attribute } { $value } appears { $lift }× more often in the top tier ({ $tier })
prospects-why_same = { $attribute } { $value } appears as often in the top tier ({ $tier }) as in the whole list
prospects-why_less = { $attribute } { $value } appears only { $lift }× as often in the top tier ({ $tier })
# Column header of a table in the Prospects view.
prospects-col_tier = Resembles
prospects-col_tier_title = The tier against which the prospect's lookalike score is highest; none when its known attributes tell nothing or two tiers score the same
prospects-resembles_none = No tier: list average
# Column header of a table in the Prospects view.
prospects-col_expected = Expected value
prospects-col_expected_title = Average lifetime value, before acquisition cost, of the customers of the tier it resembles (of the whole list when it resembles none), money once
# Column header of a table in the Prospects view.
prospects-col_channel = Channel to reach them
prospects-col_channel_title = The prospect's own channel when known, else the most common channel of the tier it resembles
# In a table cell: the prospect's acquisition channel is not known.
prospects-channel_unknown = unknown
# Column header of a table in the Prospects view.
prospects-col_cac = Acquisition cost
prospects-col_cac_title = CAC of that channel (its spend ÷ customers it won), else the average CAC; — when no spend is entered
# Column header of a table in the Prospects view.
prospects-col_net = Expected value − CAC
prospects-col_net_title = Expected value − acquisition cost, both once: what winning them is worth over the relationship
prospects-score_note = Lift of a value = (its share in the top tier) ÷ (its share in the whole list); a value absent from the top tier counts as half an occurrence, values never seen in the list are skipped. Example: 6 of 10 top-tier customers in region North against 20 of 100 in the list → (6/10) ÷ (20/100) = 3.0.
# { $formula } is a formula in symbols, the same in every language, and { $example } that formula worked out for the example's two lifts with the language's decimal separator; both are filled in by the page.
prospects-lift_how = Combined lift = geometric mean of the lifts = { $formula }, with ℓ_i the n lifts. Example: region North with lift 3.0 and market type consumer with lift 1.0 → { $example }. It is a typical lift of the prospect's values; it is not naive-Bayes odds, which would multiply the lifts and compare with the customers outside the tier.
prospects-fit_note = A prospect has no profit, service cost, relationship value or lifetime value yet: criteria on them cannot be checked and count as not met, so no prospect reaches 100 by default; the number of such criteria is shown next to its fit.
prospects-value_note = Expected value is a lifetime value before acquisition cost, so the channel's CAC (also once) is taken off exactly once. A prospect whose known attributes tell nothing (every lift 1), or who resembles two tiers equally, resembles no tier and is given the list's average lifetime value. Spend lines per channel (Economics) make the CAC specific to the channel.
prospects-losing_title = Qualified, but expected to cost more than they bring
prospects-losing_note = Winning one of these is expected to cost more (the acquisition cost of the channel that would reach them) than the lifetime value of the customers they resemble, so they are kept out of the most promising. Reach them through a cheaper channel, or leave them.
prospects-losing_caption = Qualified prospects whose expected value is below the acquisition cost, smallest loss first ({ $count })
prospects-losing_pages = Pages of qualified prospects that would lose money
# Heading of a section.
prospects-not_qualified_title = Not qualified yet
prospects-not_qualified_caption = Prospects missing an answer or a yes ({ $count })
prospects-not_qualified_pages = Pages of prospects not qualified
prospects-all_qualified = Every prospect is qualified.
# Column header of a table in the Prospects view.
prospects-col_missing = What is missing
prospects-missing_needs_no = Does not need it.
prospects-missing_needs_unknown = Ask whether they need it.
prospects-missing_pay_no = Cannot pay for it.
prospects-missing_pay_unknown = Ask whether they can pay.
prospects-qualify_note = Edit “Needs it” and “Can pay” in the customer table as you learn the answers; a prospect with both Yes moves to the ranked list.
