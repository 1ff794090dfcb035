### Spanish: Strings of the errors view.

error-acquisition-no_spend = Indique lo gastado en ganar clientes para ver el costo de adquisición.
error-acquisition-no_new_customers = No se ganaron clientes nuevos en el período, así que no hay costo por cliente nuevo.
error-acquisition-bad_line = El importe de la línea de gasto «{ $name }» debe ser un número, cero o más.
error-service-no_cost = Indique el costo anual de atender a los clientes para ver el costo medio de servicio.
error-service-no_customers = No se atendió a ningún cliente, así que no hay costo medio de servicio.
error-service-bad_line = El importe de la línea de costo «{ $name }» debe ser un número, cero o más.
error-ltv-never_ends = Si se conserva a todos los clientes y no hay tasa de descuento, el valor de vida no tiene fin; fije una tasa de descuento mayor que cero o una retención inferior al 100 %.
error-ltv-margin = El margen anual no es un número.
error-churn-no_base = Para calcular el abandono hace falta el número de clientes al inicio del período, y ese número es cero.
error-churn-lost_exceeds_base = Los clientes perdidos ({ $lost }) superan a los que había al inicio del período ({ $base }).
error-cohort-no_years = La tabla de cohortes necesita al menos un año.
error-cohort-no_customers = La cohorte necesita un número de clientes mayor que cero.
error-cohort-bad_discount = La tasa de interés y el factor de riesgo deben ser cero o más.
error-cohort-bad_cell = Año { $year }: el valor de «{ $column }» no se puede usar (debe ser un número, cero o más; las tasas, como máximo 1).
error-cohort-column_retention = tasa de retención
error-cohort-column_orders = pedidos por cliente
error-cohort-column_order_value = valor medio del pedido
error-cohort-column_cost_rate = tasa de costo
error-cohort-column_marketing = costo de marketing por cliente
error-tier-no_such_pyramid = La pirámide ponderada número { $n } no existe; elija otro criterio de clasificación.
error-tier-bad_shares = Las proporciones de los niveles deben ser cero o más, una por nivel, y sumar más que cero.
error-tier-bad_thresholds = Los umbrales deben ser números ordenados de mayor a menor, uno menos que el número de niveles.
error-tier-no_weights = Asigne un peso mayor que cero a al menos un indicador.
error-tier-no_data = Ningún cliente tiene un valor que distinga a los clientes en alguno de los indicadores ponderados ({ $indicators }): no hay datos para ordenar, así que no se muestran niveles. Introduzca estas cifras en la tabla de clientes, o pondere indicadores que la lista tenga.
error-tier-no_data_none = { $indicator }: ningún cliente lo tiene
error-tier-no_data_same = { $indicator }: todos los clientes que lo tienen tienen el mismo valor
error-icp-no_criteria = Defina al menos un criterio de cliente ideal para ver las puntuaciones de ajuste.
error-icp-no_weights = Asigne un peso mayor que cero a al menos un criterio de cliente ideal.
error-market-too_small = { $addressable ->
        [one] Solo { $addressable } cliente coincide
       *[other] Solo unos { $addressable } clientes coinciden
    } con el perfil (menos de { $minimum }); relaje los criterios del perfil.
error-market-too_contested = { $per_firm ->
        [one] Hay { $per_firm } cliente que coincide
       *[other] Hay unos { $per_firm } clientes que coinciden
    } con el perfil por cada empresa que compite por ellos (menos de { $minimum }); el perfil está demasiado disputado: relaje sus criterios.
