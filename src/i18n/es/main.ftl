### Spanish: Strings of the page frame and the views without a file of their own (overview, settings, lists, storage, customer table, import and export).

app-title = Pirámide de valor
app-tagline = Qué clientes conquistar, conservar, hacer crecer o dejar ir: se calcula en su navegador y sus datos nunca salen de él.
app-skip_to_content = Ir al contenido
nav-views = Vistas
view-customers = Clientes
view-import = Importar y exportar
update-updated = Pirámide de valor se actualizó desde su última visita. Sus listas están tal como las dejó.
update-downloaded = Se descargó una nueva versión de Pirámide de valor; se abrirá en su próxima visita.
update-newer_tab_waits = Se abrió una versión más reciente de Pirámide de valor en otra pestaña, que espera a esta: recárguela o ciérrela cuando termine aquí. Sus cambios se guardan como siempre.
update-dismiss = Cerrar
language-label = Idioma
chart-no_data = Aún no hay nada que dibujar: la tabla de abajo muestra lo que hay.
chart-failed = No se pudo dibujar el gráfico ({ $reason }); la tabla de abajo tiene las mismas cifras.
report-print = Imprimir informe
theme-label = Colores
theme-system = Como el sistema
theme-light = Claro
theme-dark = Oscuro

## Views

view-overview = Resumen
view-economics = Economía
view-pyramid = Pirámide y calificaciones
view-pareto = Pareto y concentración
view-lifetime = Vida del cliente
view-keeping = Conservar clientes
view-targets = Clientes objetivo
view-prospects = Clientes potenciales
view-settings = Configuración
view-history = Historial de compras

## Explanations

how-short = ¿Cómo?
how-summary = ¿Cómo se calcula «{ $what }»?
rule-range = un número de { $min } a { $max }
unit-n_years = { $n } { $n ->
        [one] año
       *[other] años
    }
unit-money_per_hour = { $currency } por hora
unit-customers = clientes
unit-money_per_year_plain = { $currency } al año
churn-unbounded = ilimitada (sin abandono)

## Overview

overview-count = Clientes y clientes potenciales
overview-count_value =
    { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clientes
    }, { $prospects ->
        [one] { $prospects } cliente potencial
       *[other] { $prospects } clientes potenciales
    }
overview-count_how = Se analizan las entradas con estado «cliente»; los clientes potenciales se clasifican en la vista Clientes potenciales.
overview-revenue = Ingresos al año
overview-revenue_how = Suma, para todos los clientes, de los ingresos anuales (dados, o compras al año × valor medio del pedido).
overview-profit = Beneficio al año
overview-profit_how = Suma, para todos los clientes, de ingresos × margen bruto − costo de servicio − costo de adquisición imputado al año (margen del 100 % si se desconoce).
overview-relationship = Valor de la relación al año
overview-relationship_how = Suma de (valor explícito + valor implícito en dinero) − (costo explícito + horas × tarifa por hora) para todos los clientes.
overview-ltv = Valor de vida de la lista
overview-ltv_how = Suma del beneficio anual de cada cliente durante sus años restantes esperados, cada año descontado a la tasa de descuento. Años restantes esperados = { $formula }, donde c es la tasa de abandono y L = esperanza de vida − edad para una persona (un año parcial añade su fracción × la probabilidad de seguir siendo cliente); 1 ÷ abandono para organizaciones y edades desconocidas; el abandono del tipo de mercado del cliente si está definido, si no el de la lista; con el tope de la vida más larga contada.
overview-top_share = Ingresos del 20 % superior
overview-top_share_how = Ingresos de los { $top } mayores de { $count } { $count ->
        [one] cliente
       *[other] clientes
    } (el { $share } superior) ÷ ingresos totales.
