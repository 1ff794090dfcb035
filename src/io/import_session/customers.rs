//! A customer list as an [`ImportKind`]: columns go to fields, indicators or free attributes,
//! and values are read with the percent scales, date orders and choice words set here.

use super::{ImportKind, RowCheck};
use crate::engine::model::DateOrderGuess;
use crate::io::csv_import::{
    suggest_date_order, suggest_mapping, suggest_scale, ColumnTarget, Converter, RawTable, Readings,
};
use crate::io::fields::{ChoiceLabels, Field, PercentScale};
use crate::io::number::DecimalSeparator;
use crate::lists::ChoiceMemory;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How the rows of a customer list are read, beyond the mapping.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomerImport {
    /// Percent scale per column index (suggested, then as the user switched it).
    pub scales: HashMap<usize, PercentScale>,
    /// What choice words stand for: the open list's memory plus what the user says here.
    pub memory: ChoiceMemory,
    /// Date order per column index, as guessed from its values (then as the user set it).
    pub date_orders: HashMap<usize, DateOrderGuess>,
    /// Whether the rows go into the open list rather than a new one.
    pub into_current: bool,
}

/// What a check of customer rows needs from the page.
#[derive(Debug, Clone, Default)]
pub struct CustomerCheckInput {
    /// Ids already in the list the rows go into.
    pub taken_ids: HashSet<String>,
    /// The page's own names of choices in every language.
    pub labels: ChoiceLabels,
}

impl CustomerImport {
    /// A customer import that starts from what the open list knows about choice words.
    pub fn new(memory: ChoiceMemory) -> CustomerImport {
        CustomerImport {
            memory,
            ..CustomerImport::default()
        }
    }

    /// How cells will be read, as the check and the readings step use it.
    pub fn readings(&self, decimal: DecimalSeparator, labels: ChoiceLabels) -> Readings {
        Readings {
            decimal,
            scales: self.scales.clone(),
            memory: self.memory.clone(),
            labels,
            date_orders: self
                .date_orders
                .iter()
                .map(|(&i, g)| (i, g.order))
                .collect(),
        }
    }
}

impl ImportKind for CustomerImport {
    type Field = Field;
    type Target = ColumnTarget;
    type CheckInput = CustomerCheckInput;
    type Converter = Converter;

    fn field(target: &ColumnTarget) -> Option<Field> {
        match target {
            ColumnTarget::Field(f) => Some(*f),
            _ => None,
        }
    }

    fn required(&self) -> &[Field] {
        &[Field::Name]
    }

    fn suggest(&self, table: &RawTable, decimal: DecimalSeparator) -> Vec<ColumnTarget> {
        suggest_mapping(table, decimal)
    }

    fn read(&mut self, table: &RawTable, _mapping: &[ColumnTarget], decimal: DecimalSeparator) {
        let columns = 0..table.columns.len();
        self.scales = columns
            .clone()
            .map(|i| (i, suggest_scale(table, i, decimal)))
            .collect();
        self.date_orders = columns.map(|i| (i, suggest_date_order(table, i))).collect();
    }

    fn converter(
        &self,
        table: Arc<RawTable>,
        mapping: &[ColumnTarget],
        decimal: DecimalSeparator,
        input: CustomerCheckInput,
    ) -> Option<Converter> {
        let readings = self.readings(decimal, input.labels);
        Converter::new(table, mapping.to_vec(), readings, input.taken_ids).ok()
    }
}

impl RowCheck for Converter {
    fn total_rows(&self) -> usize {
        Converter::total_rows(self)
    }

    fn done_rows(&self) -> usize {
        Converter::done_rows(self)
    }

    fn step(&mut self, max_rows: usize) -> bool {
        Converter::step(self, max_rows)
    }
}
