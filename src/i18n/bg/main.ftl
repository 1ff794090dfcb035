### Bulgarian: Strings of the page frame and the views without a file of their own (overview, settings, lists, storage, customer table, import and export).

app-title = Пирамида на стойността
app-tagline = Кои клиенти да спечелите, задържите, развиете или оставите — изчислено във вашия браузър; данните ви никога не го напускат.
app-skip_to_content = Към съдържанието
nav-views = Изгледи
view-customers = Клиенти
view-import = Импорт и експорт
update-updated = Пирамида на стойността е обновена след последното ви посещение. Списъците ви са такива, каквито ги оставихте.
update-downloaded = Изтеглена е нова версия на Пирамида на стойността; тя ще се отвори при следващото ви посещение.
update-newer_tab_waits = В друг раздел е отворена по-нова версия на Пирамида на стойността и тя чака този раздел: презаредете го или го затворете, когато приключите тук. Промените ви се запазват както обикновено.
update-dismiss = Затвори
language-label = Език
chart-no_data = Все още няма какво да се начертае: таблицата по-долу показва наличните данни.
chart-failed = Графиката не можа да се начертае ({ $reason }); таблицата по-долу съдържа същите числа.
report-print = Печат на отчета
theme-label = Цветове
theme-system = Като системата
theme-light = Светли
theme-dark = Тъмни

## Views

view-overview = Обзор
view-economics = Икономика
view-pyramid = Пирамида и рейтинги
view-pareto = Парето и концентрация
view-lifetime = Жизнен цикъл
view-keeping = Задържане на клиенти
view-targets = Целеви клиенти
view-prospects = Потенциални клиенти
view-settings = Настройки
view-history = История на покупките

## Explanations

how-short = Как?
how-summary = Как се изчислява „{ $what }“?
rule-range = число от { $min } до { $max }
unit-n_years = { $n } г.
unit-money_per_hour = { $currency } на час
unit-customers = клиенти
unit-money_per_year_plain = { $currency } годишно
churn-unbounded = неограничен (без отлив)

## Overview

overview-count = Клиенти и потенциални клиенти
overview-count_value =
    { $customers ->
        [one] { $customers } клиент
       *[other] { $customers } клиенти
    }, { $prospects ->
        [one] { $prospects } потенциален
       *[other] { $prospects } потенциални
    }
overview-count_how = Анализират се записите със статус „клиент“; потенциалните клиенти се класират в изгледа „Потенциални клиенти“.
overview-revenue = Годишни приходи
overview-revenue_how = Сума по клиенти на годишните приходи (зададени или покупки годишно × средна стойност на поръчка).
overview-profit = Годишна печалба
overview-profit_how = Сума по клиенти на приходи × брутен марж − разход за обслужване − разход за привличане, отнесен към годината (марж 100 %, когато е неизвестен).
overview-relationship = Годишна стойност на отношенията
overview-relationship_how = Сума по клиенти на (явна стойност + неявна стойност в пари) − (явен разход + часове × часова ставка).
overview-ltv = Жизнена стойност на списъка
overview-ltv_how = Сума от годишната печалба на всеки клиент за очакваните му оставащи години, като всяка година се дисконтира с дисконтовия процент. Очаквани оставащи години = { $formula }, където c е процентът на отлив, а L = средна продължителност на живота − възраст за човек (непълна година добавя частта си × вероятността клиентът още да е тук); 1 ÷ отлив за организации и неизвестна възраст; отливът за вида пазар на клиента, ако е зададен, иначе този на списъка; с таван най-дългия отчитан срок.
overview-top_share = Приходи от първите 20 %
overview-top_share_how = Приходи от { $top } най-големи от { $count } { $count ->
        [one] клиент
       *[other] клиенти
    } (първите { $share }) ÷ общи приходи.