overview-gini = Coeficiente de Gini de los ingresos
overview-gini_how = 0 cuando todos los clientes compran lo mismo, cerca de 1 cuando un solo cliente lo aporta todo; se obtiene de la curva de Lorenz de los ingresos.
overview-targets = Clientes objetivo
overview-targets_value = { $targets } de una capacidad de { $capacity }
overview-targets_how = Los clientes con mayor valor de la relación positivo, tantos como permita la capacidad (Configuración).
overview-lifetime = Vida del grupo
overview-lifetime_how = 1 ÷ tasa de abandono anual (Configuración).
overview-negative = Clientes con beneficio negativo
overview-negative_how = Clientes cuyos ingresos × margen no cubren su costo de servicio y de adquisición; se listan en la vista Pirámide.
overview-warnings = Advertencias
overview-no_warnings = No hay nada que advertir.
overview-warn_setting_replaced = El ajuste «{ $setting }» no puede ser { $given }; se usó { $used } en su lugar.
overview-warn_revenue_missing =
    { $count ->
        [one] { $count } cliente no tiene ingresos: no se califica por ingresos ni por beneficio (sin puesto en el ranking, nivel ni lugar en el Pareto, y no se cuenta como cliente con pérdidas); en los totales solo cuentan sus costos.
       *[other] { $count } clientes no tienen ingresos: no se califican por ingresos ni por beneficio (sin puesto en el ranking, nivel ni lugar en el Pareto, y no se cuentan como clientes con pérdidas); en los totales solo cuentan sus costos.
    }
overview-warn_revenue_disagrees =
    Para { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    } los ingresos no coinciden con compras × valor del pedido; se usan los ingresos indicados.
overview-warn_spend_below_revenue =
    Para { $count ->
        [one] { $count } cliente
       *[other] { $count } clientes
    } los ingresos superan todo su gasto en la categoría; la cuota del gasto se muestra por encima del 100 % y marcada.
overview-warn_margin_assumed =
    { $count ->
        [one] { $count } cliente no tiene margen bruto; se supone un 100 %.
       *[other] { $count } clientes no tienen margen bruto; se supone un 100 %.
    }
overview-warn_duplicate_ids =
    { $count ->
        [one] { $count } registro repite un identificador ya usado; dé a cada registro el suyo.
       *[other] { $count } registros repiten un identificador ya usado; dé a cada registro el suyo.
    }
overview-concentration_flag = Riesgo de concentración: { $name } aporta el { $share } de los ingresos.
overview-negative_profit =
    { $count ->
        [one] { $count } cliente genera pérdidas; vea la vista Pirámide.
       *[other] { $count } clientes generan pérdidas; vea la vista Pirámide.
    }
overview-big_eat_margin = Los grandes clientes consumen el { $service } del costo de servicio pero aportan el { $profit } del beneficio.
share-none = sin proporción
share-no_losses = ninguna
share-losses = { $sum } ({ $count } con pérdidas)
overview-big_lose_money = Los mayores clientes por ingresos, en conjunto, pierden dinero: { $net } de beneficio al año.
overview-go_import = Importar una lista de clientes

## Settings

settings-intro = Todos los cálculos usan esta configuración; se guarda con la lista.
settings-money = Dinero
settings-currency = Moneda (código ISO)
settings-currency_invalid = No se guardó: se espera un código de moneda de tres letras, como EUR, USD o VND.
settings-hourly_rate = Precio de una hora de esfuerzo
settings-acquisition_charge = El costo de adquisición se imputa
settings-charge_year_won = en el año en que se ganó al cliente
settings-charge_spread = repartido a lo largo de la vida esperada del cliente
settings-analysis_year = Año analizado (vacío: el año de primera compra más reciente de la lista)
settings-relationship = Valor de la relación
settings-company_stage = Etapa de la empresa
settings-stage_startup = Inicio: primero el valor explícito
settings-stage_growth = Crecimiento: primero la cuota de mercado
settings-stage_mature = Madurez: primero la marca
settings-weight_explicit = Peso del valor explícito
settings-weight_share = Peso del valor de cuota de mercado
settings-weight_brand = Peso del valor de marca
settings-life_expectancy = Esperanza de vida
settings-target_ranking = Clasificar clientes objetivo por
settings-ranking_money = valor de la relación en dinero
settings-ranking_score = puntuación de la relación (pesos por etapa)
settings-capacity = Capacidad: clientes que puede atender bien
settings-lifetime = Vida del cliente
settings-discount_rate = Tasa de descuento anual
settings-discount_convention = Descuento
settings-convention_first = primer año sin descontar: { $formula }
settings-convention_end = todos los años descontados: { $formula }
settings-churn_rate = Abandono anual
settings-benchmark_churn = Abandono de una empresa de referencia
settings-max_lifetime = Vida máxima considerada
settings-retention_budget = Presupuesto de retención
settings-pareto = Pareto y concentración
settings-pareto_top = Proporción superior de clientes analizada
settings-pareto_value = Proporción del valor a alcanzar
settings-concentration = Umbral de concentración (proporción de ingresos)
settings-migration_candidates = Clientes listados bajo cada punto de corte

