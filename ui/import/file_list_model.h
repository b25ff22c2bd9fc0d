#pragma once
// The wizard's list of files: one row per file with what the dry run found (format, encoding,
// statements, items, duplicates, whether the balances roll) and its state.

#include "ui/import/wizard_file.h"

#include <QAbstractTableModel>

namespace recon {

class FileListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        File,
        SideColumn,
        Format,
        Encoding,
        Statements,
        Transactions,
        Duplicates,
        Balances,
        State,
        ColumnCount
    };

    explicit FileListModel(QList<WizardFile> *files, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The list changed under the model (files added, removed, analysed).
    void refresh();
    void refreshRow(int row);

    static QString sideLabel(Side s);
    static QString balanceText(const WizardFile &f);
    static QStringList balanceProblems(const WizardFile &f);
    static int itemCount(const ImportReport &r);
    static QString stateText(const WizardFile &f);

private:
    QList<WizardFile> *m_files;
};

} // namespace recon
