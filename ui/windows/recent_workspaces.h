#pragma once
// Most-recently-used workspace files, kept in QSettings.

#include <QStringList>

namespace recon {

class RecentWorkspaces {
public:
    static constexpr int kMax = 8;
    static QStringList list();
    static void add(const QString &path);
    static void clear();
};

} // namespace recon