## Lists

lists-region = Listas de clientes
lists-open = Lista abierta
lists-name = Nombre de la lista
lists-new = Nueva lista
lists-new_name = Nueva lista
lists-duplicate = Duplicar lista
lists-copy_suffix = (copia)
lists-delete = Eliminar lista
lists-confirm_delete =
    ¿Eliminar la lista «{ $name }» con { $count ->
        [one] su { $count } entrada
       *[other] sus { $count } entradas
    }? No se puede deshacer; expórtela antes para conservar una copia.
lists-confirm_delete_yes = Sí, eliminar esta lista
lists-confirm_delete_no = Conservar la lista
lists-created = Lista «{ $name }» creada y abierta.
lists-renamed = Lista renombrada como «{ $name }».
lists-deleted = Lista «{ $name }» eliminada.
lists-rename_invalid = Una lista necesita un nombre que no tenga ninguna otra lista.
lists-counts =
    { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clientes
    }, { $prospects ->
        [one] { $prospects } cliente potencial
       *[other] { $prospects } clientes potenciales
    }
demo-name = Clientes de demostración
demo-badge = Datos de demostración
demo-restore = Restaurar lista de demostración
demo-restored = La lista de demostración volvió a su estado original.

## Storage

storage-banner_title = No guardado.
storage-not_saved = { $reason } Sus cambios se conservan en esta página hasta que la cierre; exporte la lista para conservar una copia. Todo lo guardado antes sigue intacto.
storage-quota = El almacenamiento del navegador para esta página está lleno.
storage-persistent = Almacenamiento: conservado. El navegador aceptó no borrar estas listas cuando falte espacio.
storage-best_effort = Almacenamiento: sin garantía. El navegador no aceptó conservar estas listas cuando falte espacio (lo concede a sitios que usa a menudo o instala); haga copias de seguridad.
storage-persistence_unknown = Almacenamiento: este navegador no dice si conserva estas listas cuando falta espacio; haga copias de seguridad.
storage-in_indexeddb = Las listas se guardan en la base de datos IndexedDB de este navegador, solo en este ordenador.
storage-in_localstorage = Este navegador no ofrece IndexedDB aquí: las listas se guardan en localStorage, que admite unos 5 MB (algunas decenas de miles de clientes).
storage-nothing_kept = Ya no queda nada guardado de ello.
storage-removed = Eliminado definitivamente.
storage-the_index = El índice de listas
storage-the_list = La lista guardada como { $id }
storage-download_as_found = Descargarlo tal como está
storage-remove = Eliminarlo…
storage-remove_for_good = Sí, eliminarlo definitivamente
storage-keep_it = Conservarlo
storage-conflict = Esta lista se cambió en otra ventana o pestaña desde que esta la abrió, así que guardar aquí sobrescribiría un trabajo más reciente.
storage-reload = Recargar para ver la versión más reciente
storage-older_tab_open = Pirámide de valor está abierta en otra pestaña con una versión anterior, que retiene las listas guardadas. Recargue o cierre las demás pestañas de Pirámide de valor y esta se abrirá enseguida; no se pierde nada de lo guardado.
storage-newer_version_stored = Después de cargar esta página se abrió en este navegador una versión más reciente de Pirámide de valor, que guarda las listas en un formato más nuevo. Recargue esta página para usarla; no se pierde nada de lo guardado.
storage-unavailable = El navegador no permite que esta página guarde datos (modo privado o una opción de configuración).
storage-unreadable_title = No se pudieron abrir algunas listas guardadas. Se conservan tal como están y no se sobrescribirán:

