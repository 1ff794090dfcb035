### Bulgarian: Strings of the economics view.

economics-intro = Колко струва да спечелите и да обслужвате клиенти и колко печели всеки клиент, след като тези разходи се отчетат.

## Line editors

economics-col_name = Име
economics-col_kind = Вид
economics-col_amount = Сума
economics-col_channel = Канал
economics-col_actions = Действия
economics-remove = Премахни
economics-no_channel = Без конкретен канал
economics-kind_sales_staff = Търговски персонал
economics-kind_direct_mail = Директна поща
economics-kind_web_online = Уеб и онлайн
economics-kind_advertising = Реклама (преса, ТВ, радио)
economics-kind_trade_shows = Изложения и конференции
economics-kind_contract_staff = Заплати на нает персонал
economics-kind_project_managers = Ръководители на проекти
economics-kind_delivery = Доставка на продукта или услугата
economics-kind_other = Други
economics-spend_caption = Разходи за привличане през периода
economics-add_spend = Добави разход
economics-new_spend = Нов разход
economics-no_spend = Все още няма въведени разходи.
economics-spend_added = Добавен е ред за разход; въведете името и сумата му.
economics-spend_removed = Разходът „{ $name }“ е премахнат.
economics-spend_name_label = Име на разход { $n }
economics-spend_kind_label = Вид на разход { $n }
economics-spend_amount_label = Сума на разход { $n }
economics-spend_channel_label = Канал на разход { $n }
economics-spend_remove_label = Премахни разход { $n }
economics-service_caption = Разходи за обслужване за годината
economics-add_service = Добави разход за обслужване
economics-new_service = Нов разход
economics-no_service = Все още няма въведени разходи за обслужване.
economics-service_added = Добавен е ред за разход за обслужване; въведете името и сумата му.
economics-service_removed = Разходът за обслужване „{ $name }“ е премахнат.
economics-service_name_label = Име на разход за обслужване { $n }
economics-service_kind_label = Вид на разход за обслужване { $n }
economics-service_amount_label = Сума на разход за обслужване { $n }
economics-service_remove_label = Премахни разход за обслужване { $n }

## Acquisition

economics-acquisition = Разход за привличане
economics-spend_intro = Въведете похарченото за спечелване на клиенти през периода — търговски персонал, директна поща, уеб и онлайн, реклама, изложения, други — всяко на отделен ред с име. Посочете канала, за който е платен даден разход, за да видите цената на спечелен клиент за този канал.
economics-total_spend = Общо разходи за привличане
economics-total_spend_how = Сумата на редовете с разходи, по вид: { $parts }.
economics-total_spend_how_empty = Сумата на редовете с разходи; все още няма въведени.
economics-part = { $what } { $amount }
economics-new_customers = Нови клиенти, спечелени през периода (празно: преброяват се от списъка)
economics-source_entered = Използват се въведените от вас { $n } { $n ->
        [one] нов клиент
       *[other] нови клиенти
    }.
economics-source_won_in_year = Преброени от списъка: { $n } { $n ->
        [one] клиент
       *[other] клиенти
    } с първа покупка през { $year } — анализираната година от Настройки.
economics-source_whole_list = Преброени от списъка: { $n ->
        [one] { $n } клиент
       *[other] всички { $n } клиенти
    }, защото никой клиент няма дата на първа покупка и не е въведен брой. Това е най-грубата оценка; въведете броя по-горе или попълнете датата на първа покупка на клиентите.
economics-cac = Среден разход за привличане (CAC)
economics-cac_how = Общо разходи за привличане ÷ спечелени нови клиенти = { $spend } ÷ { $count } = { $cac } на нов клиент.
economics-cac_how_error = Общо разходи за привличане ÷ спечелени нови клиенти. В момента не може да се изчисли: { $reason }
economics-not_available = Няма данни
economics-rough = Средният CAC е първа, груба оценка. Когато е известна цената на клиент за даден канал или собственият разход за привличане на клиента, печалбата от този клиент се изчислява с нея.
economics-chart_cac_ltv = Цена на спечелен клиент и средна жизнена стойност преди разхода за привличане, по канали
economics-channels = Разход за привличане и жизнена стойност по канали
economics-col_spend = Разходи
economics-col_won = Спечелени клиенти
economics-col_cac = CAC
economics-col_avg_ltv = Среден LTV преди разхода за привличане
economics-col_ltv_cac = LTV : CAC
economics-title_spend = Сумата на редовете с разходи, в които е посочен този канал
economics-title_won = Клиенти, дошли по този канал и спечелени през периода
economics-title_cac = CAC на канала = разходи за канала ÷ спечелени клиенти
economics-title_avg_ltv = Средна жизнена стойност на клиентите от канала преди разхода за привличане
economics-title_ltv_cac = Среден LTV преди разхода за привличане ÷ CAC на канала
economics-ratio = { $x } : 1
economics-channels_note = CAC на канала = разходите за канала ÷ спечелените от него клиенти. LTV : CAC = средната жизнена стойност на клиентите му преди разхода за привличане ÷ неговия CAC; над 1 клиентът от канала изработва обратно онова, което е струвало спечелването му. Тире означава, че стойността не може да се изчисли: няма разход с този канал или каналът не е спечелил клиенти.
economics-no_channels = Все още няма канали: посочете на клиентите канала, по който са дошли, или посочете канал в ред с разход.

