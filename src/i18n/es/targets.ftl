### Spanish: Strings of the targets view.

targets-intro = A qué clientes atender primero: los mejores que permite su capacidad, cuánto se ajusta cada uno a su perfil de cliente ideal, si el mercado detrás de ese perfil es lo bastante grande y cómo se reparte la lista por tipo de mercado.

## Capacity-limited targets

targets-list_title = Clientes objetivo dentro de su capacidad
targets-summary = { $targets } { $targets ->
        [one] cliente objetivo
       *[other] clientes objetivo
    } (capacidad { $capacity }); { $others ->
        [one] { $others } cliente más, listado aparte
       *[other] { $others } clientes más, listados aparte
    }.
targets-unused = { $unused ->
        [one] Queda { $unused } plaza de capacidad libre
       *[other] Quedan { $unused } plazas de capacidad libres
    }: ningún otro cliente tiene un valor de la relación positivo.
targets-ranked_money = Los clientes se ordenan por valor de la relación en dinero; los clientes objetivo son los primeros con valor positivo, tantos como permita la capacidad.
targets-ranked_score = Los clientes se ordenan por puntuación de la relación (pesos por etapa); los clientes objetivo son los primeros con un valor de la relación en dinero positivo, tantos como permita la capacidad.
targets-no_targets = No hay clientes objetivo: la capacidad es 0 o ningún cliente tiene un valor de la relación positivo.
targets-targets_caption = Clientes objetivo, los mejores primero ({ $count })
targets-others_caption = Otros clientes, listados aparte ({ $count })
targets-targets_pages = Páginas de clientes objetivo
targets-others_pages = Páginas de otros clientes
targets-col_rank = Puesto
targets-col_value = Valor de la relación
targets-col_value_title = (valor explícito + implícito) − (costo explícito + implícito), en dinero al año
targets-col_score = Puntuación de la relación
targets-col_score_title = Valor explícito, de cuota de mercado y de marca normalizados y ponderados por etapa, menos el costo normalizado; aproximadamente de −1 a 1
targets-col_fit = Ajuste
targets-col_fit_title = 100 × peso de los criterios del perfil cumplidos ÷ peso total (0–100)
targets-col_why = Por qué no es objetivo
targets-why_capacity = fuera de la capacidad
targets-why_not_positive = valor de la relación no positivo
targets-list_note = Valor de la relación = (valor explícito + valor implícito) − (costo explícito + costo implícito), en dinero al año. Un cliente con valor 0 o menor nunca es cliente objetivo, sea cual sea la capacidad.

## Ideal customer profile

targets-icp_title = Perfil de cliente ideal
targets-icp_intro = Criterios sobre el propio cliente (edad, ingresos, tamaño, tipo, proceso de decisión, solvencia) y sobre su encaje con nosotros (servicio que necesita frente a lo que podemos darle, beneficio de atenderlo). Puntuación de ajuste = proporción ponderada de criterios cumplidos, 0–100; los datos desconocidos no cumplen ningún criterio.
targets-icp_criterion = Criterio { $n }
targets-icp_name = Nombre
targets-icp_new_name = Nuevo criterio
targets-icp_name_required = Un criterio necesita un nombre.
targets-icp_area = Área
targets-area_customer = El propio cliente
targets-area_fit = Encaje con nosotros
targets-icp_weight = Peso
targets-icp_test = Prueba
targets-kind_at_least = Indicador como mínimo
targets-kind_at_most = Indicador como máximo
targets-kind_between = Indicador entre
targets-kind_market_type_in = El tipo de mercado es uno de
targets-kind_size_band_in = El tamaño es uno de
targets-kind_region_in = La región es una de
targets-kind_attribute_in = El atributo tiene uno de los valores
targets-icp_indicator = Indicador
targets-ind_revenue = Ingresos
targets-ind_profit = Beneficio
targets-ind_purchase_frequency = Compras al año
targets-ind_average_order_value = Valor medio del pedido
targets-ind_gross_margin = Margen bruto
targets-ind_service_cost = Costo de servicio
targets-ind_relationship_value = Valor de la relación
targets-ind_lifetime_value = Valor de vida
targets-ind_size_band = Tamaño (1 micro – 4 grande)
targets-ind_age = Edad
targets-ind_share_of_wallet = Cuota del gasto del cliente
targets-ind_named = Otro indicador, por nombre
targets-icp_named = Nombre del indicador
targets-icp_named_required = Indique el nombre del indicador (como en la lista, p. ej. growth o credit_rating).
targets-icp_min = Valor mínimo aceptado
targets-icp_max = Valor máximo aceptado
targets-icp_range_upside_down = No se guardó: el valor mínimo aceptado no puede superar al máximo.
targets-unit_fraction = fracción, 0,35 = 35 %
targets-unit_size = 1 micro – 4 grande
targets-unit_named = la unidad propia del indicador
targets-unit_fit = puntuación de ajuste 0–100
targets-icp_market_types = Tipos de mercado aceptados
targets-icp_size_bands = Tamaños aceptados
targets-icp_one_needed = Deje al menos uno marcado; quite el criterio para descartarlo.
targets-icp_regions = Regiones aceptadas (separadas por comas)
targets-icp_attribute = Nombre del atributo
targets-icp_attribute_required = Indique el nombre del atributo (como en la lista, p. ej. industry).
targets-icp_values = Valores aceptados (separados por comas)
targets-icp_list_required = No se guardó: indique al menos un valor.
targets-icp_list_empty = Aún no se ha introducido ningún valor: ningún cliente cumple este criterio.
targets-icp_remove = Quitar
targets-icp_remove_named = Quitar el criterio { $name }
targets-icp_removed = Se quitó el criterio «{ $name }».
targets-icp_add = Añadir criterio
targets-icp_added = Se añadió un criterio nuevo al final; asígnele un nombre y una prueba.
targets-icp_threshold = Ajuste a partir del cual un cliente coincide con el perfil