## Table

table-title = Clientes y clientes potenciales
table-search = Buscar clientes
table-filter_status = Mostrar
table-filter_market = Tipo de mercado
table-all = Todos
table-add = Añadir cliente
table-added = Se añadió un cliente nuevo al final de la lista; escriba su nombre.
table-new_customer = Cliente nuevo
table-columns = Columnas
table-columns_legend = Columnas visibles en la tabla
table-indicators_legend = Indicadores que muestra la tabla
indicator-p_alive = Probabilidad de seguir activo
indicator-expected_purchases = Compras esperadas
indicator-predicted_clv = CLV previsto
table-actions = Acciones
table-delete = Eliminar
table-delete_named = Eliminar { $name }
table-deleted = Se eliminó { $name }.
table-undo = Deshacer eliminación
table-restored = { $name } vuelve a estar en la lista.
table-more_reasons =
    { $count ->
        [one] { $count } motivo más
       *[other] { $count } motivos más
    }
table-showing =
    Se muestran { $shown } de { $total ->
        [one] { $total } entrada
       *[other] { $total } entradas
    }.
table-sort_by = Ordenar por { $field }
table-cell_label = { $field } de { $name }
table-invalid = No se guardó: se esperaba { $rule }; se encontró «{ $found }».
table-pages = Páginas
table-previous_page = Página anterior
table-next_page = Página siguiente
table-page_of = Página { $page } de { $pages }
table-rows_per_page = Filas por página
table-all_rows = Todas, con desplazamiento

## Fields

field-id = Id
field-name = Nombre
field-status = Estado
field-needs_it = Lo necesita
field-can_pay = Puede pagar
field-market_type = Tipo de mercado
field-channel = Canal de adquisición
field-region = Región
field-age = Edad
field-size_band = Tamaño
field-first_purchase = Primera compra
field-lost_on = Perdido el
field-revenue_per_year = Ingresos
field-purchases_per_year = Compras
field-average_order_value = Valor medio del pedido
field-gross_margin = Margen bruto
field-acquisition_cost = Costo de adquisición
field-service_cost = Costo de servicio
field-market_share_value = Valor de cuota de mercado
field-market_share_score = Puntuación de cuota de mercado
field-brand_value = Valor de marca
field-brand_score = Puntuación de marca
field-implicit_cost_hours = Tiempo y esfuerzo
field-lifecycle_stage = Etapa del ciclo de vida
field-delivered_product = Valor del producto
field-delivered_service = Valor del servicio
field-delivered_people = Valor del personal
field-delivered_image = Valor de la imagen
field-customer_cost_price = Precio para el cliente
field-customer_cost_time = Coste en tiempo para el cliente
field-customer_cost_effort = Coste en esfuerzo para el cliente
field-customer_cost_risk = Riesgo para el cliente
field-category_spend = Gasto en la categoría
field-profit_growth = Crecimiento del beneficio

## Units

unit-money_per_year = { $currency } al año
unit-money_per_order = { $currency } por pedido
unit-money_once = { $currency }, una vez
unit-per_year = al año
unit-percent = %
unit-score_0_10 = 0–10
unit-hours_per_year = horas al año
unit-years = años
unit-date = fecha

## Rules

