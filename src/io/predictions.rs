//! The purchase-history page's predictions as a CSV file: one row per calibration customer,
//! the summary's figures beside the model's predictions, the units in the column names.

use crate::engine::btyd::report::Prediction;
use crate::engine::btyd::rfm::{RfmSummary, TimeUnit, DAYS_PER_MONTH};
use crate::engine::keys::Keyed;
use crate::io::export::write_csv;
use crate::io::number::write_number;
use crate::io::purchase_log::rfm_cells;

/// Column names of the predictions export, with the units in the names: the time unit of
/// recency, T and `t_units` (the "expected purchases in the next t units" window), and the
/// CLV's horizon (`horizon_months`) and month length (365.25 ÷ 12 = 30.4375 days), so a file
/// read without the page still says them.
pub fn predictions_header(unit: TimeUnit, t_units: f64, horizon_months: u32) -> Vec<String> {
    vec![
        "customer_id".to_string(),
        "frequency".into(),
        format!("recency_{}", unit.key()),
        format!("T_{}", unit.key()),
        "mean_repeat_spend".into(),
        "p_alive".into(),
        format!(
            "expected_purchases_next_{}_{}",
            write_number(t_units),
            unit.key()
        ),
        "expected_spend".into(),
        format!(
            "clv_{}_months_of_{}_days",
            horizon_months,
            write_number(DAYS_PER_MONTH)
        ),
    ]
}

/// The predictions file: the header of [`predictions_header`], then each customer of
/// `summary` beside its prediction (the two in the same order): id, x, t_x and T in the
/// summary's unit, mean repeat spend (empty when x = 0), probability alive 0–1, expected
/// purchases, expected spend per purchase and CLV in money.
pub fn predictions_csv(
    summary: &RfmSummary,
    predictions: &[Prediction],
    t_units: f64,
    horizon_months: u32,
) -> String {
    let header = predictions_header(summary.unit, t_units, horizon_months);
    let rows = summary
        .customers
        .iter()
        .zip(predictions.iter())
        .map(|(c, x)| {
            let mut cells = rfm_cells(c);
            cells.extend([x.p_alive, x.expected, x.spend, x.clv].map(write_number));
            cells
        });
    write_csv(&header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::rfm::{summarize, Purchase};
    use chrono::NaiveDate;

    #[test]
    fn the_header_names_the_units() {
        let header = predictions_header(TimeUnit::Weeks, 52.0, 12);
        assert_eq!(header[2], "recency_weeks");
        assert_eq!(header[6], "expected_purchases_next_52_weeks");
        // 365.25 ÷ 12 = 30.4375 days, written in full.
        assert_eq!(header[8], "clv_12_months_of_30.4375_days");
        assert_eq!(header.len(), 9);
        assert_eq!(
            predictions_header(TimeUnit::Days, 2.5, 6)[6],
            "expected_purchases_next_2.5_days"
        );
    }

    #[test]
    fn each_customer_sits_beside_its_prediction() {
        let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
        let buy = |id: &str, date, amount| Purchase {
            customer_id: id.into(),
            date,
            amount,
        };
        // a buys on 1 Jan, 8 Jan (20) and 15 Jan (40): x = 2, t_x = 2 weeks, T (to 29 Jan)
        // = 4 weeks, mean repeat spend 30. b buys once on 22 Jan: x = 0, T = 1 week.
        let log = vec![
            buy("a", d(1, 1), 10.0),
            buy("a", d(1, 8), 20.0),
            buy("a", d(1, 15), 40.0),
            buy("b", d(1, 22), 5.0),
        ];
        let s = summarize(&log, d(1, 29), None, TimeUnit::Weeks).unwrap();
        let pred = |id: &str, p_alive, expected, spend, clv| Prediction {
            id: id.into(),
            p_alive,
            expected,
            spend,
            clv,
        };
        let preds = [
            pred("a", 0.5, 1.25, 30.0, 100.0),
            pred("b", 1.0, 0.75, 12.5, 9.0),
        ];
        let text = predictions_csv(&s, &preds, 52.0, 12);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines.len(), 3);
        // Text cells are quoted (an empty one too), numbers are not.
        assert_eq!(
            lines[0],
            "\"customer_id\",\"frequency\",\"recency_weeks\",\"T_weeks\",\"mean_repeat_spend\",\
             \"p_alive\",\"expected_purchases_next_52_weeks\",\"expected_spend\",\
             \"clv_12_months_of_30.4375_days\""
        );
        assert_eq!(lines[1], "\"a\",2,2,4,30,0.5,1.25,30,100");
        assert_eq!(lines[2], "\"b\",0,0,1,\"\",1,0.75,12.5,9");
    }
}
