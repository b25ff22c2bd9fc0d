#pragma once
// What bank column headers mean: synonyms in English, German, French, Dutch, Spanish (and a few
// Hungarian, Italian, Portuguese), folded for case, accents and punctuation. Also the labels of
// balance lines in preambles and footers ("Saldo;150,00;EUR", "Balance at end of period").

#include "core/import/reader.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace recon::tabular {

// Lower case, accents removed (ä -> a, ß -> ss), punctuation to blanks, blanks collapsed.
QString foldHeader(QStringView s);

enum class HeaderKind {
    Unknown,
    Role, // a ColumnRole
    Ignore, // known, deliberately not used (fees, foreign amounts, BIC ...)
    OpeningBalance, // statement-level balance column ("Beginning Balance")
    ClosingBalance, // statement-level balance column ("Ending Balance")
};

struct HeaderMatch {
    HeaderKind kind = HeaderKind::Unknown;
    ColumnRole role = ColumnRole::Ignore;
    int strength = 0; // 2 exact synonym, 1 keyword match
    QString currency; // "Bedrag (EUR)" -> EUR
};
HeaderMatch matchHeader(QStringView header);

enum class BalanceLabel { None, Opening, Closing };
// A preamble/footer label cell that states a statement balance.
BalanceLabel balanceLabel(QStringView cell);
// A footer/summary label ("Total", "Summe", "Totaal", "Saldo" ...): such rows are not bookings.
bool isSummaryLabel(QStringView cell);

} // namespace recon::tabular
