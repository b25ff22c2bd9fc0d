#include "ui/workbench/detail_panel.h"

#include "ui/models/status_text.h"

#include <QHeaderView>
#include <QLocale>

namespace recon {

DetailPanel::DetailPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("detailPanel"));
    setColumnCount(2);
    setHeaderLabels({ tr("Field"), tr("Value") });
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void DetailPanel::showTransaction(const Transaction *t, const Import *import)
{
    clear();
    if (!t)
        return;
    const QLocale locale;
    auto section = [this](const QString &title) {
        auto *s = new QTreeWidgetItem(this, { title });
        s->setFirstColumnSpanned(true);
        s->setExpanded(true);
        return s;
    };
    auto row = [](QTreeWidgetItem *parent, const QString &k, const QString &v) {
        if (!v.isEmpty())
            new QTreeWidgetItem(parent, { k, v });
    };
    QTreeWidgetItem *item = section(tr("Item"));
    row(item, tr("Side"), t->side == Side::Left ? tr("Bank (left)") : tr("Ledger (right)"));
    row(item, tr("Status"), statusText(t->status));
    row(item, tr("Booking date"), locale.toString(t->bookingDate, QLocale::ShortFormat));
    row(item, tr("Value date"), locale.toString(t->valueDate, QLocale::ShortFormat));
    row(item, tr("Amount"),
        t->amount.format(locale.decimalPoint().front(), locale.groupSeparator().front())
            + QLatin1Char(' ') + t->amount.currencyCode());
    row(item, tr("Description"), t->description);
    row(item, tr("Reference"), t->reference);
    row(item, tr("Counterparty"), t->counterparty);
    row(item, tr("Counterparty account"), t->counterpartyAccount);
    row(item, tr("Account"), t->account);
    row(item, tr("Transaction code"), t->bankCode);
    row(item, tr("External id"), t->externalId);
    row(item, tr("Batch"), t->batchId);
    row(item, tr("Id"), t->id.toString(QUuid::WithoutBraces));
    QTreeWidgetItem *src = section(tr("Source"));
    row(src, tr("File"), import ? import->fileName : tr("(unknown import)"));
    if (import)
        row(src, tr("Format"), import->format);
    row(src, tr("Line"), t->sourceLine > 0 ? QString::number(t->sourceLine) : QString());
    QTreeWidgetItem *raw = section(tr("Source fields"));
    for (const auto &[k, v] : t->raw)
        new QTreeWidgetItem(raw, { k, v });
}

} // namespace recon
