#pragma once
// Every field of the current item: the parsed fields, the source's raw fields in file order,
// and the import it came from (file, line).

#include "core/model/transaction.h"

#include <QTreeWidget>

namespace recon {

class DetailPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit DetailPanel(QWidget *parent = nullptr);
    // `import` may be null (unknown import).
    void showTransaction(const Transaction *t, const Import *import);
};

} // namespace recon
