### Spanish: Strings of the history view.

history-intro = Valor de vida a partir de un registro de compras, ajustado en su navegador: los modelos de compra BG/NBD y Pareto/NBD y el modelo de gasto Gamma-Gamma («buy till you die», comprar hasta morir). El registro nunca sale de esta página.

## Step 1: import

history-import_title = 1. Registro de compras o resumen por cliente
history-import_intro = Un registro de compras tiene una fila por compra: id del cliente, fecha e importe (las demás columnas se ignoran). Un resumen por cliente tiene una fila por cliente: id, frecuencia, recencia, T y gasto medio de repetición, lo que un almacén de datos calcula con un solo GROUP BY.
history-pick = Archivo de registro de compras o de resumen por cliente
history-drop = …o suelte el archivo aquí. Separado por comas, punto y coma, tabuladores o espacios; la fila de encabezado es opcional.
history-read_failed = No se pudo leer el archivo: { $reason }
history-mapping_title = Asignar las columnas de { $file }
history-kind = El archivo contiene
history-kind_purchases = Compras (id, fecha, importe; una cantidad si el importe es un precio por unidad)
history-kind_summary = Un resumen por cliente (id, frecuencia, recencia, T, valor monetario)
history-suggestion_note = El archivo no tiene encabezado, así que las columnas se dedujeron: la primera columna cuyas celdas son fechas es la fecha, la primera de las demás es el id del cliente y la última es el importe. Revise la deducción antes de continuar.
history-mapping_caption = Qué contiene cada columna (sugerido; cámbielo si es incorrecto)
history-holds = Contiene
history-holds_for = Qué contiene la columna { $column }
history-field_id = Id del cliente
history-field_date = Fecha de compra
history-field_amount = Importe
history-field_quantity = Cantidad (el importe es entonces el precio por unidad)
history-field_frequency = Frecuencia x (compras repetidas)
history-field_recency = Recencia t_x
history-field_age = Antigüedad T
history-field_monetary = Gasto medio de repetición (valor monetario)
history-mapping_missing = Elija la columna que contiene: { $field }.
history-mapping_twice = Solo una columna puede contener: { $field }.
history-check = Comprobar filas
history-cancel = Cancelar
history-checking = Comprobando filas
history-cancel_check = Detener comprobación
history-check_cancelled = Comprobación detenida; no se usó nada.
history-check_summary =
    { $good ->
        [one] { $good } fila correcta
       *[other] { $good } filas correctas
    }, { $bad ->
        [one] { $bad } fila con problemas
       *[other] { $bad } filas con problemas
    }
history-problems = Filas con problemas (no se deduce nada: corríjalas en el archivo o use solo las filas correctas)
history-use_good =
    { $count ->
        [one] Usar { $count } fila correcta
       *[other] Usar las { $count } filas correctas
    }
history-use_nothing = No usar nada
history-used =
    { $count ->
        [one] Se usa { $count } fila.
       *[other] Se usan { $count } filas.
    }
history-working_on_log = Trabajando con «{ $name }»: { $count } { $count ->
        [one] compra
       *[other] compras
    } del { $first } al { $last }, { $count ->
        [one] guardada
       *[other] guardadas
    } en este navegador entre visitas.
history-working_on_summary = Trabajando con «{ $name }»: { $count } { $count ->
        [one] fila, guardada
       *[other] filas, guardadas
    } en este navegador entre visitas.
history-used_nothing = No se usó nada.
history-rule_id = un id de cliente de hasta 1.000 caracteres (no puede estar vacío)
history-rule_date = una fecha como 2024-03-31, 20240331 o 31/03/2024 en el orden de fecha elegido, con o sin hora
history-rule_amount = un importe de 0 a 10^15, como 29,33
history-rule_quantity = un número mayor que 0, la cantidad comprada (importe × cantidad hasta 10^15), como 2
history-rule_frequency = un número entero de compras repetidas, 0 o más
history-rule_recency = un tiempo de 0 hasta la antigüedad T del cliente
history-rule_age = un tiempo de 0 a 100.000 en la unidad elegida
history-rule_monetary = un número, el gasto medio de repetición (puede estar vacío si la frecuencia es 0; 0 o menos se valora con la media de la población)
history-rule_cal_end = una fecha de { $first } a { $last } (primera y última compra del registro)

