#pragma once
// One file in the import wizard: where it is, the side and account it goes to, the user's
// corrections of its mapping, and what the last dry run said about it.

#include "core/store/import_service.h"

#include <QString>

#include <optional>

namespace recon {

struct WizardFile {
    QString path;
    Side side = Side::Left;
    QString account; // own account override; empty = as the file states
    std::optional<TabularMapping> mapping; // set once the user corrects the mapping
    QString sheet; // XLSX sheet; empty = first
    bool analysed = false; // `analysis` holds a dry run
    ImportReport analysis;

    QString fileName() const;
    bool isTabular() const; // csv / xlsx: the mapping page applies
    // The request for this file (dry run or the real import).
    ImportRequest request(bool dryRun, bool skipBadLines) const;
};

// The side a file most likely belongs to: statements in bank formats go left; a CSV/XLSX
// goes right once the left side holds items (ledgers are usually exported as tables).
Side defaultSide(const QString &format, bool leftHasItems);

} // namespace recon
