### Spanish: Strings of the economics view.

economics-intro = Lo que cuesta ganar y atender a los clientes, y lo que aporta cada cliente una vez contados esos costos.

## Line editors

economics-col_name = Nombre
economics-col_kind = Tipo
economics-col_amount = Importe
economics-col_channel = Canal
economics-col_actions = Acciones
economics-remove = Quitar
economics-no_channel = Sin canal concreto
economics-kind_sales_staff = Personal de ventas
economics-kind_direct_mail = Correo directo
economics-kind_web_online = Web y en línea
economics-kind_advertising = Publicidad (prensa, TV, radio)
economics-kind_trade_shows = Ferias y congresos
economics-kind_contract_staff = Salarios del personal contratado
economics-kind_project_managers = Jefes de proyecto
economics-kind_delivery = Entrega del producto o servicio
economics-kind_other = Otros
economics-spend_caption = Gasto de captación en el período
economics-add_spend = Añadir línea de gasto
economics-new_spend = Nueva línea de gasto
economics-no_spend = Aún no hay líneas de gasto.
economics-spend_added = Se añadió una línea de gasto; escriba su nombre e importe.
economics-spend_removed = Se quitó la línea de gasto «{ $name }».
economics-spend_name_label = Nombre de la línea de gasto { $n }
economics-spend_kind_label = Tipo de la línea de gasto { $n }
economics-spend_amount_label = Importe de la línea de gasto { $n }
economics-spend_channel_label = Canal de la línea de gasto { $n }
economics-spend_remove_label = Quitar la línea de gasto { $n }
economics-service_caption = Costos de servicio del año
economics-add_service = Añadir línea de costo de servicio
economics-new_service = Nueva línea de costo
economics-no_service = Aún no hay líneas de costo de servicio.
economics-service_added = Se añadió una línea de costo de servicio; escriba su nombre e importe.
economics-service_removed = Se quitó la línea de costo de servicio «{ $name }».
economics-service_name_label = Nombre de la línea de costo de servicio { $n }
economics-service_kind_label = Tipo de la línea de costo de servicio { $n }
economics-service_amount_label = Importe de la línea de costo de servicio { $n }
economics-service_remove_label = Quitar la línea de costo de servicio { $n }

## Acquisition

economics-acquisition = Costo de adquisición
economics-spend_intro = Indique lo gastado en ganar clientes durante el período (personal de ventas, correo directo, web y en línea, publicidad, ferias, otros), cada concepto en una línea con nombre. Indique el canal que pagó cada línea para ver el costo de ese canal por cliente ganado.
economics-total_spend = Gasto total de captación
economics-total_spend_how = La suma de las líneas de gasto, por tipo: { $parts }.
economics-total_spend_how_empty = La suma de las líneas de gasto; aún no se ha introducido ninguna.
economics-part = { $what } { $amount }
economics-new_customers = Clientes nuevos ganados en el período (vacío: contarlos en la lista)
economics-source_entered = { $n ->
        [one] Se usa el { $n } cliente nuevo
       *[other] Se usan los { $n } clientes nuevos
    } que introdujo.
economics-source_won_in_year = Contados en la lista: { $n } { $n ->
        [one] cliente
       *[other] clientes
    } cuya primera compra cae en { $year }, el año de análisis fijado en Configuración.
economics-source_whole_list = Contados en la lista: { $n ->
        [one] el { $n } cliente
       *[other] los { $n } clientes
    }, porque ningún cliente tiene fecha de primera compra y no se ha indicado un número. Es la estimación más aproximada; introduzca el número arriba o indique la fecha de primera compra de los clientes.
economics-cac = Costo medio de adquisición (CAC)
economics-cac_how = Gasto total de captación ÷ clientes nuevos ganados = { $spend } ÷ { $count } = { $cac } por cliente nuevo.
economics-cac_how_error = Gasto total de captación ÷ clientes nuevos ganados. Ahora no se puede calcular: { $reason }
economics-not_available = No disponible
economics-rough = El CAC medio es una primera evaluación aproximada. Cuando se conoce el costo por cliente de un canal o el costo de adquisición propio de un cliente, el beneficio de ese cliente usa ese dato en su lugar.
economics-chart_cac_ltv = Costo por cliente ganado y valor de vida medio antes del costo de adquisición, por canal
economics-channels = Costo de adquisición y valor de vida por canal
economics-col_spend = Gasto
economics-col_won = Clientes ganados
economics-col_cac = CAC
economics-col_avg_ltv = LTV medio antes del costo de adquisición
economics-col_ltv_cac = LTV : CAC
economics-title_spend = La suma de las líneas de gasto que indican este canal
economics-title_won = Clientes que llegaron por este canal, ganados en el período
economics-title_cac = CAC del canal = gasto del canal ÷ clientes ganados
economics-title_avg_ltv = Valor de vida medio de los clientes del canal, antes del costo de adquisición
economics-title_ltv_cac = LTV medio antes del costo de adquisición ÷ CAC del canal
economics-ratio = { $x } : 1
economics-channels_note = CAC del canal = gasto del canal ÷ clientes que ganó. LTV : CAC = valor de vida medio de sus clientes antes del costo de adquisición ÷ su CAC; por encima de 1, un cliente del canal recupera lo que costó ganarlo. Un guion indica que la cifra no se puede calcular: ninguna línea de gasto indica el canal, o este no ganó clientes.
economics-no_channels = Aún no hay canales: indique a los clientes el canal por el que llegaron, o indique un canal en una línea de gasto.