overview-gini = Коефициент на Джини на приходите
overview-gini_how = 0, когато всеки клиент купува еднакво, близо до 1, когато един клиент носи всичко; от кривата на Лоренц на приходите.
overview-targets = Целеви клиенти
overview-targets_value = { $targets } при капацитет { $capacity }
overview-targets_how = Клиентите с най-висока положителна стойност на отношенията, толкова, колкото позволява капацитетът (Настройки).
overview-lifetime = Срок на отношенията за групата
overview-lifetime_how = 1 ÷ годишен процент на отлив (Настройки).
overview-negative = Клиенти с отрицателна печалба
overview-negative_how = Клиенти, чиито приходи × марж не покриват разходите им за обслужване и привличане; изброени в изгледа „Пирамида“.
overview-warnings = Предупреждения
overview-no_warnings = Няма за какво да се предупреждава.
overview-warn_setting_replaced = Настройката „{ $setting }“ не може да бъде { $given }; вместо това е използвано { $used }.
overview-warn_revenue_missing = Клиенти без приходи: { $count }. Те не се оценяват по приходи или печалба (нямат място в класирането, ниво или място в Парето и не се броят за губещи); в общите суми влизат само разходите им.
overview-warn_revenue_disagrees =
    При { $count ->
        [one] { $count } клиент
       *[other] { $count } клиенти
    } приходите не съвпадат с покупки × стойност на поръчка; използват се въведените приходи.
overview-warn_spend_below_revenue =
    При { $count ->
        [one] { $count } клиент
       *[other] { $count } клиенти
    } приходите надвишават всичките му разходи в категорията; делът от портфейла е над 100 % и е маркиран.
overview-warn_margin_assumed = Клиенти без брутен марж: { $count }; за тях се приема 100 %.
overview-warn_duplicate_ids = Записи с вече използван идентификатор: { $count }; дайте на всеки запис собствен идентификатор.
overview-concentration_flag = Риск от концентрация: { $name } носи { $share } от приходите.
overview-negative_profit = Клиенти на загуба: { $count }; вижте изгледа „Пирамида“.
overview-big_eat_margin = Големите клиенти поемат { $service } от разходите за обслужване, но носят { $profit } от печалбата.
share-none = няма дял
share-no_losses = няма
share-losses = { $sum } ({ $count } на загуба)
overview-big_lose_money = Най-големите клиенти по приходи като цяло са на загуба: печалба { $net } годишно.
overview-go_import = Импорт на списък с клиенти

## Settings

settings-intro = Всяко изчисление използва тези настройки; те се запазват заедно със списъка.
settings-money = Пари
settings-currency = Валута (ISO код)
settings-currency_invalid = Не е запазено: очаква се трибуквен код на валута, напр. EUR, USD или BGN.
settings-hourly_rate = Цена на един час усилия
settings-acquisition_charge = Разходът за привличане се отнася
settings-charge_year_won = към годината, в която клиентът е спечелен
settings-charge_spread = разпределено за очаквания срок на клиента
settings-analysis_year = Анализирана година (празно: най-късната година на първа покупка в списъка)
settings-relationship = Стойност на отношенията
settings-company_stage = Етап на фирмата
settings-stage_startup = Стартъп: първо явната стойност
settings-stage_growth = Растеж: първо пазарният дял
settings-stage_mature = Зрялост: първо марката
settings-weight_explicit = Тегло на явната стойност
settings-weight_share = Тегло на стойността за пазарния дял
settings-weight_brand = Тегло на стойността за марката
settings-life_expectancy = Средна продължителност на живота
settings-target_ranking = Класиране на целевите клиенти по
settings-ranking_money = стойност на отношенията в пари
settings-ranking_score = оценка на отношенията (тегла по етап)
settings-capacity = Капацитет: клиенти, които можете да обслужвате добре
settings-lifetime = Жизнен цикъл
settings-discount_rate = Годишен дисконтов процент
settings-discount_convention = Дисконтиране
settings-convention_first = първата година без дисконт: { $formula }
settings-convention_end = всяка година дисконтирана: { $formula }
settings-churn_rate = Годишен отлив
settings-benchmark_churn = Отлив на фирма за сравнение
settings-max_lifetime = Най-дълъг отчитан срок
settings-retention_budget = Бюджет за задържане
settings-pareto = Парето и концентрация
settings-pareto_top = Проверяван дял на най-големите клиенти
settings-pareto_value = Дял от стойността, който да се достигне
settings-concentration = Праг на концентрация (дял от приходите)
settings-migration_candidates = Клиенти, изброени под всяка граница

