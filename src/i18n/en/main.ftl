### English: Strings of the page frame and the views without a file of their own (overview, settings, lists, storage, customer table, import and export).
### English is the reference: every other language has the same messages and placeholders. A `#` comment above a message says where it is shown when the text alone does not.

app-title = Value Pyramid
app-tagline = Which customers to win, keep, grow or let go — computed in your browser; your data never leaves it.
app-skip_to_content = Skip to content
nav-views = Views
view-customers = Customers
view-import = Import and export
update-updated = Value Pyramid was updated since your last visit. Your lists are as you left them.
update-downloaded = A new version of Value Pyramid was downloaded; it opens on your next visit.
update-dismiss = Dismiss
language-label = Language
chart-no_data = Nothing to draw yet: the table below shows what there is.
chart-failed = The chart could not be drawn ({ $reason }); the table below has the same numbers.
report-print = Print report
theme-label = Colours
theme-system = As the system
theme-light = Light
theme-dark = Dark

## Views

view-overview = Overview
view-economics = Economics
view-pyramid = Pyramid and ratings
view-pareto = Pareto and concentration
view-lifetime = Lifetime
view-targets = Targets
view-prospects = Prospects
view-settings = Settings
view-history = Purchase history

## Explanations

how-short = How?
how-summary = How is “{ $what }” computed?
rule-range = a number from { $min } to { $max }
unit-n_years = { $n } years
unit-money_per_hour = { $currency } an hour
unit-customers = customers
unit-money_per_year_plain = { $currency } a year
churn-unbounded = unbounded (no churn)

## Overview

overview-count = Customers and prospects
overview-count_value =
    { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    }, { $prospects ->
        [one] { $prospects } prospect
       *[other] { $prospects } prospects
    }
overview-count_how = Entries with status customer are analysed; prospects are ranked in the Prospects view.
overview-revenue = Revenue a year
overview-revenue_how = Sum over customers of revenue per year (given, or purchases a year × average order value).
overview-profit = Profit a year
overview-profit_how = Sum over customers of revenue × gross margin − service cost − acquisition cost charged to the year (margin 100 % when unknown).
overview-relationship = Relationship value a year
overview-relationship_how = Sum of (explicit value + implicit value in money) − (explicit cost + hours × hourly rate) over customers.
overview-ltv = Lifetime value of the list
overview-ltv_how = Sum of each customer's profit a year over their expected remaining years, each year discounted at the discount rate. Expected remaining years = Σ (1 − churn)^t for t = 0 … L − 1 with L = life expectancy − age for a person (a part year adds its fraction × the chance of still being there); 1 ÷ churn for organisations and unknown ages; the churn of the customer's market type when set, else the list's; capped at the longest lifetime counted.
overview-top_share = Revenue from the top 20 %
overview-top_share_how = Revenue of the { $top } largest of { $count } customers (the top { $share }) ÷ total revenue.
overview-gini = Gini coefficient of revenue
overview-gini_how = 0 when every customer buys the same, close to 1 when one customer brings everything; from the Lorenz curve of revenue.
overview-targets = Target customers
overview-targets_value = { $targets } of capacity { $capacity }
overview-targets_how = The customers with the highest positive relationship value, as many as the capacity allows (Settings).
overview-lifetime = Group lifetime
overview-lifetime_how = 1 ÷ yearly churn rate (Settings).
overview-negative = Customers with negative profit
overview-negative_how = Customers whose revenue × margin does not cover their service and acquisition cost; listed in the Pyramid view.
overview-warnings = Warnings
overview-no_warnings = Nothing to warn about.
overview-warn_setting_replaced = The setting “{ $setting }” cannot be { $given }; { $used } was used instead.
overview-warn_revenue_missing = { $count } customers have no revenue: they are not rated by revenue or profit (no rank, tier or Pareto place, and not counted as losing money); only their costs count in the totals.
overview-warn_revenue_disagrees = For { $count } customers the revenue does not equal purchases × order value; the revenue given is used.
overview-warn_margin_assumed = { $count } customers have no gross margin; 100 % is assumed for them.
overview-warn_duplicate_ids =
    { $count ->
        [one] { $count } entry repeats an id already used; give every entry its own id.
       *[other] { $count } entries repeat an id already used; give every entry its own id.
    }