error-log-empty = El registro de compras no tiene filas.
error-log-invalid_amount = La fila { $row } tiene un importe de { $value }; los importes deben ser números de cero a 10^15.
error-log-empty_id = La fila { $row } no tiene id de cliente.
error-log-holdout_before_calibration = El fin del período de validación es anterior al fin del período de calibración.
error-log-no_calibration_customers = Ningún cliente hizo su primera compra antes del fin del período de calibración ni ese mismo día.
error-rule-not_finite = un valor no es un número finito
error-rule-negative_weight = el peso es negativo
error-rule-negative_times = la recencia y la antigüedad no pueden ser negativas
error-rule-recency_above_age = la recencia es mayor que la antigüedad
error-rule-recency_without_repeats = la recencia debe ser 0 en un cliente sin compras repetidas
error-rule-repeats_without_recency = un cliente con compras repetidas debe tener una recencia mayor que 0
error-rule-spend_needs_repeat = el modelo de gasto necesita al menos una compra repetida
error-rule-mean_spend_missing = un cliente con compras repetidas necesita un gasto medio de repetición
error-rule-mean_spend_not_positive = el gasto medio de todos los compradores que repiten es 0 o menos
error-rule-no_repeat_purchases = ningún cliente hizo una compra repetida
error-rule-all_first_on_last_day = todos los clientes hicieron su primera compra el último día del período de calibración
error-rule-time_not_usable = los tiempos deben ser números, cero o más
error-rule-parameter_not_positive = los parámetros del modelo deben ser números positivos
error-rule-horizon_out_of_range = el horizonte debe estar entre 1 y 1200 meses
error-rule-negative_discount = la tasa de descuento debe ser cero o positiva
error-rule-negative_spend = el gasto debe ser cero o positivo
error-quantity-log_likelihood = la log-verosimilitud
error-quantity-expected_purchases = el número esperado de compras
error-quantity-cumulative_expected = las compras repetidas esperadas acumuladas
error-quantity-discounted_expected = las compras esperadas descontadas
error-quantity-probability_alive = la probabilidad de estar activo
error-quantity-purchase_probability = la probabilidad de compra
error-quantity-mean_spend = el gasto medio por compra
error-quantity-expected_spend = el gasto esperado por compra
error-quantity-lifetime_value = el valor de vida
error-special-non_finite = Una función especial recibió un número que no es finito.
error-special-outside_domain = Se pidió a la función especial { $function } un valor fuera de su dominio.
error-special-not_converged = La función especial { $function } no pudo alcanzar la precisión completa con estos argumentos.
error-special-overflow = Con estos argumentos, el valor de la función especial { $function } es demasiado grande para representarlo.
error-model-empty = No hay clientes a los que ajustar el modelo.
error-model-invalid_row = La fila de cliente { $row } no se puede usar: { $reason }.
error-model-not_identifiable = El modelo no se puede ajustar a estos datos: { $reason }.
error-model-not_converged = El ajuste del modelo no se estabilizó tras { $iterations } { $iterations ->
        [one] iteración
       *[other] iteraciones
    } (log-verosimilitud { $ll }); sus parámetros no son fiables. Pruebe otra unidad de tiempo o más datos.
error-model-no_finite_mean_spend = El modelo de gasto obtuvo q = { $q }, que es como máximo 1: en ese caso el gasto medio por compra no tiene límite, así que no se puede dar ningún gasto esperado ni valor de vida.
error-model-invalid_argument = El valor indicado para { $name } no es válido: { $reason }.
error-model-invalid_value = Un valor indicado no es válido: { $reason }.
error-model-non_finite = No fue posible calcular { $what } con estos valores (se produce un desbordamiento numérico).
error-store-other = El navegador se negó a guardar ({ $why }).
error-doc-invalid = no es una lista guardada por esta página ({ $detail })
error-doc-newer = lo guardó una versión más reciente de esta página (formato { $version }); ábralo en esa versión
error-doc-not_ours = es un JSON de otro programa, no una lista guardada por esta página
error-read-empty = el archivo no tiene filas
error-read-malformed = línea { $line }: { $detail }
error-read-unclosed_quote = línea { $line }: unas comillas abiertas aquí no se cierran nunca, así que el resto del archivo se leería como una sola celda. Cierre o quite las comillas y vuelva a elegir el archivo
error-mapping-twice = Hay dos columnas asignadas a «{ $field }»; asigne cada campo una sola vez.
error-chart-drawing = error al dibujar: { $detail }
error-setting-segment_churn = Abandono de un segmento
error-setting-churn_year = Año cuyo abandono se mide
error-setting-sales_closed = Ventas cerradas
error-setting-service_cost_benchmark = Coste de servicio del sector
error-setting-churn_min_at_start = Clientes al inicio que necesita un segmento