## Lists

lists-region = Списъци с клиенти
lists-open = Отвори списък
lists-name = Име на списъка
lists-new = Нов списък
lists-new_name = Нов списък
lists-duplicate = Дублирай списъка
lists-copy_suffix = (копие)
lists-delete = Изтрий списъка
lists-confirm_delete =
    Да се изтрие ли списъкът „{ $name }“ с { $count ->
        [one] неговия { $count } запис
       *[other] неговите { $count } записа
    }? Това не може да се отмени; първо го експортирайте, за да запазите копие.
lists-confirm_delete_yes = Да, изтрий списъка
lists-confirm_delete_no = Запази списъка
lists-created = Списъкът „{ $name }“ е създаден и отворен.
lists-renamed = Списъкът е преименуван на „{ $name }“.
lists-deleted = Списъкът „{ $name }“ е изтрит.
lists-rename_invalid = Списъкът трябва да има име, което никой друг списък няма.
lists-counts =
    { $customers ->
        [one] { $customers } клиент
       *[other] { $customers } клиенти
    }, { $prospects ->
        [one] { $prospects } потенциален
       *[other] { $prospects } потенциални
    }
demo-name = Демо клиенти
demo-badge = Демо данни
demo-restore = Възстанови демо списъка
demo-restored = Демо списъкът е върнат в първоначалния си вид.

## Storage

storage-banner_title = Не е запазено.
storage-not_saved = { $reason } Промените ви се пазят в тази страница, докато не я затворите; експортирайте списъка, за да запазите копие. Всичко запазено преди това е непокътнато.
storage-quota = Хранилището на браузъра за тази страница е пълно.
storage-persistent = Съхранение: запазено. Браузърът се съгласи да не изтрива тези списъци при липса на място.
storage-best_effort = Съхранение: без гаранция. Браузърът не се съгласи да пази тези списъци при липса на място (дава го на сайтове, които ползвате често или сте инсталирали); правете резервни копия.
storage-persistence_unknown = Съхранение: този браузър не казва дали пази тези списъци при липса на място; правете резервни копия.
storage-in_indexeddb = Списъците се пазят в базата данни IndexedDB на този браузър, само на този компютър.
storage-in_localstorage = Този браузър не предлага IndexedDB тук: списъците се пазят в localStorage, който побира около 5 MB (няколко десетки хиляди клиенти).
storage-nothing_kept = От него вече нищо не е запазено.
storage-removed = Премахнато окончателно.
storage-the_index = Индексът на списъците
storage-the_list = Списъкът, запазен като { $id }
storage-download_as_found = Изтегли го както е намерен
storage-remove = Премахни го…
storage-remove_for_good = Да, премахни го окончателно
storage-keep_it = Запази го
storage-conflict = Този списък е променен в друг прозорец или раздел, откакто този го отвори, затова записът тук би презаписал по-нова работа.
storage-reload = Презареди, за да видиш по-новата версия
storage-older_tab_open = Пирамида на стойността е отворена в друг раздел с по-стара версия, която държи запазените списъци. Презаредете или затворете другите раздели на Пирамида на стойността и този ще се отвори веднага; нищо запазено не се губи.
storage-newer_version_stored = След зареждането на тази страница в този браузър е отворена по-нова версия на Пирамида на стойността, която пази списъците в по-нов вид. Презаредете страницата, за да я използвате; нищо запазено не се губи.
storage-unavailable = Браузърът не позволява на тази страница да съхранява данни (поверителен режим или настройка).
storage-unreadable_title = Някои съхранени списъци не можаха да се отворят. Те се пазят непроменени и няма да бъдат презаписани:

