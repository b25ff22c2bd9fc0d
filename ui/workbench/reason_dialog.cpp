#include "ui/workbench/reason_dialog.h"

#include "ui/models/reason_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace recon {

ReasonDialog::ReasonDialog(const QList<ReasonCode> &codes, const QString &message, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(tr("Reason code"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("reasonMessage"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_combo->setObjectName(QStringLiteral("reasonCombo"));
    for (const ReasonCode &c : codes)
        m_combo->addItem(tr("%1 (%2)").arg(reasonLabelText(c.label), c.code), c.code);
    m_comment->setObjectName(QStringLiteral("reasonComment"));
    m_comment->setPlaceholderText(tr("Optional comment"));
    form->addRow(tr("&Reason:"), m_combo);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_combo->setFocus();
}

QString ReasonDialog::code() const
{
    return m_combo->currentData().toString();
}

QString ReasonDialog::comment() const
{
    return m_comment->text();
}

} // namespace recon