rule-text = un texto de hasta 1.000 caracteres
rule-text_required = un nombre de hasta 1.000 caracteres (no puede estar vacío)
rule-custom_text = un texto de hasta 1.000 caracteres
rule-choice = una de las opciones de la lista
rule-money = un importe de 0 a 10¹⁵, como 1234,50
rule-per_year = un número de veces al año de 0 a 10¹⁵, como 12 o 0,5
rule-fraction = un porcentaje de −100 % a 100 % (como 35 %) o una fracción de −1 a 1 (como 0,35)
rule-score = una puntuación de 0 a 10
rule-growth = un crecimiento de más de −100 % hasta 100 % al año (como 10 %) o una fracción de más de −1 hasta 1 (como 0,1)
rule-category_spend = un gasto en la categoría no menor que los ingresos del cliente (nuestros ingresos son parte de él)
rule-hours = un número de horas de 0 a 10¹⁵
rule-years = años enteros de 0 a 120
rule-date = una fecha como 2024-03-31 o 31.03.2024, con o sin hora
rule-unique_id = un id que ninguna otra entrada tenga
rule-indicator = un número de −10¹⁵ a 10¹⁵

## Choices

choice-none = —
choice-market_not_given = No indicado
choice-customer = Cliente
choice-prospect = Cliente potencial
choice-former = Antiguo cliente
choice-yes = Sí
choice-no = No
choice-unknown = Se desconoce
choice-consumer = Consumidor
choice-producer = Productor
choice-intermediary = Intermediario (revendedor)
choice-government = Gobierno
choice-international = Internacional
choice-referral = Recomendación, boca a boca
choice-customer_introduction = Presentado por un cliente
choice-trade_show = Feria o congreso
choice-social_media = Redes sociales
choice-search = Búsqueda (SEO o de pago)
choice-email = Correo electrónico
choice-direct_mail = Correo directo
choice-telephone = Teléfono
choice-door_to_door = Puerta a puerta
choice-advertising = Publicidad (prensa, TV, radio)
choice-partners = Socios
choice-directories = Directorios, registros públicos
choice-consulting = Consultoría o servicios de información
choice-personal_network = Clubes y red personal
choice-community_events = Eventos comunitarios y benéficos
choice-micro = Micro (menos de 10 personas)
choice-small = Pequeña (10–49)
choice-medium = Mediana (50–249)
choice-large = Grande (250 o más)
choice-exploration = Exploración
choice-formation = Formación
choice-stability = Estabilidad
choice-decline = Declive
choice-age_under_25 = menos de 25
choice-age_65_over = 65 o más

## Import

import-title = Importar
import-intro = Traiga una lista de clientes de su CRM o de su hoja de cálculo (CSV separado por comas, punto y coma, tabuladores o espacios), o una lista exportada desde esta página como JSON. No se importa nada hasta que haya visto la asignación de columnas y la comprobación de cada fila.
import-pick = Importar un archivo CSV o JSON
import-drop = …o suelte un archivo aquí.
import-read_failed = No se pudo leer el archivo: { $reason }
import-json_failed = Este archivo JSON no se importó: { $reason }. No se cambió nada.
import-json_done =
    Se importó la lista «{ $name }» con { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }.
import-mapping_title = Asignar las columnas de { $file }
import-delimiter = Columnas separadas por
import-delimiter_comma = Coma ,
import-delimiter_semicolon = Punto y coma ;
import-delimiter_tab = Tabulador
import-delimiter_whitespace = Espacios
import-decimal = Separador decimal
import-decimal_point = Punto (1,234.5)
import-decimal_comma = Coma (1.234,5)
import-has_header = La primera fila contiene los nombres de columna
import-into_current = Añadir a la lista abierta en lugar de crear una lista nueva
import-unreadable = El archivo no se puede leer de esta forma: { $reason }
import-encoding = Codificación del texto
import-encoding_detected = { $encoding } — detectada
import-encoding_replaced = { $count ->
        [one] { $count } carácter no se pudo leer como { $encoding } y aparece como
       *[other] { $count } caracteres no se pudieron leer como { $encoding } y aparecen como
    } �. Revise la vista previa; si los nombres se ven mal, elija otra codificación del texto.