overview-concentration_flag = Concentration risk: { $name } brings { $share } of revenue.
overview-negative_profit =
    { $count ->
        [one] { $count } customer loses money; see the Pyramid view.
       *[other] { $count } customers lose money; see the Pyramid view.
    }
overview-big_eat_margin = Big customers take { $service } of service cost but bring { $profit } of profit.
share-none = no share
share-no_losses = none
share-losses = { $sum } ({ $count } losing money)
overview-big_lose_money = The biggest customers by revenue lose money taken together: { $net } of profit a year.
overview-go_import = Import a customer list

## Settings

settings-intro = Every calculation reads these settings; they are saved with the list.
settings-money = Money
settings-currency = Currency (ISO code)
settings-currency_invalid = Not saved: expected a three-letter currency code such as EUR, USD or VND.
settings-hourly_rate = Price of an hour of effort
settings-acquisition_charge = Acquisition cost is charged
settings-charge_year_won = in the year the customer was won
settings-charge_spread = spread over the customer's expected lifetime
settings-analysis_year = Year analysed (empty: the latest year of first purchase in the list)
settings-relationship = Relationship value
settings-company_stage = Company stage
settings-stage_startup = Start-up: explicit value first
settings-stage_growth = Growth: market share first
settings-stage_mature = Mature: brand first
settings-weight_explicit = Weight of explicit value
settings-weight_share = Weight of market-share value
settings-weight_brand = Weight of brand value
settings-life_expectancy = Life expectancy
settings-target_ranking = Rank targets by
settings-ranking_money = relationship value in money
settings-ranking_score = relationship score (stage weights)
settings-capacity = Capacity: customers you can serve well
settings-lifetime = Lifetime
settings-discount_rate = Discount rate a year
settings-discount_convention = Discounting
settings-convention_first = first year undiscounted: ÷ (1 + d)^(t−1)
settings-convention_end = every year discounted: ÷ (1 + d)^t
settings-churn_rate = Churn a year
settings-benchmark_churn = Churn of a firm to compare with
settings-max_lifetime = Longest lifetime counted
settings-retention_budget = Retention budget
settings-pareto = Pareto and concentration
settings-pareto_top = Top share of customers checked
settings-pareto_value = Share of value to reach
settings-concentration = Concentration threshold (share of revenue)
settings-migration_candidates = Customers listed below each cut point

## Lists

lists-region = Customer lists
lists-open = Open list
lists-name = List name
lists-new = New list
lists-new_name = New list
lists-duplicate = Duplicate list
lists-copy_suffix = (copy)
lists-delete = Delete list
lists-confirm_delete =
    Delete the list “{ $name }” with its { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }? This cannot be undone; export it first to keep a copy.
lists-confirm_delete_yes = Yes, delete this list
lists-confirm_delete_no = Keep the list
lists-created = List “{ $name }” created and opened.
lists-renamed = List renamed to “{ $name }”.
lists-deleted = List “{ $name }” deleted.
lists-rename_invalid = A list needs a name that no other list has.
lists-counts =
    { $customers ->
        [one] { $customers } customer
       *[other] { $customers } customers
    }, { $prospects ->
        [one] { $prospects } prospect
       *[other] { $prospects } prospects
    }
demo-name = Demo customers
demo-badge = Demo data
demo-restore = Restore demo list
demo-restored = The demo list is back as it was first delivered.

## Storage

