#pragma once
// Reads an exported workbook back (libzip + QXmlStreamReader): every sheet's canonical SHA-256
// (the same form XlsxSink hashes while writing) and the text rows of chosen sheets (Evidence).

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace recon::report {

struct ReadSheet {
    QString name;
    QString sha256;
    QList<QStringList> textRows; // only for the sheets asked for
};

struct ReadWorkbook {
    QString error; // empty when the file could be read
    QList<ReadSheet> sheets; // workbook order
    const ReadSheet *sheet(const QString &name) const;
};

ReadWorkbook readWorkbook(const QString &path, const QStringList &textSheets);

} // namespace recon::report