import-encoding_check = El archivo se leyó como { $encoding }. Compruebe que los nombres se vean bien en la vista previa; si no, elija otra codificación del texto.
encoding-utf_8 = UTF-8 (Unicode)
encoding-utf_16le = UTF-16 LE (Unicode)
encoding-utf_16be = UTF-16 BE (Unicode)
encoding-windows_1252 = Windows-1252 (Europa occidental)
encoding-windows_1250 = Windows-1250 (Europa central)
encoding-windows_1251 = Windows-1251 (cirílico)
encoding-windows_1258 = Windows-1258 (vietnamita)
encoding-gbk = GBK (chino simplificado)
encoding-big5 = Big5 (chino tradicional)
encoding-shift_jis = Shift_JIS (japonés)
encoding-euc_kr = EUC-KR (coreano)
import-date_order_for = Orden de fecha de { $column }
import-date_order_is_ymd = año-mes-día
import-date_order_is_dmy = día-mes-año
import-date_order_is_mdy = mes-día-año
import-date_order_ambiguous = Ninguna fecha de { $column } tiene un día mayor que 12, así que sus valores no distinguen día-mes-año de mes-día-año. Compruebe el orden: 05/03/2024 es el 5 de marzo en día-mes-año y el 3 de mayo en mes-día-año.
import-large_file = { $name } ocupa { $size } MB. Leerlo puede tardar un minuto y necesita unos { $memory } MB de memoria; mientras tanto la página puede no responder, y un navegador con poca memoria puede cerrar la pestaña.
import-large_file_read = Leer el archivo
import-large_file_cancel = No leerlo
import-rows_found =
    { $count ->
        [one] Se encontró { $count } fila de datos.
       *[other] Se encontraron { $count } filas de datos.
    }
import-mapping_caption = Destino de cada columna del archivo
import-column = Columna
import-examples = Primeros valores
import-maps_to = Destino
import-target_for = Campo de la columna { $column }
import-target_ignore = Ignorar esta columna
import-target_indicator = Indicador del cuadro de mando
import-target_custom = Atributo personalizado
import-preview = Vista previa de las primeras filas
import-line = Línea
import-need_name = Asigne una columna a Nombre antes de comprobar las filas.
import-check = Comprobar filas
import-cancel = Cancelar importación
import-checking = Comprobando filas
import-progress = { $done } de { $total } { $total ->
        [one] fila comprobada
       *[other] filas comprobadas
    }
import-cancel_check = Detener comprobación
import-cancelled = Comprobación detenida; no se importó nada.
import-analysing = Analizando la nueva lista
import-analysis_progress = { $done } de { $total } { $total ->
        [one] etapa
       *[other] etapas
    }
import-cancel_analysis = Detener el análisis
import-analysis_cancelled = Análisis detenido; no se importó nada. Elija el archivo de nuevo para importarlo.
import-summary =
    { $good ->
        [one] { $good } fila correcta
       *[other] { $good } filas correctas
    }, { $bad ->
        [one] { $bad } fila con errores
       *[other] { $bad } filas con errores
    }.
import-revenue_disagrees = Los ingresos no coinciden con compras × valor medio del pedido en las líneas { $lines }; estas filas se importan marcadas.
import-spend_below_revenue = Los ingresos superan todo el gasto del cliente en la categoría en las líneas { $lines }; estas filas se importan marcadas.
import-totals_held =
    { $count ->
        [one] { $count } fila parece una línea de total, no un cliente, y se deja fuera salvo que la conserve.
       *[other] { $count } filas parecen una línea de total, no un cliente, y se dejan fuera salvo que las conserve.
    }
import-totals_caption = Filas dejadas fuera por ser totales
import-total_reason = Motivo
import-total_reason_word = El nombre es una palabra de total
import-total_reason_sum = Los ingresos son la suma de las demás filas
import-keep_row_column = Conservar
import-keep_row = Conservar la línea { $line } como cliente
import-problems = Problemas encontrados, por línea
import-expected = Se esperaba
import-found = Se encontró
import-empty_cell = (vacío)
import-more_problems = …y { $count } { $count ->
        [one] problema más
       *[other] problemas más
    } sin listar.