## Step 2: calibration

history-calibration_title = 2. Período de calibración y unidad de tiempo
history-cal_end = Fin del período de calibración (último día incluido)
history-cal_end_note = Los modelos aprenden de las compras hasta este día; las compras posteriores forman el período de validación que los comprueba. Sugerido: el día situado a dos tercios del registro.
history-cal_end_note_summary = Un resumen no tiene período de validación; esta fecha solo da las fechas de primera compra (fin − T) de una lista creada a partir de él.
history-unit = Unidad de tiempo
history-unit_of_file = Unidad de tiempo de la recencia y de T en el archivo
history-unit_days = días
history-unit_weeks = semanas
history-unit_months = meses
history-customers = Clientes en el período de calibración
history-customers_how = Clientes cuya primera compra es anterior o igual al fin del período de calibración; los que compran por primera vez más tarde quedan fuera del ajuste.
history-repeat = Compradores recurrentes
history-repeat_value = { $buyers } { $buyers ->
        [one] cliente
       *[other] clientes
    }, { $purchases } { $purchases ->
        [one] compra repetida
       *[other] compras repetidas
    }
history-repeat_how = Clientes con frecuencia x ≥ 1 y la suma de x: días de compra posteriores a la primera de cada cliente, hasta el fin del período de calibración.
history-periods = Calibración y validación
history-periods_value = { $calibration } { $unit } de calibración, { $holdout } { $unit } de validación (hasta { $end })
history-periods_how = Calibración: de la primera compra del registro al fin de la calibración, ambos días incluidos. Validación: los días siguientes hasta la última compra.
history-merged = Las compras de un mismo cliente en el mismo día cuentan como una sola, con sus importes sumados: { $calibration } { $calibration ->
        [one] fila
       *[other] filas
    } del período de calibración y { $holdout } { $holdout ->
        [one] fila
       *[other] filas
    } del período de validación se fusionaron con otra fila del mismo cliente y día ({ $rows } { $rows ->
        [one] fila leída
       *[other] filas leídas
    }).
history-after_calibration = { $count ->
        [one] Se excluye { $count } cliente
       *[other] Se excluyen { $count } clientes
    } cuya primera compra es posterior al fin de la calibración.

## Step 3: summary

history-summary_title = 3. Resumen por cliente
history-summary_intro = Frecuencia x = días de compra repetida; recencia t_x = de la primera a la última compra; antigüedad T = de la primera compra al fin de la calibración; tiempos en { $unit }. El gasto medio de repetición excluye la primera compra (la convención del modelo Gamma-Gamma).
history-summary_caption = Resumen por cliente en el período de calibración (tiempos en { $unit })
history-col_id = Id del cliente
history-col_first = Primera compra
history-col_x = Frecuencia x
history-col_x_how = Días de compra distintos en el período de calibración − 1
history-col_tx = Recencia t_x ({ $unit })
history-col_tx_how = Días de la primera a la última compra de calibración ÷ días por unidad
history-col_age = Antigüedad T ({ $unit })
history-col_age_how = Días de la primera compra al fin de la calibración ÷ días por unidad
history-col_monetary = Gasto medio de repetición (sin la primera compra)
history-col_monetary_how = Suma de los importes diarios posteriores al día de la primera compra ÷ x
history-col_holdout = Compras de validación
history-col_holdout_how = Días de compra distintos después del fin de la calibración
history-no_repeat = — (sin repetición)
history-export_summary = Exportar el resumen (CSV)
history-prev = Anterior
history-next = Siguiente
history-prev_page = Página anterior de { $table }
history-next_page = Página siguiente de { $table }
history-page_of = Página { $page } de { $pages } ({ $rows } { $rows ->
        [one] cliente
       *[other] clientes
    })
history-pages = Páginas de { $table }
history-search_id = Buscar por id del cliente
history-search_count = { $shown } de { $total } { $total ->
        [one] cliente
       *[other] clientes
    }

## Step 4: models

