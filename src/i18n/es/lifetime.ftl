### Spanish: Strings of the lifetime view.

lifetime-intro = Lo que vale un cliente a lo largo de los años: el valor de un cliente, lo que cuesta el abandono, la tabla de cohortes, las etapas del ciclo de vida y adónde debe ir el dinero de retención. Las calculadoras guardan sus cifras solo en esta página; la configuración de abandono, cohorte y presupuesto se guarda con la lista.
lifetime-year_n = Año { $n }
lifetime-per_year_count = { $n } al año

## Individual LTV

lifetime-individual_title = Valor de vida de un cliente
lifetime-individual_intro = Cuatro pasos: la vida en años, el beneficio neto de cada año, el descuento de cada año y la suma.
lifetime-ind_profit = Beneficio por compra
lifetime-ind_purchases = Compras
lifetime-ind_period = Compras contadas
lifetime-per_month = al mes
lifetime-per_year = al año
lifetime-ind_years = Años como cliente
lifetime-ind_yearly = Beneficio al año
lifetime-ind_yearly_how = Beneficio por compra × compras al año = { $profit } × { $purchases } = { $yearly }.
lifetime-ind_undiscounted = Valor de vida sin descontar
lifetime-ind_undiscounted_how = Beneficio al año × años = { $yearly } × { $years } (una fracción de año cuenta en su proporción).
lifetime-ind_discounted = Valor de vida descontado
lifetime-ind_discounted_how = Σ durante { $years ->
        [one] { $years } año
       *[other] los { $years } años
    } de { $yearly } ÷ factor de descuento, con una tasa de descuento d = { $rate }, { $convention }.

## By age

lifetime-age_title = Vida según la edad: el techo y los años esperados
lifetime-age_intro = El techo por esperanza de vida = (esperanza de vida − edad) × valor anual: lo que aportaría un cliente si se quedara toda la vida, sin contar la lealtad. Los años restantes esperados sí cuentan la lealtad: { $formula }, donde c es la tasa de abandono y L = esperanza de vida − edad.
lifetime-age_person_a = Primer cliente
lifetime-age_person_b = Segundo cliente
lifetime-age = Edad
lifetime-age_value = Valor al año
lifetime-age_remaining = { $who }: años restantes
lifetime-age_remaining_how = Esperanza de vida − edad, nunca menos de 0.
lifetime-age_total = { $who }: techo por esperanza de vida
lifetime-age_how = ({ $life } − { $age }) = { $remaining } { $remaining ->
        [one] año
       *[other] años
    } × { $yearly } al año (sin descontar): un techo, sin contar la lealtad.
lifetime-age_expected = { $who }: años restantes esperados
lifetime-age_expected_how = { $formula }, con L = { $remaining } { $remaining ->
        [one] año
       *[other] años
    } y abandono { $churn }: { $years } { $years ->
        [one] año
       *[other] años
    }. Si L no es entero, se suman los años completos y la fracción f del último año añade { $part_year }, donde c es el abandono.
lifetime-age_expected_value = { $who }: valor esperado
lifetime-age_expected_value_how = { $years } { $years ->
        [one] año
       *[other] años
    } × { $yearly } al año (sin descontar; el LTV de la lista además descuenta cada año).
lifetime-age_rule = Todo valor de vida de la lista (y las clasificaciones, los segmentos de retención y el LTV : CAC que lo usan) emplea los años restantes esperados: para una persona con edad, la suma de arriba con el abandono del tipo de mercado del cliente (si no, el de la lista, ver Configuración); para una organización o una edad desconocida no hay esperanza de vida que detenga la suma, así que es 1 ÷ abandono, ilimitado con abandono 0 (entonces se usa la vida más larga contada). Así personas y organizaciones se valoran en la misma escala; el techo se muestra solo para comparar.
lifetime-age_churn = Abandono anual de los dos clientes
lifetime-age_times = Según el techo, el primer cliente vale { $times } veces lo que el segundo; contando la lealtad, { $expected_times } veces.

## Closed forms