## Table

table-title = Клиенти и потенциални клиенти
table-search = Търсене на клиенти
table-filter_status = Покажи
table-filter_market = Вид пазар
table-all = Всички
table-add = Добави клиент
table-added = В края на списъка е добавен нов клиент; въведете името му.
table-new_customer = Нов клиент
table-columns = Колони
table-columns_legend = Колони, показани в таблицата
table-indicators_legend = Показатели в таблицата
indicator-p_alive = Вероятност да е активен
indicator-expected_purchases = Очаквани покупки
indicator-predicted_clv = Прогнозна CLV
table-actions = Действия
table-delete = Изтрий
table-delete_named = Изтрий { $name }
table-deleted = { $name } е изтрит.
table-undo = Отмени изтриването
table-restored = { $name } отново е в списъка.
table-more_reasons =
    { $count ->
        [one] Още { $count } причина
       *[other] Още { $count } причини
    }
table-showing =
    Показани { $shown } от { $total ->
        [one] { $total } запис
       *[other] { $total } записа
    }.
table-sort_by = Сортиране по { $field }
table-cell_label = { $field } на { $name }
table-invalid = Не е запазено: очаква се { $rule }; въведено е „{ $found }“.
table-pages = Страници
table-previous_page = Предишна страница
table-next_page = Следваща страница
table-page_of = Страница { $page } от { $pages }
table-rows_per_page = Редове на страница
table-all_rows = Всички, с превъртане

## Fields

field-id = ID
field-name = Име
field-status = Статус
field-needs_it = Има нужда
field-can_pay = Може да плати
field-market_type = Вид пазар
field-channel = Канал за привличане
field-region = Регион
field-age = Възраст
field-size_band = Размер
field-first_purchase = Първа покупка
field-lost_on = Загубен на
field-revenue_per_year = Приходи
field-purchases_per_year = Покупки
field-average_order_value = Средна стойност на поръчка
field-gross_margin = Брутен марж
field-acquisition_cost = Разход за привличане
field-service_cost = Разход за обслужване
field-market_share_value = Стойност за пазарния дял
field-market_share_score = Оценка за пазарния дял
field-brand_value = Стойност за марката
field-brand_score = Оценка за марката
field-implicit_cost_hours = Време и усилия
field-lifecycle_stage = Етап от жизнения цикъл
field-delivered_product = Стойност на продукта
field-delivered_service = Стойност на обслужването
field-delivered_people = Стойност на хората
field-delivered_image = Стойност на имиджа
field-customer_cost_price = Цена за клиента
field-customer_cost_time = Разход на време за клиента
field-customer_cost_effort = Разход на усилия за клиента
field-customer_cost_risk = Риск за клиента
field-category_spend = Разходи в категорията
field-profit_growth = Ръст на печалбата

## Units

unit-money_per_year = { $currency } годишно
unit-money_per_order = { $currency } на поръчка
unit-money_once = { $currency }, еднократно
unit-per_year = годишно
unit-percent = %
unit-score_0_10 = 0–10
unit-hours_per_year = часа годишно
unit-years = години
unit-date = дата

## Rules