storage-banner_title = Not saved.
storage-not_saved = { $reason } Your changes are kept in this page until you close it; export the list to keep a copy. Everything saved earlier is untouched.
storage-quota = The browser's storage for this page is full.
storage-persistent = Storage: kept. The browser agreed not to clear these lists when space runs low.
storage-best_effort = Storage: best effort. The browser did not agree to keep these lists when space runs low (browsers grant it to sites you use often or install); keep backups.
storage-persistence_unknown = Storage: this browser does not say whether it keeps these lists when space runs low; keep backups.
storage-in_indexeddb = The lists are kept in this browser’s IndexedDB database, on this computer only.
storage-in_localstorage = This browser offers no IndexedDB here: the lists are kept in localStorage, which holds about 5 MB (some tens of thousands of customers).
storage-nothing_kept = Nothing of it is stored any more.
storage-removed = Removed for good.
storage-the_index = The index of lists
storage-the_list = The list stored as { $id }
storage-download_as_found = Download it as found
storage-remove = Remove it…
storage-remove_for_good = Yes, remove it for good
storage-keep_it = Keep it
storage-conflict = This list was changed in another window or tab since this one opened it, so saving here would overwrite newer work.
storage-reload = Reload to see the newer version
storage-unavailable = The browser does not allow this page to store data (private mode or a setting).
storage-unreadable_title = Some stored lists could not be opened. They are kept as they are and will not be overwritten:

## Table

table-title = Customers and prospects
table-search = Search customers
table-filter_status = Show
table-filter_market = Market type
table-all = All
table-add = Add customer
table-added = A new customer was added at the end of the list; type its name.
table-new_customer = New customer
table-columns = Columns
table-columns_legend = Columns shown in the table
table-indicators_legend = Indicators shown in the table
indicator-p_alive = Probability alive
indicator-expected_purchases = Expected purchases
indicator-predicted_clv = Predicted CLV
table-actions = Actions
table-delete = Delete
table-delete_named = Delete { $name }
table-deleted = Deleted { $name }.
table-undo = Undo delete
table-restored = { $name } is back in the list.
table-showing =
    Showing { $shown } of { $total ->
        [one] { $total } entry
       *[other] { $total } entries
    }.
table-sort_by = Sort by { $field }
table-cell_label = { $field } of { $name }
table-invalid = Not saved: expected { $rule }; found “{ $found }”.
table-pages = Pages
table-previous_page = Previous page
table-next_page = Next page
table-page_of = Page { $page } of { $pages }
table-rows_per_page = Rows per page

## Fields

field-id = Id
field-name = Name
field-status = Status
field-needs_it = Needs it
field-can_pay = Can pay
field-market_type = Market type
field-channel = Acquisition channel
field-region = Region
field-age = Age
field-size_band = Size band
field-first_purchase = First purchase
field-revenue_per_year = Revenue
field-purchases_per_year = Purchases
field-average_order_value = Average order value
field-gross_margin = Gross margin
field-acquisition_cost = Acquisition cost
field-service_cost = Service cost
field-market_share_value = Market-share value
field-market_share_score = Market-share score
field-brand_value = Brand value
field-brand_score = Brand score
field-implicit_cost_hours = Time and effort
field-lifecycle_stage = Lifecycle stage

## Units

unit-money_per_year = { $currency } a year
unit-money_per_order = { $currency } an order
unit-money_once = { $currency }, once
unit-per_year = a year
unit-percent = %
unit-score_0_10 = 0–10
unit-hours_per_year = hours a year
unit-years = years
unit-date = date

## Rules

rule-text = text of up to 1,000 characters
rule-text_required = a name of up to 1,000 characters (it cannot be empty)
rule-custom_text = text of up to 1,000 characters
rule-choice = one of the listed choices
rule-money = an amount of money from 0 to 10¹⁵, like 1234.50
rule-per_year = a number of times a year from 0 to 10¹⁵, like 12 or 0.5
rule-fraction = a percentage from −100 % to 100 % (like 35 %) or a fraction from −1 to 1 (like 0.35)
rule-score = a score from 0 to 10
rule-hours = a number of hours from 0 to 10¹⁵
rule-years = whole years from 0 to 120
rule-date = a date like 2024-03-31 or 31.03.2024, with or without a time of day
rule-unique_id = an id no other entry has
rule-indicator = a number from −10¹⁵ to 10¹⁵

## Choices