history-models_title = 4. Modelos ajustados por máxima verosimilitud
history-models_intro = Los clientes con los mismos (x, t_x, T) se ajustan como una sola fila ponderada. Los errores estándar provienen de la curvatura de la verosimilitud en su máximo. Si un ajuste no se estabiliza, se informa de ello y nunca se muestra como cifras.
history-fit = Ajustar los modelos
history-fit_again = Volver a ajustar los modelos
history-fitting_bgnbd = Ajustando BG/NBD…
history-fitting_paretonbd = Ajustando Pareto/NBD…
history-fitting_gammagamma = Ajustando Gamma-Gamma…
history-fitted = Los modelos están ajustados.
history-cancel_fit = Cancelar ajuste
history-fit_cancelled = Ajuste cancelado; se conservan los resultados anteriores, si los hay.
history-fit_evaluations =
    { $n ->
        [one] { $n } evaluación de la verosimilitud hasta ahora
       *[other] { $n } evaluaciones de la verosimilitud hasta ahora
    }
history-bgnbd = BG/NBD
history-paretonbd = Pareto/NBD
history-gammagamma = Gamma-Gamma (gasto por compra)
history-params_caption = { $model }: estimaciones
history-param = Parámetro
history-estimate = Estimación
history-se = Error estándar
history-se_how = Raíz cuadrada de la diagonal de la inversa de la información observada (hessiana numérica de la log-verosimilitud)
history-meaning = Significado
history-param_r = forma de la distribución de la tasa de compra (sin unidad)
history-param_alpha = escala de la distribución de la tasa de compra, en { $unit }
history-param_a = abandono tras una compra: forma Beta a (sin unidad)
history-param_b = abandono tras una compra: forma Beta b (sin unidad)
history-param_s = forma de la distribución de la tasa de abandono (sin unidad)
history-param_beta = escala de la distribución de la tasa de abandono, en { $unit }
history-param_p = forma del gasto por compra (sin unidad)
history-param_q = forma del nivel de gasto del cliente (sin unidad; el gasto medio solo existe si q > 1)
history-param_gamma = escala del nivel de gasto del cliente, en la moneda del registro
history-no_se = Algunos errores estándar no están disponibles: la verosimilitud es demasiado plana en ese punto para medirlos.
history-ll = Log-verosimilitud { $ll }
history-iterations = { $n } { $n ->
        [one] iteración
       *[other] iteraciones
    }
history-converged = convergió
history-not_converged = no convergió
history-fit_time = ajustado en { $ms } ms

## Step 5: predictions

history-predictions_title = 5. Predicciones por cliente
history-model = Modelo de compra
history-t_label = Compras esperadas en las próximas t { $unit }: t
history-horizon_label = Horizonte del CLV H (meses)
history-discount_label = Tasa de descuento d mensual (%)
history-per_month = Un mes son { $month } días = { $n } { $unit }. { $clv }, donde H es el número de meses del horizonte, m el gasto esperado y E[X(k)] las compras esperadas en los primeros k meses.
history-predictions_caption = Predicciones por cliente ({ $model } con Gamma-Gamma)
history-col_p_alive = Probabilidad de estar activo
history-col_p_alive_how = Probabilidad de que el cliente siga activo al fin de la calibración, dados x, t_x y T
history-col_expected = Compras esperadas en las próximas { $t } { $unit }
history-col_expected_how = E[X(t) | x, t_x, T] del modelo de compra
history-col_spend = Gasto esperado por compra
history-col_spend_how = Gamma-Gamma: { $formula }; la media de la población { $population_mean } sin compras repetidas
history-col_clv = CLV a { $h } { $h ->
        [one] mes
       *[other] meses
    } de { $days } { $days ->
        [one] día
       *[other] días
    }