rule-text = текст до 1000 знака
rule-text_required = име до 1000 знака (не може да е празно)
rule-custom_text = текст до 1000 знака
rule-choice = един от изброените варианти
rule-money = парична сума от 0 до 10¹⁵, напр. 1234,50
rule-per_year = брой пъти годишно от 0 до 10¹⁵, напр. 12 или 0,5
rule-fraction = процент от −100 % до 100 % (напр. 35 %) или дроб от −1 до 1 (напр. 0,35)
rule-score = оценка от 0 до 10
rule-growth = ръст над −100 % до 100 % годишно (напр. 10 %) или дроб над −1 до 1 (напр. 0,1)
rule-category_spend = разходи в категорията не по-малки от приходите от клиента (нашите приходи са част от тях)
rule-hours = брой часове от 0 до 10¹⁵
rule-years = цели години от 0 до 120
rule-date = дата във вида 2024-03-31 или 31.03.2024, със или без час
rule-unique_id = ID, което никой друг запис няма
rule-indicator = число от −10¹⁵ до 10¹⁵

## Choices

choice-none = —
choice-market_not_given = Не е посочен
choice-customer = Клиент
choice-prospect = Потенциален клиент
choice-former = Бивш клиент
choice-yes = Да
choice-no = Не
choice-unknown = Неизвестно
choice-consumer = Потребителски
choice-producer = Производствен
choice-intermediary = Посреднически (препродавачи)
choice-government = Държавен
choice-international = Международен
choice-referral = Препоръка, от уста на уста
choice-customer_introduction = Представен от клиент
choice-trade_show = Търговско изложение или конференция
choice-social_media = Социални мрежи
choice-search = Търсачки (SEO или платено)
choice-email = Имейл
choice-direct_mail = Директна поща
choice-telephone = Телефон
choice-door_to_door = От врата на врата
choice-advertising = Реклама (преса, ТВ, радио)
choice-partners = Партньори
choice-directories = Указатели, публични регистри
choice-consulting = Консултантски или информационни услуги
choice-personal_network = Клубове и лични контакти
choice-community_events = Обществени и благотворителни събития
choice-micro = Микро (под 10 души)
choice-small = Малка (10–49)
choice-medium = Средна (50–249)
choice-large = Голяма (250 или повече)
choice-exploration = Проучване
choice-formation = Изграждане
choice-stability = Стабилност
choice-decline = Упадък
choice-age_under_25 = под 25
choice-age_65_over = 65 и повече

## Import

import-title = Импорт
import-intro = Заредете списък с клиенти от вашата CRM система или електронна таблица (CSV, разделен със запетаи, точка и запетая, табулации или интервали) или списък, експортиран от тази страница като JSON. Нищо не се импортира, преди да сте видели съпоставянето и проверката на всеки ред.
import-pick = Импорт на CSV или JSON файл
import-drop = …или пуснете файл тук.
import-read_failed = Файлът не можа да се прочете: { $reason }
import-json_failed = Този JSON файл не е импортиран: { $reason }. Нищо не е променено.
import-json_done =
    Импортиран е списъкът „{ $name }“ с { $count ->
        [one] { $count } запис
       *[other] { $count } записа
    }.
import-mapping_title = Съпоставяне на колоните от { $file }
import-delimiter = Разделител на колоните
import-delimiter_comma = Запетая ,
import-delimiter_semicolon = Точка и запетая ;
import-delimiter_tab = Табулация
import-delimiter_whitespace = Интервали
import-decimal = Десетичен разделител
import-decimal_point = Точка (1,234.5)
import-decimal_comma = Запетая (1.234,5)
import-has_header = Първият ред съдържа имената на колоните
import-into_current = Добави към отворения списък вместо да се създава нов
import-unreadable = Файлът не може да се прочете по този начин: { $reason }
import-encoding = Кодировка на текста
import-encoding_detected = { $encoding } — разпозната
import-encoding_replaced = { $count ->
        [one] { $count } знак не можа да се прочете като { $encoding } и се показва като
       *[other] { $count } знака не можаха да се прочетат като { $encoding } и се показват като
    } �. Проверете прегледа; ако имената изглеждат грешно, изберете друга кодировка на текста.