choice-none = —
choice-market_not_given = Not given
choice-customer = Customer
choice-prospect = Prospect
choice-yes = Yes
choice-no = No
choice-unknown = Unknown
choice-consumer = Consumer
choice-producer = Producer
choice-intermediary = Intermediary (reseller)
choice-government = Government
choice-international = International
choice-referral = Referral, word of mouth
choice-customer_introduction = Introduced by a customer
choice-trade_show = Trade show or conference
choice-social_media = Social media
choice-search = Search (SEO or paid)
choice-email = E-mail
choice-direct_mail = Direct mail
choice-telephone = Telephone
choice-door_to_door = Door to door
choice-advertising = Advertising (press, TV, radio)
choice-partners = Partners
choice-directories = Directories, public records
choice-consulting = Consulting or information services
choice-personal_network = Clubs and personal network
choice-community_events = Community and charity events
choice-micro = Micro (under 10 people)
choice-small = Small (10–49)
choice-medium = Medium (50–249)
choice-large = Large (250 or more)
choice-exploration = Exploration
choice-formation = Formation
choice-stability = Stability
choice-decline = Decline
choice-age_under_25 = under 25
choice-age_65_over = 65 and over

## Import

import-title = Import
import-intro = Bring in a customer list from your CRM or spreadsheet (CSV separated by commas, semicolons, tabs or spaces), or a list exported from this page as JSON. Nothing is imported until you have seen the mapping and the check of every row.
import-pick = Import a CSV or JSON file
import-drop = …or drop a file here.
import-read_failed = The file could not be read: { $reason }
import-json_failed = This JSON file was not imported: { $reason }. Nothing was changed.
import-json_done = Imported the list “{ $name }” with { $count } entries.
import-mapping_title = Map the columns of { $file }
import-delimiter = Columns separated by
import-delimiter_comma = Comma ,
import-delimiter_semicolon = Semicolon ;
import-delimiter_tab = Tab
import-delimiter_whitespace = Spaces
import-decimal = Decimal separator
import-decimal_point = Point (1,234.5)
import-decimal_comma = Comma (1.234,5)
import-has_header = First row holds column names
import-into_current = Add to the open list instead of creating a new list
import-unreadable = The file cannot be read this way: { $reason }
import-encoding = Text encoding
import-encoding_detected = { $encoding } — detected
import-encoding_replaced = { $count } characters could not be read as { $encoding } and show as �. Check the preview; if names look wrong, choose another text encoding.
import-encoding_check = The file was read as { $encoding }. Check that names look right in the preview; if not, choose another text encoding.
encoding-utf_8 = UTF-8 (Unicode)
encoding-utf_16le = UTF-16 LE (Unicode)
encoding-utf_16be = UTF-16 BE (Unicode)
encoding-windows_1252 = Windows-1252 (Western European)
encoding-windows_1250 = Windows-1250 (Central European)
encoding-windows_1251 = Windows-1251 (Cyrillic)
encoding-windows_1258 = Windows-1258 (Vietnamese)
encoding-gbk = GBK (Simplified Chinese)
encoding-big5 = Big5 (Traditional Chinese)
encoding-shift_jis = Shift_JIS (Japanese)
encoding-euc_kr = EUC-KR (Korean)
import-date_order_for = Date order of { $column }
import-date_order_is_ymd = year-month-day
import-date_order_is_dmy = day-month-year
import-date_order_is_mdy = month-day-year
import-date_order_ambiguous = No date in { $column } has a day above 12, so its values do not tell day-month-year from month-day-year. Check the order: 05/03/2024 is 5 March in day-month-year and 3 May in month-day-year.
import-large_file = { $name } is { $size } MB. Reading it may take a minute and needs about { $memory } MB of memory; the page may not respond meanwhile, and a browser short of memory may close the tab.
import-large_file_read = Read the file
import-large_file_cancel = Do not read it
import-rows_found =
    { $count ->
        [one] { $count } data row found.
       *[other] { $count } data rows found.
    }
import-mapping_caption = Where each column of the file goes
import-column = Column
import-examples = First values
import-maps_to = Goes to
import-target_for = Field for column { $column }
import-target_ignore = Ignore this column
import-target_indicator = Scorecard indicator
import-target_custom = Custom attribute
import-preview = Preview of the first rows
import-line = Line
import-need_name = Map one column to Name before checking the rows.
import-check = Check rows
import-cancel = Cancel import
import-checking = Checking rows
import-progress = { $done } of { $total } rows checked
import-cancel_check = Stop checking
import-cancelled = Checking stopped; nothing was imported.
import-summary =
    { $good ->
        [one] { $good } good row
       *[other] { $good } good rows
    }, { $bad ->
        [one] { $bad } bad row
       *[other] { $bad } bad rows
    }.