lifetime-closed_title = Fórmula cerrada con retención constante
lifetime-closed_intro = Con un margen m al año, una retención constante r y una tasa de descuento d, la suma anual tiene una fórmula cerrada.
lifetime-closed_m = Margen al año (m)
lifetime-closed_r = Retención al año (r)
lifetime-closed_d = Tasa de descuento (d)
lifetime-closed_first = Primer año incluido: m(1 + d) ÷ (1 + d − r)
lifetime-closed_first_how = { $m } × (1 + { $d }) ÷ (1 + { $d } − { $r }): el primer año sin descontar; cada año posterior, retenido con r y descontado con d.
lifetime-closed_variant = Desde la primera renovación: m·r ÷ (1 + d − r)
lifetime-closed_variant_how = { $m } × { $r } ÷ (1 + { $d } − { $r }): solo los años posteriores a que el cliente se haya quedado una vez.
lifetime-closed_every = Todos los años descontados: m ÷ (1 + d − r)
lifetime-closed_every_how = { $m } ÷ (1 + { $d } − { $r }): la misma suma con el primer año también descontado.

## Churn

lifetime-churn_title = Abandono y vida del grupo
lifetime-churn_intro = Abandono = clientes perdidos en un año ÷ clientes al inicio del año. Vida del grupo = 1 ÷ abandono; clientes nuevos necesarios cada año para mantenerse = abandono × clientes. Un abandono de 0 significa una vida ilimitada.
lifetime-churn_lifetime_how = 1 ÷ abandono anual; ilimitada cuando el abandono es 0.
lifetime-churn_need = Clientes nuevos necesarios para mantenerse
lifetime-churn_need_value = { $n } al año
lifetime-churn_need_how = Abandono × clientes = { $churn } × { $base } = { $n } al año.
lifetime-churn_no_benchmark = Indique el abandono de una empresa de referencia para ver cuánto cuesta la diferencia cada año.
lifetime-churn_benchmark_result = Con un abandono de { $ours }, esta lista debe ganar { $our_need } { $our_need ->
        [one] cliente
       *[other] clientes
    } al año; la empresa comparada pierde un { $theirs }, necesita { $their_need } al año y conserva a sus clientes { $their_lifetime }.
lifetime-churn_extra_spend = La diferencia es de { $extra } { $extra ->
        [one] cliente
       *[other] clientes
    } al año; con un costo de adquisición de { $cac } cada uno, son { $spend } más de gasto cada año solo para mantenerse.
lifetime-churn_extra_no_cac = La diferencia es de { $extra } { $extra ->
        [one] cliente
       *[other] clientes
    } al año; introduzca el gasto de captación y los clientes nuevos (Economía) para valorarla con el costo de adquisición.
lifetime-firms_title = Dos empresas comparadas
lifetime-firm_a_base = Empresa A: clientes al inicio
lifetime-firm_a_lost = Empresa A: clientes perdidos en el año
lifetime-firm_b_base = Empresa B: clientes al inicio
lifetime-firm_b_lost = Empresa B: clientes perdidos en el año
lifetime-firm_cac = Costo de adquisición por cliente
lifetime-firms_caption = Abandono, vida y necesidad de reposición de las empresas A y B
lifetime-firm_a = Empresa A
lifetime-firm_b = Empresa B
lifetime-firm_churn = Abandono
lifetime-firm_need = Clientes nuevos necesarios

## Cohort

lifetime-cohort_title = Tabla de valor de vida por cohorte
lifetime-cohort_intro = Una cohorte de clientes ganados en el año 1, seguida año a año (según Hughes, Strategic Database Marketing). Modifique cualquier celda de entrada; añada años para seguir la cohorte más tiempo.
lifetime-cohort_size = Clientes ganados (tamaño de la cohorte)
lifetime-cohort_interest = Tasa de interés (i)
lifetime-cohort_risk = Factor de riesgo (rf)
lifetime-cohort_rounding = Factor de descuento
lifetime-cohort_exact = exacto (1,3456)
lifetime-cohort_rounded = redondeado a dos decimales, como lo imprime Hughes (1,35)
lifetime-cohort_add_year = Añadir un año
lifetime-cohort_remove_year = Quitar el último año
lifetime-cohort_year_added = Se añadió un año; la tabla tiene ahora { $n } { $n ->
        [one] año
       *[other] años
    }.
lifetime-cohort_year_removed = Se quitó el último año; la tabla tiene ahora { $n } { $n ->
        [one] año
       *[other] años
    }.
