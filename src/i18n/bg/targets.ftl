### Bulgarian: Strings of the targets view.

targets-intro = Кои клиенти да обслужвате първо: най-добрите, които капацитетът ви позволява, доколко всеки съответства на профила на идеалния ви клиент, дали пазарът зад този профил е достатъчно голям и как се разпределя списъкът по вид пазар.

## Capacity-limited targets

targets-list_title = Целеви клиенти в рамките на капацитета ви
targets-summary = Целеви клиенти: { $targets } (капацитет { $capacity }); други клиенти: { $others }, изброени отделно.
targets-unused = { $unused ->
        [one] { $unused } място от капацитета остава празно
       *[other] { $unused } места от капацитета остават празни
    }: никой друг клиент няма положителна стойност на отношенията.
targets-ranked_money = Клиентите се класират по стойност на отношенията в пари; целевите са първите с положителна стойност, толкова, колкото позволява капацитетът.
targets-ranked_score = Клиентите се класират по оценка на отношенията (тегла по етап); целевите са първите с положителна стойност на отношенията в пари, толкова, колкото позволява капацитетът.
targets-no_targets = Няма целеви клиенти: капацитетът е 0 или никой клиент няма положителна стойност на отношенията.
targets-targets_caption = Целеви клиенти, първо най-добрите ({ $count })
targets-others_caption = Други клиенти, изброени отделно ({ $count })
targets-targets_pages = Страници с целеви клиенти
targets-others_pages = Страници с други клиенти
targets-col_rank = Място
targets-col_value = Стойност на отношенията
targets-col_value_title = (явна + неявна стойност) − (явен + неявен разход), пари годишно
targets-col_score = Оценка на отношенията
targets-col_score_title = Нормализирани явна стойност, стойност за пазарния дял и за марката, претеглени по етап, минус нормализирания разход, приблизително от −1 до 1
targets-col_fit = Съответствие
targets-col_fit_title = 100 × тегло на изпълнените критерии от профила ÷ общо тегло (0–100)
targets-col_why = Защо не е целеви
targets-why_capacity = извън капацитета
targets-why_not_positive = стойността на отношенията не е положителна
targets-list_note = Стойност на отношенията = (явна стойност + неявна стойност) − (явен разход + неявен разход), пари годишно. Клиент със стойност 0 или по-малко никога не е целеви, какъвто и да е капацитетът.

## Ideal customer profile

targets-icp_title = Профил на идеалния клиент
targets-icp_intro = Критерии за самия клиент (възраст, доходи, размер, вид, процес на вземане на решения, финансово състояние) и за съответствието му с нас (нужното обслужване спрямо онова, което можем да дадем, печалбата от обслужването му). Оценка на съответствието = претеглен дял на изпълнените критерии, 0–100; неизвестните данни не изпълняват критерий.
targets-icp_criterion = Критерий { $n }
targets-icp_name = Име
targets-icp_new_name = Нов критерий
targets-icp_name_required = Критерият трябва да има име.
targets-icp_area = Област
targets-area_customer = Самият клиент
targets-area_fit = Съответствие с нас
targets-icp_weight = Тегло
targets-icp_test = Проверка
targets-kind_at_least = Показател поне
targets-kind_at_most = Показател най-много
targets-kind_between = Показател между
targets-kind_market_type_in = Видът пазар е един от
targets-kind_size_band_in = Размерът е един от
targets-kind_region_in = Регионът е един от
targets-kind_attribute_in = Атрибутът има една от стойностите
targets-icp_indicator = Показател
targets-ind_revenue = Приходи
targets-ind_profit = Печалба
targets-ind_purchase_frequency = Покупки годишно
targets-ind_average_order_value = Средна стойност на поръчка
targets-ind_gross_margin = Брутен марж
targets-ind_service_cost = Разход за обслужване
targets-ind_relationship_value = Стойност на отношенията
targets-ind_lifetime_value = Жизнена стойност
targets-ind_size_band = Размер (1 микро – 4 голяма)
targets-ind_age = Възраст
targets-ind_share_of_wallet = Дял от портфейла
targets-ind_named = Друг показател, по име
targets-icp_named = Име на показателя
targets-icp_named_required = Посочете името на показателя (както е в списъка, напр. growth или credit_rating).
targets-icp_min = Най-ниска допустима стойност
targets-icp_max = Най-висока допустима стойност
targets-icp_range_upside_down = Не е запазено: най-ниската допустима стойност не може да е над най-високата.
targets-unit_fraction = дроб, 0,35 = 35 %
targets-unit_size = 1 микро – 4 голяма
targets-unit_named = собствената единица на показателя
targets-unit_fit = оценка на съответствие 0–100
targets-icp_market_types = Допустими видове пазар
targets-icp_size_bands = Допустими размери
targets-icp_one_needed = Оставете поне едно отметнато; премахнете критерия, ако не ви трябва.
targets-icp_regions = Допустими региони (разделени със запетаи)
targets-icp_attribute = Име на атрибута
targets-icp_attribute_required = Посочете името на атрибута (както е в списъка, напр. industry).
targets-icp_values = Допустими стойности (разделени със запетаи)
targets-icp_list_required = Не е запазено: въведете поне една стойност.
targets-icp_list_empty = Все още няма въведена стойност: никой клиент не изпълнява този критерий.
targets-icp_remove = Премахни
targets-icp_remove_named = Премахни критерия { $name }
targets-icp_removed = Критерият „{ $name }“ е премахнат.
targets-icp_add = Добави критерий
targets-icp_added = В края е добавен нов критерий; дайте му име и проверка.
targets-icp_threshold = Съответствие, от което клиентът отговаря на профила