import-revenue_disagrees = Revenue differs from purchases × average order value on lines { $lines }; these rows are imported and flagged.
import-totals_held =
    { $count ->
        [one] { $count } row looks like a total line, not a customer, and is left out unless you keep it.
       *[other] { $count } rows look like a total line, not a customer, and are left out unless you keep them.
    }
import-totals_caption = Rows left out as totals
import-total_reason = Why
import-total_reason_word = The name is a word for a total
import-total_reason_sum = The revenue equals the sum of the other rows
import-keep_row_column = Keep
import-keep_row = Keep line { $line } as a customer
import-problems = Problems found, by line
import-expected = Expected
import-found = Found
import-empty_cell = (empty)
import-more_problems = …and { $count } more problems not listed.
import-fixed_cells =
    You corrected { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    }. Check the rows again to see the result.
import-check_again = Check again
import-fix_cell = Correct line { $line }, column { $column }
import-readings_title = How values will be read
import-refused = refused
import-scale_legend = Column “{ $column }” → { $field }: numbers without a % sign are
import-scale_is_percent = percentages (39 means 39 %)
import-scale_is_fraction = fractions (0.39 means 39 %)
import-scale_preview = First values as they will be read: { $values }
import-choices_caption = Values of column “{ $column }” → { $field }
import-value_in_file = Value in the file
import-value_rows = Rows
import-read_as = Read as
import-read_value_as = Read “{ $value }” as
import-not_recognised = — not recognised: choose —
import-leave_empty = (leave empty)
import-allowed_values = Allowed values: { $values }. The page’s names in any of its languages and the keys of an export are recognised; your choices are kept with the list for the next import.
import-values_unrecognised =
    { $count ->
        [one] { $count } value not recognised: choose what it stands for, or the rows holding it will be reported as bad.
       *[other] { $count } values not recognised: choose what each stands for, or the rows holding them will be reported as bad.
    }
import-more_values = …and { $count } more distinct values not listed (is this really a column of choices?).
import-import_good =
    { $count ->
        [one] Import the { $count } good row
       *[other] Import the { $count } good rows
    }
import-import_nothing = Import nothing
import-nothing = Nothing was imported.
import-done = { $count } entries imported.

## Export

export-title = Export
export-intro = CSV opens in any spreadsheet (UTF-8; cells that could run as formulas are protected). JSON keeps everything, settings included, and imports back identically. Results: one row per customer with revenue, profit, relationship value, lifetime value, tier, rating, score, fit and target flag, and the inputs they came from. The Excel workbook keeps numbers as numbers and every name as text.
export-csv = Export CSV ({ $convention })
export-json = Export JSON
export-done = The file was offered for download.
backup-reminder = Your lists live only in this browser, and no backup of them was made this week. Some browsers (Safari) remove a site's data after seven days without a visit.
backup-not_now = Not now
export-convention_comma = comma-separated, decimal point
export-convention_semicolon = semicolon-separated, decimal comma
panic-title = Something went wrong and the page stopped working.
panic-what_now = Your lists are kept as they were at the last save. Download them all in one file to be safe, then reload the page.
panic-detail = Technical detail: { $detail }
panic-download = Download every list
panic-reload = Reload the page
export-refused = The browser did not offer “{ $file }” for download. Nothing was saved to a file; try again, or allow downloads for this page.
export-backup = Back up every list (one file)
export-backup_hint = The backup holds every list with its settings, and the purchase log; importing it here or in another browser brings them all back.
import-backup_done = Restored { $count } lists from the backup.
import-backup_done_with_log = Restored { $count } lists and the purchase log from the backup.
export-results = Export results (CSV, { $convention })
export-xlsx = Export Excel workbook
export-results_xlsx = Export results (Excel)
export-xlsx_failed = “{ $file }” could not be made ({ $error }); nothing was downloaded.