import-fixed_cells =
    Ha corregido { $count ->
        [one] { $count } celda
       *[other] { $count } celdas
    }. Vuelva a comprobar las filas para ver el resultado.
import-check_again = Comprobar de nuevo
import-fix_cell = Corregir la línea { $line }, columna { $column }
import-readings_title = Cómo se leerán los valores
import-refused = rechazado
import-scale_legend = Columna «{ $column }» → { $field }: los números sin signo % son
import-scale_is_percent = porcentajes (39 significa 39 %)
import-scale_is_fraction = fracciones (0,39 significa 39 %)
import-scale_preview = Primeros valores tal como se leerán: { $values }
import-choices_caption = Valores de la columna «{ $column }» → { $field }
import-value_in_file = Valor en el archivo
import-value_rows = Filas
import-read_as = Se lee como
import-read_value_as = Leer «{ $value }» como
import-not_recognised = — no reconocido: elija —
import-leave_empty = (dejar vacío)
import-allowed_values = Valores permitidos: { $values }. Se reconocen los nombres de la página en cualquiera de sus idiomas y las claves de una exportación; sus elecciones se guardan con la lista para la próxima importación.
import-values_unrecognised =
    { $count ->
        [one] { $count } valor no reconocido: elija qué significa, o las filas que lo contienen se darán como erróneas.
       *[other] { $count } valores no reconocidos: elija qué significa cada uno, o las filas que los contienen se darán como erróneas.
    }
import-more_values = …y { $count } { $count ->
        [one] valor distinto más
       *[other] valores distintos más
    } sin listar (¿es realmente una columna de opciones?).
import-import_good =
    { $count ->
        [one] Importar { $count } fila correcta
       *[other] Importar las { $count } filas correctas
    }
import-import_nothing = No importar nada
import-nothing = No se importó nada.
import-done =
    { $count ->
        [one] { $count } entrada importada.
       *[other] { $count } entradas importadas.
    }

## Export

export-title = Exportar
export-intro = CSV se abre en cualquier hoja de cálculo (UTF-8; las celdas que podrían ejecutarse como fórmulas están protegidas). JSON lo conserva todo, incluida la configuración, y se vuelve a importar idéntico. Resultados: una fila por cliente con ingresos, beneficio, valor de la relación, valor de vida, nivel, calificación, puntuación, ajuste y marca de cliente objetivo, y los datos de los que provienen. El libro de Excel guarda los números como números y todos los nombres como texto.
export-csv = Exportar CSV ({ $convention })
export-json = Exportar JSON
export-done = Se ofreció el archivo para su descarga.
backup-reminder = Sus listas solo están en este navegador y esta semana no se hizo ninguna copia. Algunos navegadores (Safari) borran los datos de un sitio tras siete días sin visitarlo.
backup-not_now = Ahora no
export-convention_comma = separado por comas, punto decimal
export-convention_semicolon = separado por punto y coma, coma decimal
panic-title = Algo salió mal y la página dejó de funcionar.
panic-what_now = Sus listas se conservan como estaban en el último guardado. Descárguelas todas en un archivo por seguridad y luego recargue la página.
panic-detail = Detalle técnico: { $detail }
panic-download = Descargar todas las listas
panic-reload = Recargar la página
export-refused = El navegador no ofreció «{ $file }» para descargar. No se guardó ningún archivo; inténtelo de nuevo o permita las descargas en esta página.
export-backup = Copia de seguridad de todas las listas (un archivo)
export-backup_hint = La copia contiene todas las listas con su configuración y el registro de compras; importarla aquí o en otro navegador lo recupera todo.
import-backup_done =
    { $count ->
        [one] Se restauró { $count } lista de la copia de seguridad.
       *[other] Se restauraron { $count } listas de la copia de seguridad.
    }
import-backup_done_with_log =
    Se restauraron { $count ->
        [one] { $count } lista
       *[other] { $count } listas
    } y el registro de compras de la copia de seguridad.