## Cost to serve

economics-service = Разход за обслужване
economics-service_intro = Въведете годишните разходи за обслужване на клиенти — заплати на нает персонал, ръководители на проекти, доставка на продукта или услугата, други — всяко на отделен ред с име.
economics-customers_served = Обслужени клиенти през годината (празно: преброяват се от списъка)
economics-served_counted = Преброени от списъка: { $n } { $n ->
        [one] клиент
       *[other] клиенти
    }.
economics-served_entered = Използват се въведените от вас { $n } { $n ->
        [one] обслужен клиент
       *[other] обслужени клиенти
    }.
economics-average_service = Среден разход за обслужване
economics-service_how = Общо разходи за обслужване за годината ÷ обслужени клиенти = { $total } ÷ { $count } = { $average } на клиент годишно.
economics-service_how_error = Общо разходи за обслужване за годината ÷ обслужени клиенти. В момента не може да се изчисли: { $reason }
economics-own_note = Собственият разход за обслужване на клиента, когато е известен, заменя средния: { $own } от { $count } { $count ->
        [one] клиент има
       *[other] клиенти имат
    } собствен, { $average } си поделят остатъка от общата сума, { $unknown } нямат нито едното, нито другото и се броят с 0.

## Profit ranking

economics-ranking = Класиране по печалба
economics-ranking_intro = Клиентите, класирани по годишна печалба = приходи × брутен марж − разход за обслужване − разход за привличане, отнесен към периода, с класирането по приходи до нея.
economics-ranking_why = Печалбата не следва приходите: голям купувач с високи разходи за доставка и обслужване може да носи по-малко от малък. Отбелязани са редовете, при които двете места в класирането се различават с { $threshold } или повече: { $less } клиенти носят много по-малко, отколкото подсказват приходите им, { $more } — много повече. Преди да печелите още клиенти като първата група, вижте колко струва обслужването им.
economics-ranking_caption = Клиенти по годишна печалба
economics-col_rank = Място по печалба
economics-col_customer = Клиент
economics-col_revenue = Приходи
economics-col_revenue_rank = Място по приходи
economics-col_profit = Печалба
economics-col_margin = Използван марж
economics-col_service = Използван разход за обслужване
economics-col_acquisition = Отнесен разход за привличане
economics-col_gap = Сравнение на местата
economics-title_rank = 1 = най-висока годишна печалба
economics-title_revenue = Годишни приходи (покупки годишно × средна стойност на поръчка, ако не са зададени)
economics-title_revenue_rank = 1 = най-високи приходи
economics-title_profit = Годишна печалба = приходи × марж − разход за обслужване − отнесен разход за привличане
economics-title_margin = Брутният марж на клиента; 100 %, когато е неизвестен
economics-title_service = Собственият разход за обслужване на клиента, иначе неговият дял от остатъка на общата сума, иначе 0
economics-title_acquisition = Разход за привличане (собствен, иначе CAC на канала, иначе споделеният CAC), отнесен към този период: изцяло за клиентите, спечелени през анализираната година, или разпределен за срока на отношенията (вижте Настройки)
economics-title_gap = Отбелязва се, когато местата по приходи и по печалба са далеч едно от друго
economics-gap_less = Носи много по-малко, отколкото подсказват приходите
economics-gap_more = Носи много повече, отколкото подсказват приходите
economics-revenue_unknown = неизвестни (броят се като 0)
economics-margin_assumed = { $margin } (предполагаем)
economics-with_source = { $value } ({ $source })
economics-source_own = собствен
economics-source_average = дял от остатъка
economics-source_average_cac = споделен CAC
economics-source_channel = CAC на канала
economics-source_unknown = неизвестен, 0
economics-ranking_note = Печалба = приходи × марж − разход за обслужване − отнесен разход за привличане, пари годишно. Места: 1 = най-голямо. Източникът на всеки разход е в скоби.
economics-ranking_pages = Страници на класирането по печалба
economics-no_customers = В този списък все още няма клиенти.
economics-chart_axis_money = { $currency }
economics-source_won_latest_year = Преброени от списъка: { $n } { $n ->
        [one] клиент
       *[other] клиенти
    } с първа покупка през { $year } — най-късната година на първа покупка в списъка (задайте друга анализирана година в Настройки).