import-encoding_check = Файлът е прочетен като { $encoding }. Проверете дали имената в прегледа изглеждат правилно; ако не, изберете друга кодировка на текста.
encoding-utf_8 = UTF-8 (Уникод)
encoding-utf_16le = UTF-16 LE (Уникод)
encoding-utf_16be = UTF-16 BE (Уникод)
encoding-windows_1252 = Windows-1252 (западноевропейска)
encoding-windows_1250 = Windows-1250 (централноевропейска)
encoding-windows_1251 = Windows-1251 (кирилица)
encoding-windows_1258 = Windows-1258 (виетнамска)
encoding-gbk = GBK (опростен китайски)
encoding-big5 = Big5 (традиционен китайски)
encoding-shift_jis = Shift_JIS (японски)
encoding-euc_kr = EUC-KR (корейски)
import-date_order_for = Ред на датата в { $column }
import-date_order_is_ymd = година-месец-ден
import-date_order_is_dmy = ден-месец-година
import-date_order_is_mdy = месец-ден-година
import-date_order_ambiguous = Нито една дата в { $column } няма ден над 12, затова стойностите не показват дали редът е ден-месец-година или месец-ден-година. Проверете реда: 05/03/2024 е 5 март при ден-месец-година и 3 май при месец-ден-година.
import-large_file = { $name } е { $size } MB. Прочитането може да отнеме минута и изисква около { $memory } MB памет; междувременно страницата може да не отговаря, а браузър с недостиг на памет може да затвори раздела.
import-large_file_read = Прочети файла
import-large_file_cancel = Не го чети
import-rows_found = Намерени редове с данни: { $count }.
import-mapping_caption = Къде отива всяка колона от файла
import-column = Колона
import-examples = Първи стойности
import-maps_to = Отива в
import-target_for = Поле за колона { $column }
import-target_ignore = Пропусни тази колона
import-target_indicator = Показател от оценъчната карта
import-target_custom = Собствен атрибут
import-preview = Преглед на първите редове
import-line = Ред
import-need_name = Съпоставете една колона с „Име“, преди да проверите редовете.
import-check = Провери редовете
import-cancel = Откажи импорта
import-checking = Проверка на редовете
import-progress = Проверени { $done } от { $total } { $total ->
        [one] ред
       *[other] реда
    }
import-cancel_check = Спри проверката
import-cancelled = Проверката е спряна; нищо не е импортирано.
import-analysing = Анализ на новия списък
import-analysis_progress = { $done } от { $total } { $total ->
        [one] етап
       *[other] етапа
    }
import-cancel_analysis = Спри анализа
import-analysis_cancelled = Анализът е спрян; нищо не е импортирано. Изберете файла отново, за да го импортирате.
import-summary = Редове без грешки: { $good }; с грешки: { $bad }.
import-revenue_disagrees = Приходите се различават от покупки × средна стойност на поръчка на редове { $lines }; тези редове се импортират и се маркират.
import-spend_below_revenue = Приходите надвишават всички разходи на клиента в категорията на редове { $lines }; тези редове се импортират и се маркират.
import-totals_held =
    { $count ->
        [one] { $count } ред изглежда като ред с общ сбор, а не като клиент, и се пропуска, освен ако не го запазите.
       *[other] { $count } реда изглеждат като ред с общ сбор, а не като клиент, и се пропускат, освен ако не ги запазите.
    }
import-totals_caption = Редове, пропуснати като общи сборове
import-total_reason = Причина
import-total_reason_word = Името е дума за общ сбор
import-total_reason_sum = Приходите са равни на сбора на останалите редове
import-keep_row_column = Запазване
import-keep_row = Запази ред { $line } като клиент
import-problems = Открити проблеми, по редове
import-expected = Очаква се
import-found = Въведено
import-empty_cell = (празно)
import-more_problems = …и още { $count ->
        [one] { $count } проблем, който не е изброен
       *[other] { $count } проблема, които не са изброени
    }.