lifetime-cohort_caption = Tabla de valor de vida por cohorte (importes en { $currency })
lifetime-cohort_measure = Medida
lifetime-cohort_year = Año
lifetime-cohort_cell = { $row }, año { $year }
lifetime-cohort_retention = Tasa de retención
lifetime-cohort_orders = Pedidos por cliente
lifetime-cohort_order_value = Valor medio del pedido
lifetime-cohort_cost_rate = Tasa de costo
lifetime-cohort_marketing = Costo de marketing por cliente
lifetime-cohort_customers = Clientes
lifetime-cohort_customers_how = año 1 = tamaño de la cohorte; después = clientes anteriores × retención anterior
lifetime-cohort_revenue = Ingresos
lifetime-cohort_revenue_how = clientes × pedidos × valor medio del pedido
lifetime-cohort_cost_of_sales = Costo de ventas
lifetime-cohort_cost_of_sales_how = ingresos × tasa de costo
lifetime-cohort_marketing_costs = Costos de marketing
lifetime-cohort_marketing_costs_how = clientes × costo de marketing por cliente (adquisición en el año 1)
lifetime-cohort_total_costs = Costos totales
lifetime-cohort_total_costs_how = costo de ventas + costos de marketing
lifetime-cohort_profit = Beneficio
lifetime-cohort_profit_how = ingresos − costos totales
lifetime-cohort_factor = Factor de descuento
lifetime-cohort_factor_how = { $formula }, exacto o redondeado a dos decimales
lifetime-cohort_npv = Beneficio VAN
lifetime-cohort_npv_how = beneficio ÷ D_t
lifetime-cohort_cumulative = Beneficio VAN acumulado
lifetime-cohort_cumulative_how = suma del beneficio VAN hasta el año
lifetime-cohort_ltv = Valor de vida (LTV_t)
lifetime-cohort_ltv_how = beneficio VAN acumulado ÷ tamaño de la cohorte
lifetime-cohort_lessons = Lo que enseña la tabla
lifetime-cohort_lesson_loss = El año de adquisición pierde dinero: el beneficio del año 1 es { $profit }.
lifetime-cohort_lesson_no_loss = El año de adquisición ya genera { $profit }.
lifetime-cohort_lesson_leaver = Un cliente que se va después del año 1 cuesta { $cost } (−LTV del año 1).
lifetime-cohort_lesson_final = La retención es lo que hace rentable la cohorte: al cabo de { $years } { $years ->
        [one] año
       *[other] años
    }, cada cliente ganado vale { $ltv }.
lifetime-gain_caption = LTV ganado por punto de retención
lifetime-gain_where = Un punto más de retención en
lifetime-gain_value = LTV ganado por cliente conseguido
lifetime-gain_all_years = Todos los años
lifetime-gain_how = Variación del LTV del último año cuando la retención de ese año sube un punto porcentual (hasta un máximo del 100 %). La retención del último año solo influye cuando se añade un año.
lifetime-chart_cumulative = Valor de vida por cliente ganado, año a año
lifetime-chart_cumulative_table = LTV por cliente ganado y año

## Stages

lifetime-stages_title = Etapas del ciclo de vida y beneficio de vida
lifetime-stages_intro = Exploración (un cliente potencial que hace preguntas), formación (cliente nuevo, crecimiento rápido), estabilidad (consolidado, máximo beneficio) y declive. El beneficio a lo largo de las etapas debería dibujar una U invertida.
lifetime-chart_lifetime_profit = Beneficio por etapa del ciclo de vida
lifetime-stages_caption = Clientes y beneficio por etapa del ciclo de vida
lifetime-stage = Etapa
lifetime-stage_none = Sin etapa indicada
lifetime-stage_count = Clientes
lifetime-stage_profit = Beneficio al año
lifetime-stage_profit_how = Suma del beneficio anual de los clientes de la etapa.
lifetime-stage_average = Beneficio medio al año
lifetime-stage_average_how = Beneficio al año ÷ clientes.
lifetime-stage_lifetime = Beneficio de vida
lifetime-stage_lifetime_how = Suma de (base + venta cruzada + ahorros + recomendaciones) − (adquisición + descuentos + daño por recomendaciones negativas) de los clientes de la etapa.
lifetime-stage_lifetime_average = Beneficio de vida medio
lifetime-stage_lifetime_average_how = Beneficio de vida ÷ clientes.
lifetime-stages_note = Beneficio base de un cliente = (beneficio bruto − costo de servicio) al año × años esperados (sin descontar); el beneficio de venta cruzada, los ahorros de costos, el valor de las recomendaciones, los descuentos de precio y el daño por recomendaciones negativas provienen de los indicadores del mismo nombre, 0 si faltan.
lifetime-lp_title = Beneficio de vida de un cliente
lifetime-lp_intro = Beneficio de vida = beneficio total − inversión total, todo en dinero a lo largo de toda la relación.
lifetime-lp_base = Beneficio base
lifetime-lp_cross = Beneficio relacionado (venta cruzada)
lifetime-lp_savings = Ahorro de costos
lifetime-lp_referral = Valor de las recomendaciones
lifetime-lp_acquisition = Costo de adquisición
lifetime-lp_discounts = Descuentos de precio
lifetime-lp_damage = Daño por recomendaciones negativas
lifetime-lp_total_profit = Beneficio total
lifetime-lp_total_profit_how = Base + venta cruzada + ahorros + recomendaciones = { $base } + { $cross } + { $savings } + { $referral }.
lifetime-lp_investment = Inversión total
lifetime-lp_investment_how = Adquisición + descuentos + daño por recomendaciones negativas = { $acquisition } + { $discounts } + { $damage }.
lifetime-lp_lifetime = Beneficio de vida
lifetime-lp_lifetime_how = Beneficio total − inversión total = { $profit } − { $investment }.