economics-allocation = Разпределено между новите клиенти: спечелените чрез канал със собствен разход носят CAC на този канал; останалите { $n } си поделят остатъка от { $spend }, по { $cac } на клиент. Общо това е въведеният разход.
economics-not_allocated = { $amount } от разходите не са разпределени: всички нови клиенти са дошли чрез канал, който носи собствения си разход, и не остава кой да поеме останалото.
economics-ltv_cac = LTV : CAC
economics-ltv_cac_how = Средна жизнена стойност преди разхода за привличане ÷ среден CAC = { $ltv } ÷ { $cac } = { $ratio }. Жизнената стойност се взема преди разхода за привличане, за да не се брои разходът два пъти.
economics-ltv_cac_how_missing = Средна жизнена стойност преди разхода за привличане ÷ среден CAC. Не може да се изчисли, докато не са известни и двете.
economics-year_note_spread = Годишната печалба носи разхода за привличане на всеки клиент, разпределен за очаквания срок на отношенията (вижте Настройки); жизнената стойност го изважда веднъж.
economics-year_note_no_dates = { $n ->
        [one] { $n } клиент няма
       *[other] Никой от { $n } клиенти няма
    } дата на първа покупка, затова към годишната печалба не се отнася разход за привличане; жизнената стойност го изважда веднъж.
economics-year_note_entered = Годишната печалба носи разхода за привличане само на клиентите, спечелени през { $year } — анализираната година от Настройки; жизнената стойност на всички го изважда веднъж.
economics-year_note_latest = Годишната печалба носи разхода за привличане само на клиентите, спечелени през { $year } — най-късната година на първа покупка в списъка; жизнената стойност на всички го изважда веднъж.
economics-unknown_year = { $n } { $n ->
        [one] клиент няма
       *[other] клиенти нямат
    } дата на първа покупка: разходът за привличането им не се отнася към печалбата за годината.
economics-share_service = Разход за обслужване на клиент без собствен разход
economics-share_how = (Общ разход за обслужване − собствени разходи) ÷ клиенти без собствен разход = ({ $total } − { $own }) ÷ { $count } = { $share } годишно на клиент. Заедно със собствените разходи се разпределя точно въведената обща сума.
economics-share_how_missing = (Общ разход за обслужване − собствени разходи) ÷ клиенти без собствен разход. Сега не може да се изчисли: няма използваема обща сума или всички обслужени клиенти имат собствен разход.
economics-own_exceeds = Собствените разходи за обслужване на клиентите ({ $own }) надхвърлят въведената обща сума ({ $total }) с { $excess }: клиентите без собствен разход носят 0, а използваните разходи са повече от общата сума. Проверете редовете с разходи и собствените разходи.
economics-service_not_allocated = { $amount } от общия разход за обслужване не са разпределени: всички обслужени клиенти имат собствен разход.
economics-not_charged_year_unknown = { $value } (неизвестна година на първа покупка: не се отнася)
economics-kind_financial = Финансово
economics-kind_social = Социално
economics-kind_structural = Структурно
economics-col_level = Ниво
economics-retention_caption = Разходи за задържане за годината
economics-add_retention = Добавяне на ред за задържане
economics-new_retention = Нов ред за задържане
economics-no_retention = Още няма редове за задържане.
economics-retention_added = Добавен е ред за задържане; въведете име, ниво и сума.
economics-retention_removed = Редът за задържане „{ $name }“ е премахнат.
economics-retention_name_label = Име на ред за задържане { $n }
economics-retention_level_label = Ниво на ред за задържане { $n }
economics-retention_amount_label = Сума на ред за задържане { $n }
economics-retention_remove_label = Премахване на ред за задържане { $n }
economics-cac_how_sales = Общи разходи за привличане ÷ сключени продажби през годината = { $spend } ÷ { $count } = { $cac } на сключена продажба.
economics-cac_denominator = Разходите се делят на
economics-denominator_new_customers = Спечелени нови клиенти
economics-denominator_sales_closed = Сключени продажби през годината
economics-sales_closed = Сключени продажби през годината
economics-denominator_sales = Средната CAC дели разходите на сключените през годината продажби, както изходната статия; собствените цени за придобиване на клиентите все така разпределят разходите между новите клиенти.
economics-denominator_no_sales = Избрани са сключените продажби, но не са въведени: средната CAC дели разходите на новите клиенти, докато не въведете сключените продажби.
economics-service_benchmark = Цена на обслужване в отрасъла (числото на счетоводителя)
economics-benchmark_none = Въведете цената за обслужване на клиент в отрасъла (попитайте счетоводителя си), за да я сравните със средната на списъка.
economics-benchmark_above = Средната цена на обслужване на списъка, { $average }, е с { $difference } над тази на отрасъла, { $benchmark } ({ $ratio } пъти): тук обслужването струва повече от обичайното.
economics-benchmark_below = Средната цена на обслужване на списъка, { $average }, е с { $difference } под тази на отрасъла, { $benchmark } ({ $ratio } пъти).
economics-benchmark_equal = Средната цена на обслужване на списъка е равна на тази на отрасъла, { $benchmark }.
