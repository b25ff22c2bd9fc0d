#pragma once
// Wizard page 2 (CSV/XLSX files): the column mapping over a preview of the first rows. Every
// change (a column's role, header row, sheet, date format, decimal separator, sign, currency)
// re-previews at once; cells that fail to parse are highlighted with the message as a tooltip.
// The mapping can be saved as a profile, re-applied to files with the same header.

#include "core/import/preview.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace recon {

class ImportWizard;
class PreviewModel;
struct WizardFile;

class MappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard *wizard);

    PreviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Shows the file at `index` in the wizard's list (a tabular one).
    void showFile(int index);
    int currentFile() const { return m_fileIndex; }
    bool saveProfile(const QString &name, QString *error = nullptr);

    void initializePage() override;

private:
    void load();
    void preview(const std::optional<TabularMapping> &mapping);
    void edit(const std::function<void(TabularMapping &)> &change);
    void syncControls();
    void reopenEditors();
    void saveProfileClicked();
    WizardFile *file();

    ImportWizard *m_wizard;
    int m_fileIndex = -1;
    TabularSample m_sample;
    bool m_userDate = false; // the user chose the date format / decimal separator for this file
    bool m_userDecimal = false;
    // Whether the layout shown was a complete mapping (the grid's own roles change before edit()).
    bool m_layoutValid = false;
    PreviewModel *m_model;
    QTableView *m_view;
    QComboBox *m_fileCombo;
    QComboBox *m_sheet;
    QSpinBox *m_headerRow;
    QComboBox *m_dateFormat;
    QComboBox *m_decimal;
    QCheckBox *m_invert;
    QLineEdit *m_currency;
    QLabel *m_sign;
    QLabel *m_source;
    QLabel *m_summary;
    QLabel *m_profile;
    QLineEdit *m_profileName;
    QPushButton *m_saveProfile;
};

} // namespace recon