import-fixed_cells =
    Поправихте { $count ->
        [one] { $count } клетка
       *[other] { $count } клетки
    }. Проверете редовете отново, за да видите резултата.
import-check_again = Провери отново
import-fix_cell = Поправи ред { $line }, колона { $column }
import-readings_title = Как ще бъдат прочетени стойностите
import-refused = отхвърлено
import-scale_legend = Колона „{ $column }“ → { $field }: числата без знак % са
import-scale_is_percent = проценти (39 означава 39 %)
import-scale_is_fraction = дроби (0,39 означава 39 %)
import-scale_preview = Първите стойности, както ще бъдат прочетени: { $values }
import-choices_caption = Стойности на колона „{ $column }“ → { $field }
import-value_in_file = Стойност във файла
import-value_rows = Редове
import-read_as = Чете се като
import-read_value_as = Чети „{ $value }“ като
import-not_recognised = — неразпознато: изберете —
import-leave_empty = (остави празно)
import-allowed_values = Позволени стойности: { $values }. Разпознават се имената на страницата на всеки от езиците ѝ и ключовете на експорт; изборът ви се пази със списъка за следващия внос.
import-values_unrecognised =
    { $count ->
        [one] { $count } неразпозната стойност: изберете какво означава, иначе редовете с нея ще бъдат отчетени като грешни.
       *[other] { $count } неразпознати стойности: изберете какво означава всяка, иначе редовете с тях ще бъдат отчетени като грешни.
    }
import-more_values = …и още { $count ->
        [one] { $count } различна стойност, която не е изброена
       *[other] { $count } различни стойности, които не са изброени
    } (наистина ли това е колона с избор?).
import-import_good = Импортирай редовете без грешки ({ $count })
import-import_nothing = Не импортирай нищо
import-nothing = Нищо не е импортирано.
import-done = Импортирани записи: { $count }.

## Export

export-title = Експорт
export-intro = CSV се отваря във всяка електронна таблица (UTF-8; клетките, които биха могли да се изпълнят като формули, са защитени). JSON запазва всичко, включително настройките, и се импортира обратно без промени. Резултати: по един ред на клиент с приходи, печалба, стойност на отношенията, жизнена стойност, ниво, рейтинг, оценка, съответствие и маркер за целеви клиент, както и входните данни, от които са изчислени. Работната книга на Excel пази числата като числа и всяко име като текст.
export-csv = Експорт в CSV ({ $convention })
export-json = Експорт в JSON
export-done = Файлът е предложен за изтегляне.
backup-reminder = Списъците ви са само в този браузър и тази седмица не е правено резервно копие. Някои браузъри (Safari) изтриват данните на сайт след седем дни без посещение.
backup-not_now = Не сега
export-convention_comma = разделител запетая, десетична точка
export-convention_semicolon = разделител точка и запетая, десетична запетая
panic-title = Нещо се обърка и страницата спря да работи.
panic-what_now = Списъците ви са запазени както при последния запис. За сигурност ги изтеглете всички в един файл, после презаредете страницата.
panic-detail = Технически подробности: { $detail }
panic-download = Изтегли всички списъци
panic-reload = Презареди страницата
export-refused = Браузърът не предложи „{ $file }“ за изтегляне. Нищо не е записано във файл; опитайте отново или разрешете изтеглянията за тази страница.
export-backup = Резервно копие на всички списъци (един файл)
export-backup_hint = Копието съдържа всеки списък с настройките му и дневника на покупките; вносът му тук или в друг браузър ги връща всички.
import-backup_done =
    { $count ->
        [one] Възстановен е { $count } списък от резервното копие.
       *[other] Възстановени са { $count } списъка от резервното копие.
    }
import-backup_done_with_log =
    Възстановени са { $count ->
        [one] { $count } списък
       *[other] { $count } списъка
    } и дневникът на покупките от резервното копие.