history-col_clv_how = { $formula }, donde H es el número de meses del horizonte, m es el gasto esperado y E[X(k)] las compras esperadas en los primeros k meses
history-spend_left_out = Compradores que repiten con un gasto medio de repetición de 0 o menos (devoluciones, artículos gratuitos): { $count }. Quedan fuera del ajuste Gamma-Gamma y se valoran con el gasto medio de la población { $formula } = { $mean }.
history-predictions_note = Los importes están en la moneda del registro. La probabilidad de estar activo, las compras esperadas y el CLV pueden añadirse a la lista abierta (indicadores p_alive, expected_purchases, predicted_clv), donde aparecen en la exportación de la tabla de clientes, en las pirámides ponderadas y en la exportación de resultados.
history-bgnbd_no_repeat = { $count } { $count ->
        [one] cliente compró
       *[other] clientes compraron
    } una sola vez en el periodo de calibración (x = 0). BG/NBD da a cada uno una probabilidad de estar activo de { $p }: el modelo solo permite que un cliente abandone justo después de una compra repetida, así que esto es el modelo, no un hallazgo sobre ellos. Pareto/NBD permite abandonar en cualquier momento y les da una probabilidad menor.
history-show_paretonbd = Ver Pareto/NBD
history-export_predictions = Exportar las predicciones (CSV)
history-add_to_open = Añadir las predicciones a la lista abierta
history-create_list = Crear una lista a partir de este registro
history-added = Se añadieron la probabilidad de estar activo, las compras esperadas y el CLV previsto (indicadores p_alive, expected_purchases, predicted_clv) a { $matched } { $matched ->
        [one] cliente
       *[other] clientes
    } de «{ $list }» cuyo id figura en el registro; { $unmatched } { $unmatched ->
        [one] cliente del registro no tiene
       *[other] clientes del registro no tienen
    } correspondencia allí.
history-added_none = Ningún cliente de «{ $list }» tiene un id del registro, así que no se añadió nada.
history-list_name = { $name } (historial de compras)
history-pyramid_name = CLV previsto
history-created = Se creó y abrió la lista «{ $list }» con { $count } { $count ->
        [one] cliente
       *[other] clientes
    } (primera compra, compras al año = compras ÷ años observados (al menos un año) y valor medio del pedido del período de calibración, y las tres predicciones); su pirámide se divide en niveles según la pirámide ponderada «{ $pyramid }», que ordena por CLV previsto.

## Step 6: charts

history-charts_title = 6. Gráficos
history-table_alternative = Las cifras en forma de tabla
history-heat_title = Probabilidad de estar activo ({ $model })
history-heat_x = Recencia t_x ({ $unit })
history-heat_y = Frecuencia x (compras repetidas)
history-heat_caption = Probabilidad de estar activo según frecuencia y recencia, para clientes con antigüedad T = { $age } { $unit } (los más antiguos del registro).
history-heat_corner = Frecuencia x \ recencia
history-tracking_title = Compras repetidas acumuladas: reales y BG/NBD
history-tracking_x = { $unit } desde { $start }
history-tracking_y = Compras repetidas acumuladas
history-tracking_caption = Compras repetidas de los clientes de calibración, reales frente a BG/NBD, acumuladas en el tiempo; el período de calibración termina a las { $cal } { $unit } y el resto es el período de validación.
history-no_holdout = Sin período de validación: el registro termina al fin de la calibración (o se importó un resumen), así que no se puede dibujar el gráfico de calibración frente a validación.
history-actual = Real
history-predicted_bgnbd = BG/NBD
history-hist_title = Clientes por compras repetidas: reales y BG/NBD
history-hist_x = Compras repetidas en el período de calibración
history-hist_y = Clientes
history-hist_caption = Clientes por número de compras repetidas en el período de calibración, reales frente a lo esperado por BG/NBD (la última barra: ese número o más).
history-demo_log = Se muestra el registro de compras de la lista de demostración, inventado (las compras de sus clientes en 78 semanas de 2023–24) y ajustado en cuanto se muestra. Sus identificadores son los de la lista de demostración, así que sus predicciones pueden añadirse a esa lista. No se guarda entre visitas; cargue arriba su propio registro o resumen para sustituirlo.
history-predicting = Calculando las predicciones
history-predicting_count = { $done } de { $total } { $total ->
        [one] cliente calculado
       *[other] clientes calculados
    }
history-cancel_predictions = Detener las predicciones
history-predictions_cancelled = Predicciones detenidas; no se muestra ninguna.
history-predict_again = Calcular las predicciones