## Cost to serve

economics-service = Costo de servicio
economics-service_intro = Indique el costo anual de atender a los clientes (salarios del personal contratado, jefes de proyecto, entrega del producto o servicio, otros), cada concepto en una línea con nombre.
economics-customers_served = Clientes atendidos en el año (vacío: contarlos en la lista)
economics-served_counted = Contados en la lista: { $n } { $n ->
        [one] cliente
       *[other] clientes
    }.
economics-served_entered = { $n ->
        [one] Se usa el { $n } cliente atendido
       *[other] Se usan los { $n } clientes atendidos
    } que introdujo.
economics-average_service = Costo medio de servicio
economics-service_how = Costo total de servicio del año ÷ clientes atendidos = { $total } ÷ { $count } = { $average } por cliente al año.
economics-service_how_error = Costo total de servicio del año ÷ clientes atendidos. Ahora no se puede calcular: { $reason }
economics-own_note = El costo de servicio propio de un cliente, si se conoce, sustituye a la media: { $own } de { $count } { $count ->
        [one] cliente tiene
       *[other] clientes tienen
    } el suyo, { $average } se reparten lo que queda del total y { $unknown } no tienen ninguno y cuentan 0.

## Profit ranking

economics-ranking = Clasificación por beneficio
economics-ranking_intro = Clientes ordenados por beneficio anual = ingresos × margen bruto − costo de servicio − costo de adquisición imputado al período, con su puesto por ingresos al lado.
economics-ranking_why = El beneficio no sigue a los ingresos: un gran comprador cuya entrega y servicio cuestan mucho puede aportar menos que uno pequeño. Se marcan las filas en que los dos puestos están separados por { $threshold } o más lugares: { $less } clientes aportan mucho menos de lo que sugieren sus ingresos y { $more } mucho más. Antes de ganar más clientes como los del primer grupo, revise cuánto cuesta atenderlos.
economics-ranking_caption = Clientes por beneficio anual
economics-col_rank = Puesto por beneficio
economics-col_customer = Cliente
economics-col_revenue = Ingresos
economics-col_revenue_rank = Puesto por ingresos
economics-col_profit = Beneficio
economics-col_margin = Margen usado
economics-col_service = Costo de servicio usado
economics-col_acquisition = Adquisición imputada
economics-col_gap = Puestos comparados
economics-title_rank = 1 = mayor beneficio anual
economics-title_revenue = Ingresos al año (compras al año × valor medio del pedido si no se indican)
economics-title_revenue_rank = 1 = mayores ingresos
economics-title_profit = Beneficio anual = ingresos × margen − costo de servicio − adquisición imputada
economics-title_margin = El margen bruto del cliente; 100 % si se desconoce
economics-title_service = El costo de servicio propio del cliente; si no, su parte de lo que queda del total; si no, 0
economics-title_acquisition = Costo de adquisición (propio; si no, el CAC del canal; si no, el CAC compartido) imputado a este período: todo a los clientes ganados en el año de análisis, o repartido a lo largo de su vida (vea Configuración)
economics-title_gap = Se marca cuando el puesto por ingresos y el puesto por beneficio están muy separados
economics-gap_less = Aporta mucho menos de lo que sugieren sus ingresos
economics-gap_more = Aporta mucho más de lo que sugieren sus ingresos
economics-revenue_unknown = desconocidos (cuentan como 0)
economics-margin_assumed = { $margin } (supuesto)
economics-with_source = { $value } ({ $source })
economics-source_own = propio
economics-source_average = parte del resto
economics-source_average_cac = CAC compartido
economics-source_channel = CAC del canal
economics-source_unknown = desconocido, 0
economics-ranking_note = Beneficio = ingresos × margen − costo de servicio − adquisición imputada, en dinero al año. Puestos: 1 = el mayor. El origen de cada costo figura entre paréntesis.
economics-ranking_pages = Páginas de la clasificación por beneficio
economics-no_customers = Aún no hay clientes en esta lista.
economics-chart_axis_money = { $currency }
economics-source_won_latest_year = Contados en la lista: { $n } { $n ->
        [one] cliente
       *[other] clientes
    } cuya primera compra cae en { $year }, el año de primera compra más reciente de la lista (fije otro año de análisis en Configuración).