export-results = Експорт на резултатите (CSV, { $convention })
export-xlsx = Експорт в работна книга на Excel
export-results_xlsx = Експорт на резултатите (Excel)
export-xlsx_failed = „{ $file }“ не можа да бъде създаден ({ $error }); нищо не е изтеглено.
export-xlsx_making = „{ $file }“ се създава; ще бъде предложен за изтегляне веднага щом е готов.
overview-chart_pyramid = Пирамидата на стойността
overview-chart_lorenz = Кривата 80/20 на приходите
overview-chart_profit_tiers = Годишна печалба по ниво
overview-chart_ltv_cac = LTV : CAC по канал
overview-axis_tier = Ниво
overview-axis_profit = Годишна печалба ({ $currency })
overview-axis_ratio = LTV : CAC (пунктир: 1)
overview-see_pyramid = Към пирамидата
overview-see_pareto = Към анализа 80/20
overview-see_profiles = Към профилите на нивата
overview-see_economics = Към икономиката на привличането
overview-next_title = Какво да направите сега
overview-next_grow_title = Клиенти за развитие
overview-next_grow =
    { $count ->
        [one] { $count } клиент е близо до следващото ниво; планът за преминаване казва какво трябва да спечели.
       *[other] { $count } клиенти са близо до следващото ниво; планът за преминаване казва какво трябва да спечели всеки.
    }
overview-next_grow_none = Няма клиент близо до следващото ниво.
overview-next_losing_title = Клиенти на загуба
overview-next_losing =
    { $count ->
        [one] { $count } клиент е на загуба: { $loss } годишно. Обслужвайте го по-евтино, искайте повече или се разделете с него.
       *[other] { $count } клиенти са на загуба: общо { $loss } годишно. Обслужвайте ги по-евтино, искайте повече или се разделете с тях.
    }
overview-next_losing_none = Няма клиент на загуба.
overview-next_concentration_title = Риск от концентрация
overview-next_concentrated =
    { $count ->
        [one] { $count } клиент носи { $threshold } от приходите или повече: { $name }, { $share }. Загубата му би навредила; разпределете риска.
       *[other] { $count } клиенти носят всеки { $threshold } от приходите или повече; най-големият, { $name }, носи { $share }. Загубата на един би навредила; разпределете риска.
    }
overview-next_not_concentrated = Никой клиент не носи { $threshold } от приходите или повече; горните { $top } носят { $share }.
overview-see_migration = Към плана за преминаване
overview-see_losing = Кой е на загуба
overview-see_concentration = Към риска от концентрация
overview-next_keep_title = Клиенти за задържане
overview-see_keeping = Към задържането на клиенти
overview-next_keep = Задържането на клиент струва { $keep }; спечелването на нов – { $cac } ({ $times }×).
overview-next_keep_replacing = Спечелването на клиент ({ $cac }) струва по-малко от задържането му ({ $keep }).
overview-next_keep_missing = Въведете разходите за задържане, за да сравните задържането на клиент със замяната му.
overview-next_keep_risks =
    { $count ->
        [one] { $count } риск от отлив.
       *[other] { $count } риска от отлив.
    }
overview-more_figures = Още показатели
overview-as_table = Като таблица
overview-col_customers = Клиенти
overview-col_ratio = LTV : CAC
app-menu = Меню
report-back = Обратно към страницата
report-title = Отчет за стойността на клиентите
report-date = Дата
report-currency = Валута
names-financial = Финансов
names-sales = Продажби
names-customer = Клиент
names-service = Обслужване
names-profitable = Обслужването им е печелившо
names-profit_value = Стойност по печалба
names-potential_value = Потенциална стойност
import-reading = Четене на файла…
import-reading_rows = Прочетени { $count } { $count ->
        [one] ред
       *[other] реда
    }
import-cancel_reading = Спри четенето
import-reading_cancelled = Четенето е спряно; файлът не е отворен.