## Retention budget

lifetime-retention_title = Presupuesto de retención por segmento de LTV
lifetime-retention_intro = Invierta el dinero de retención en los clientes de LTV alto, oriente el gasto de adquisición hacia los grupos cuyos clientes tienen un LTV alto y no gaste en conservar a los clientes con LTV negativo.
lifetime-segments_caption = Segmentos de LTV y presupuesto de retención
lifetime-segment = Segmento
lifetime-segment_how = Los LTV negativos forman su propio segmento; el resto se ordena por LTV: el 20 % superior es alto, el 30 % siguiente medio y el resto bajo.
lifetime-segment_high = LTV alto (20 % superior)
lifetime-segment_medium = LTV medio (30 % siguiente)
lifetime-segment_low = LTV bajo (el resto)
lifetime-segment_negative = LTV negativo
lifetime-segment_total = LTV total
lifetime-segment_total_how = Suma de los LTV individuales de los clientes (descontados, según la configuración), cada uno sobre los años restantes esperados del cliente: { $formula }, donde c es la tasa de abandono y L = esperanza de vida − edad, o 1 ÷ abandono para organizaciones y edades desconocidas.
lifetime-segment_average = LTV medio
lifetime-segment_budget = Presupuesto de retención
lifetime-segment_budget_how = El presupuesto se reparte entre los segmentos alto y medio en proporción a su LTV total.
lifetime-segment_budget_each = Presupuesto por cliente
lifetime-segment_action = Acción sugerida
lifetime-segment_note = Presupuesto de un segmento = presupuesto de retención × LTV total del segmento ÷ LTV total de los segmentos alto y medio; los segmentos bajo y negativo no reciben nada.
lifetime-action_retain = Priorizar el gasto para conservarlos
lifetime-action_nurture = Gastar algo para conservarlos
lifetime-action_maintain = Servicio normal, sin gasto extra
lifetime-action_do_not_retain = No gastar en conservarlos
lifetime-flag_negative = {" "}— marcado: LTV negativo
lifetime-negative_note = { $count } { $count ->
        [one] cliente tiene
       *[other] clientes tienen
    } un valor de vida negativo (en total { $total }); no gaste dinero de retención en { $count ->
        [one] conservarlo
       *[other] conservarlos
    }.
lifetime-acquisition_title = Hacia dónde orientar el gasto de adquisición
lifetime-acquisition_intro = Los grupos cuyos clientes tienen un LTV medio superior al de la lista (y mayor que cero) son donde es probable que los clientes nuevos tengan un LTV alto. LTV medio de la lista:
lifetime-acquisition_caption = LTV medio por tipo de mercado y canal
lifetime-acquisition_group = Grupo
lifetime-acquisition_advice = Gasto de adquisición
lifetime-acquire_more = Orientar aquí el gasto de adquisición
lifetime-acquire_as_is = Mantener como está
lifetime-acquire_avoid = Evitar: los clientes generan pérdidas
lifetime-chart_ltv_axis = LTV por cliente ({ $currency })
lifetime-chart_profit_axis = Beneficio medio al año ({ $currency })

## Which figures the calculators show (issue 12, point 9)