## Fit scores

targets-fit_title = Ajuste al perfil
targets-fit_caption = Clientes por puntuación de ajuste, los mejores primero
targets-fit_pages = Páginas de puntuaciones de ajuste
targets-fit_none = No hay puntuaciones de ajuste: defina al menos un criterio con un peso mayor que cero.
targets-col_matches = Coincide con el perfil
targets-col_matches_title = Ajuste igual o superior al umbral
targets-col_target = Objetivo
targets-fit_note = Ajuste = 100 × (peso de los criterios cumplidos) ÷ (peso total). Un cliente coincide con el perfil a partir de un ajuste de { $threshold }.

## Market reality

targets-market_title = Realidad del mercado
targets-market_intro = Cuántos clientes como los del perfil existen en su mercado objetivo y cuántas empresas compiten por ellos. Indique el tamaño del mercado; deje vacía la proporción para estimarla a partir de esta lista.
targets-market_size = Clientes en el mercado objetivo
targets-market_share = Proporción de ellos que coincide con el perfil (vacío: estimada a partir de esta lista)
targets-competitors = Competidores que los buscan
targets-min_addressable = Avisar por debajo de este número de clientes alcanzables
targets-min_per_firm = Avisar por debajo de este número de clientes alcanzables por empresa
targets-market_none = Indique el número de clientes del mercado objetivo para contrastar el perfil con la realidad del mercado.
targets-addressable = Clientes alcanzables
targets-addressable_how = Alcanzables = tamaño del mercado × proporción que coincide con el perfil = { $size } × { $share } = { $addressable }.
targets-share_estimated = La proporción se estimó a partir de esta lista: la proporción de sus entradas (clientes y clientes potenciales) con un ajuste de { $threshold } o más. Un cliente potencial aún no tiene beneficio ni costo de servicio, así que los criterios sobre ellos no se cumplen para él.
targets-per_firm = Clientes alcanzables por empresa
targets-per_firm_how = Por empresa = alcanzables ÷ (competidores + 1, nosotros) = { $addressable } ÷ ({ $competitors } + 1) = { $per_firm }.
targets-market_ok = El perfil deja un mercado lo bastante grande y no demasiado disputado.

## Market types

targets-markets_title = Por tipo de mercado
targets-markets_caption = Clientes, clientes potenciales, ingresos y beneficio por tipo de mercado
targets-col_customers = Clientes
targets-col_prospects = Clientes potenciales
targets-col_revenue = Ingresos
targets-col_revenue_share = Proporción de ingresos
targets-col_revenue_share_title = Ingresos del tipo de mercado ÷ ingresos totales
targets-col_profit = Beneficio
targets-col_profit_share = Proporción de beneficio
targets-col_profit_share_title = Beneficio de los clientes rentables del tipo de mercado ÷ beneficio de todos los clientes rentables (nunca negativo; pérdidas en la columna siguiente)
targets-col_losses = Pérdidas
targets-col_losses_title = Suma del beneficio de los clientes del tipo de mercado que pierden dinero, y cuántos son
targets-col_average_profit = Beneficio por cliente
targets-col_average_profit_title = Beneficio del tipo de mercado ÷ sus clientes
targets-markets_note = Tipos de mercado: consumidor, productor, intermediario (revendedor), gobierno, internacional. La tabla de clientes se puede filtrar por tipo de mercado. Una entrada sin tipo de mercado se cuenta en su propia fila, «No indicado», nunca como consumidor; al importar, un tipo de mercado que no se puede leer se señala con su línea y su columna, y esa fila no se importa.