## Fit scores

targets-fit_title = Съответствие с профила
targets-fit_caption = Клиенти по оценка на съответствието, първо най-добрите
targets-fit_pages = Страници с оценки на съответствието
targets-fit_none = Няма оценки на съответствието: задайте поне един критерий с тегло над нула.
targets-col_matches = Отговаря на профила
targets-col_matches_title = Съответствие на или над прага
targets-col_target = Целеви
targets-fit_note = Съответствие = 100 × (тегло на изпълнените критерии) ÷ (общо тегло). Клиентът отговаря на профила при съответствие от { $threshold } нагоре.

## Market reality

targets-market_title = Пазарна реалност
targets-market_intro = Колко клиенти като профила има на целевия ви пазар и колко фирми се борят за тях. Въведете размера на пазара; оставете дела празен, за да се изчисли от този списък.
targets-market_size = Клиенти на целевия пазар
targets-market_share = Дял от тях, отговарящ на профила (празно: изчислява се от този списък)
targets-competitors = Конкуренти, които се борят за тях
targets-min_addressable = Предупреждение под този брой достижими клиенти
targets-min_per_firm = Предупреждение под този брой достижими клиенти на фирма
targets-market_none = Въведете броя клиенти на целевия пазар, за да сверите профила с пазарната реалност.
targets-addressable = Достижими клиенти
targets-addressable_how = Достижими = размер на пазара × дял, отговарящ на профила = { $size } × { $share } = { $addressable }.
targets-share_estimated = Делът е изчислен от този списък: делът на записите му (клиенти и потенциални клиенти) със съответствие { $threshold } или повече. Потенциалният клиент още няма печалба или разход за обслужване, затова критериите по тях не са изпълнени за него.
targets-per_firm = Достижими клиенти на фирма
targets-per_firm_how = На фирма = достижими ÷ (конкуренти + 1, ние) = { $addressable } ÷ ({ $competitors } + 1) = { $per_firm }.
targets-market_ok = Профилът оставя достатъчно голям пазар без прекалено силна конкуренция.

## Market types

targets-markets_title = По вид пазар
targets-markets_caption = Клиенти, потенциални клиенти, приходи и печалба по вид пазар
targets-col_customers = Клиенти
targets-col_prospects = Потенциални клиенти
targets-col_revenue = Приходи
targets-col_revenue_share = Дял от приходите
targets-col_revenue_share_title = Приходи от вида пазар ÷ общи приходи
targets-col_profit = Печалба
targets-col_profit_share = Дял от печалбата
targets-col_profit_share_title = Печалба на печелившите клиенти от вида пазар ÷ печалба на всички печеливши клиенти (никога отрицателна; загубите са в съседната колона)
targets-col_losses = Загуби
targets-col_losses_title = Сума от печалбата на клиентите от вида пазар, които са на загуба, и броят им
targets-col_average_profit = Печалба на клиент
targets-col_average_profit_title = Печалба от вида пазар ÷ клиентите му
targets-markets_note = Видове пазар: потребителски, производствен, посреднически (препродавачи), държавен, международен. Таблицата с клиенти може да се филтрира по вид пазар. Запис без вид пазар се брои на отделен ред, „Не е посочен“, никога като потребителски; при внос вид пазар, който не може да се разчете, се съобщава с реда и колоната си и този ред не се внася.