economics-allocation = Repartido entre los clientes nuevos: los ganados por un canal con gasto propio cargan el CAC de ese canal; los otros { $n } se reparten el resto, { $spend }, a { $cac } cada uno. En total suma el gasto introducido.
economics-not_allocated = { $amount } del gasto no se reparte: todos los clientes nuevos llegaron por un canal que carga su propio gasto, así que no queda nadie para repartir el resto.
economics-ltv_cac = LTV : CAC
economics-ltv_cac_how = Valor de vida medio antes del costo de adquisición ÷ CAC medio = { $ltv } ÷ { $cac } = { $ratio }. El valor de vida se toma antes del costo de adquisición, para no contar el costo dos veces.
economics-ltv_cac_how_missing = Valor de vida medio antes del costo de adquisición ÷ CAC medio. No se puede calcular hasta conocer ambos.
economics-year_note_spread = El beneficio anual carga el costo de adquisición de cada cliente repartido a lo largo de su vida esperada (vea Configuración); el valor de vida lo resta una sola vez.
economics-year_note_no_dates = { $n ->
        [one] El { $n } cliente no tiene
       *[other] Ninguno de los { $n } clientes tiene
    } fecha de primera compra, así que no se imputa costo de adquisición al beneficio del año; el valor de vida lo resta una sola vez.
economics-year_note_entered = El beneficio anual carga el costo de adquisición de los clientes ganados en { $year }, el año de análisis fijado en Configuración; el valor de vida de todos lo resta una sola vez.
economics-year_note_latest = El beneficio anual carga el costo de adquisición de los clientes ganados en { $year }, el año de primera compra más reciente de la lista; el valor de vida de todos lo resta una sola vez.
economics-unknown_year = { $n } { $n ->
        [one] cliente no tiene
       *[other] clientes no tienen
    } fecha de primera compra: su costo de adquisición no se imputa al beneficio del año.
economics-share_service = Costo de servicio por cliente sin costo propio
economics-share_how = (Costo total de servicio − costos propios) ÷ clientes sin costo propio = ({ $total } − { $own }) ÷ { $count } = { $share } al año cada uno. Con los costos propios se reparte exactamente el total introducido.
economics-share_how_missing = (Costo total de servicio − costos propios) ÷ clientes sin costo propio. Ahora no se puede calcular: no hay un total utilizable, o todos los clientes atendidos tienen costo propio.
economics-own_exceeds = Los costos de servicio propios de los clientes ({ $own }) superan el total introducido ({ $total }) en { $excess }: los clientes sin costo propio cargan 0 y los costos usados suman más que el total. Revise las líneas de costo y los costos propios.
economics-service_not_allocated = { $amount } del costo total de servicio no se reparte: todos los clientes atendidos tienen costo propio.
economics-not_charged_year_unknown = { $value } (año de primera compra desconocido: no se imputa)
economics-kind_financial = Financiero
economics-kind_social = Social
economics-kind_structural = Estructural
economics-col_level = Nivel
economics-retention_caption = Gasto de retención del año
economics-add_retention = Añadir línea de retención
economics-new_retention = Nueva línea de retención
economics-no_retention = Aún no hay líneas de retención.
economics-retention_added = Se añadió una línea de retención; introduzca su nombre, nivel e importe.
economics-retention_removed = Línea de retención «{ $name }» eliminada.
economics-retention_name_label = Nombre de la línea de retención { $n }
economics-retention_level_label = Nivel de la línea de retención { $n }
economics-retention_amount_label = Importe de la línea de retención { $n }
economics-retention_remove_label = Eliminar la línea de retención { $n }
economics-cac_how_sales = Gasto total de captación ÷ ventas cerradas en el año = { $spend } ÷ { $count } = { $cac } por venta cerrada.
economics-cac_denominator = Dividir el gasto entre
economics-denominator_new_customers = Clientes nuevos ganados
economics-denominator_sales_closed = Ventas cerradas en el año
economics-sales_closed = Ventas cerradas en el año
economics-denominator_sales = El CAC medio divide el gasto entre las ventas cerradas en el año, como hace el artículo de origen; los costes de adquisición propios de los clientes siguen repartiendo el gasto entre los clientes nuevos.
economics-denominator_no_sales = Se eligieron las ventas cerradas pero no se indicaron: el CAC medio divide el gasto entre los clientes nuevos hasta que introduzca las ventas cerradas.
economics-service_benchmark = Coste de servicio del sector (la cifra de su contable)
economics-benchmark_none = Introduzca el coste de servir a un cliente en el sector (pregunte a su contable) para compararlo con la media de la lista.
economics-benchmark_above = El coste medio de servicio de la lista, { $average }, está { $difference } por encima del del sector, { $benchmark } ({ $ratio } veces): aquí servir a los clientes cuesta más de lo habitual.
economics-benchmark_below = El coste medio de servicio de la lista, { $average }, está { $difference } por debajo del del sector, { $benchmark } ({ $ratio } veces).
economics-benchmark_equal = El coste medio de servicio de la lista es igual al del sector, { $benchmark }.