export-results = Exportar resultados (CSV, { $convention })
export-xlsx = Exportar libro de Excel
export-results_xlsx = Exportar resultados (Excel)
export-xlsx_failed = No se pudo crear «{ $file }» ({ $error }); no se descargó nada.
export-xlsx_making = Creando «{ $file }»; se ofrecerá para descargar en cuanto esté listo.
overview-chart_pyramid = La pirámide de valor
overview-chart_lorenz = La curva 80/20 de los ingresos
overview-chart_profit_tiers = Beneficio anual por nivel
overview-chart_ltv_cac = LTV : CAC por canal
overview-axis_tier = Nivel
overview-axis_profit = Beneficio anual ({ $currency })
overview-axis_ratio = LTV : CAC (línea discontinua: 1)
overview-see_pyramid = Ver la pirámide
overview-see_pareto = Ver el análisis 80/20
overview-see_profiles = Ver los perfiles de nivel
overview-see_economics = Ver la economía de captación
overview-next_title = Qué hacer ahora
overview-next_grow_title = Clientes para hacer crecer
overview-next_grow =
    { $count ->
        [one] { $count } cliente está cerca del nivel siguiente; el plan de migración dice lo que debe ganar.
       *[other] { $count } clientes están cerca del nivel siguiente; el plan de migración dice lo que debe ganar cada uno.
    }
overview-next_grow_none = Ningún cliente está cerca del nivel siguiente.
overview-next_losing_title = Clientes que hacen perder dinero
overview-next_losing =
    { $count ->
        [one] { $count } cliente hace perder dinero: { $loss } al año. Atiéndalo con menos coste, cobre más o déjelo ir.
       *[other] { $count } clientes hacen perder dinero: { $loss } al año en total. Atiéndalos con menos coste, cobre más o déjelos ir.
    }
overview-next_losing_none = Ningún cliente hace perder dinero.
overview-next_concentration_title = Riesgo de concentración
overview-next_concentrated =
    { $count ->
        [one] { $count } cliente aporta { $threshold } de los ingresos o más: { $name }, { $share }. Perderlo dolería; reparta el riesgo.
       *[other] { $count } clientes aportan cada uno { $threshold } de los ingresos o más; el mayor, { $name }, aporta { $share }. Perder uno dolería; reparta el riesgo.
    }
overview-next_not_concentrated = Ningún cliente aporta { $threshold } de los ingresos o más; el { $top } superior aporta { $share }.
overview-see_migration = Ver el plan de migración
overview-see_losing = Ver quién hace perder dinero
overview-see_concentration = Ver el riesgo de concentración
overview-next_keep_title = Clientes que conservar
overview-see_keeping = Ver conservar clientes
overview-next_keep = Conservar un cliente cuesta { $keep }; ganar uno, { $cac } ({ $times }×).
overview-next_keep_replacing = Ganar un cliente ({ $cac }) cuesta menos que conservarlo ({ $keep }).
overview-next_keep_missing = Introduzca el gasto de retención para comparar conservar un cliente con reemplazarlo.
overview-next_keep_risks =
    { $count ->
        [one] { $count } riesgo de abandono.
       *[other] { $count } riesgos de abandono.
    }
overview-more_figures = Más cifras
overview-as_table = Como tabla
overview-col_customers = Clientes
overview-col_ratio = LTV : CAC
app-menu = Menú
report-back = Volver a la página
report-title = Informe de valor de clientes
report-date = Fecha
report-currency = Moneda
names-financial = Financiero
names-sales = Ventas
names-customer = Cliente
names-service = Servicio
names-profitable = Atenderlos es rentable
names-profit_value = Valor de beneficio
names-potential_value = Valor potencial
import-reading = Leyendo el archivo…
import-reading_rows = { $count ->
        [one] { $count } fila leída
       *[other] { $count } filas leídas
    }
import-cancel_reading = Detener la lectura
import-reading_cancelled = Lectura detenida; el archivo no se abrió.