lifetime-shown_list = Se muestran: las cifras de la lista «{ $list }»: { $how }.
lifetime-shown_example = Se muestra: el ejemplo resuelto: { $example }.
lifetime-shown_example_because = Se muestra: el ejemplo resuelto ({ $example }), porque { $reason }.
lifetime-shown_own = Se muestran: sus propias cifras, tal como las escribió en los campos.
lifetime-use_example = Usar el ejemplo resuelto
lifetime-use_list = Usar las cifras de esta lista
lifetime-missing_customers = la lista no tiene clientes
lifetime-missing_revenue = ningún cliente de la lista tiene ingresos
lifetime-missing_ages = menos de dos consumidores de la lista con ingresos tienen una edad
lifetime-individual_example = una persona de 30 años que compra dos veces al mes con un beneficio de 100 por compra, durante 20 años, descontado al 8 %
lifetime-individual_from_list = su cliente medio con ingresos, cuyo beneficio anual antes del coste de adquisición (beneficio bruto − coste de servicio) se reparte entre sus compras al año (1 si la lista no las da), durante la vida del grupo 1 ÷ abandono; tasa de descuento y convención de la Configuración
lifetime-age_example = una persona de 20 años que gasta 500 al año frente a una de 70 que gasta 1.000 al año, abandono del 20 %
lifetime-age_from_list = la mitad más joven y la mitad mayor de sus consumidores con edad e ingresos (edad media en años enteros, beneficio bruto medio al año); esperanza de vida y abandono de la Configuración
lifetime-closed_example = m = 100, r = 80 %, d = 10 %
lifetime-closed_from_list = m = el beneficio bruto − coste de servicio medio al año de sus clientes con ingresos, r = 1 − abandono, d = la tasa de descuento de la Configuración
lifetime-firms_example = la empresa A tiene 100 clientes y pierde 20 al año, la B tiene 100 y pierde 10, coste de adquisición 100
lifetime-firms_from_list = la empresa A es esta lista (sus clientes, y abandono × clientes perdidos, redondeado a clientes enteros), la B tiene tantos clientes con el abandono de comparación, ambas con el coste de adquisición de la lista
lifetime-firms_no_benchmark = No hay abandono de comparación: la empresa B toma el { $churn } del ejemplo.
lifetime-firms_no_cac = Se desconoce el coste de adquisición de la lista (introduzca el gasto de captación y los clientes nuevos en Economía): se usa el { $cac } del ejemplo.
lifetime-cohort_example = la cohorte de 100.000 clientes de Hughes
lifetime-cohort_from_list = una cohorte del tamaño de sus clientes, retención 1 − abandono, los pedidos y el valor de pedido de su cliente medio con ingresos, tasa de coste 1 − su margen bruto, adquisición + coste de servicio en el año 1 y coste de servicio después, i = la tasa de descuento con rf = 1, durante la vida del grupo (de 3 a 10 años); modifique cualquier celda para que la tabla sea suya
lifetime-lp_example = beneficio base 1.000, venta cruzada 300, ahorros 100, recomendaciones 200; adquisición 400, descuentos 150, daño por recomendaciones negativas 50
lifetime-lp_from_list = la media de cada parte sobre sus clientes con ingresos
lifetime-stages_none = Ningún cliente de esta lista tiene una etapa del ciclo de vida, así que no hay beneficio por etapa que dibujar. Asígnela en la columna «Etapa del ciclo de vida» de la tabla de clientes, o asigne una columna lifecycle_stage al importar un CSV (exploración, formación, estabilidad o declive).
lifetime-segments_not_rated =
    { $count ->
        [one] { $count } cliente sin ingresos no tiene valor de vida: no se califica, no está en ningún segmento y queda fuera de todos los totales y medias de aquí.
       *[other] { $count } clientes sin ingresos no tienen valor de vida: no se califican, no están en ningún segmento y quedan fuera de todos los totales y medias de aquí.
    }
lifetime-chart_retention = Presupuesto de retención por segmento
lifetime-chart_retention_caption = Adónde va el presupuesto de retención, segmento a segmento; la tabla siguiente tiene las cifras.
lifetime-chart_segment_axis = Segmento de LTV
lifetime-chart_budget_axis = Presupuesto anual ({ $currency })
lifetime-ind_growth = Crecimiento anual del beneficio
lifetime-ind_growth_how = El beneficio crece un { $growth } al año: { $formula }.
lifetime-stage_growth = Crecimiento anual del beneficio por etapa del ciclo de vida
lifetime-stage_growth_note = Cada año del valor de vida de un cliente, el beneficio crece según la tasa de su etapa: beneficio en el año t = beneficio × (1 + g)^(t−1). Deje una etapa vacía si no crece; el «Crecimiento del beneficio» propio de un cliente prevalece sobre el de su etapa.
