#pragma once
// Small dialog asking for a reason code (and an optional comment) when a manual match leaves a
// difference, or when items are set aside as exceptions.

#include "core/store/resolution_service.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace recon {

class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QList<ReasonCode> &codes, const QString &message, QWidget *parent = nullptr);
    QString code() const;
    QString comment() const;
    QComboBox *combo() const { return m_combo; }

private:
    QComboBox *m_combo;
    QLineEdit *m_comment;
};

} // namespace recon
