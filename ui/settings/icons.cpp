#include "ui/settings/icons.h"

#include "ui/settings/theme.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPixmap>
#include <QWidget>

namespace recon {

namespace {

const char *const kProperty = "reconIcon";
// The outline colour the SVGs are drawn with, and its counterpart on dark backgrounds.
const QByteArray kOutline = QByteArrayLiteral("#2d4a66");
const QByteArray kOutlineDark = QByteArrayLiteral("#c9d6e3");

} // namespace

QIcon reconIcon(const QString &name, bool dark)
{
    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = f.readAll();
    if (dark)
        svg.replace(kOutline, kOutlineDark);
    QIcon icon;
    // Pixmaps for 1x and 2x screens at the usual menu, toolbar and large sizes.
    for (int px : { 16, 20, 24, 32, 40, 48, 64 }) {
        QBuffer buf(&svg);
        buf.open(QIODevice::ReadOnly);
        QImageReader reader(&buf, "svg");
        reader.setScaledSize(QSize(px, px));
        const QImage img = reader.read();
        if (img.isNull())
            return {};
        icon.addPixmap(QPixmap::fromImage(img));
    }
    return icon;
}

QIcon reconIcon(const QString &name)
{
    return reconIcon(name, isDarkPalette(QApplication::palette()));
}

void setActionIcon(QAction *action, const QString &name)
{
    if (!action)
        return;
    action->setProperty(kProperty, name);
    action->setIcon(reconIcon(name));
}

void refreshIcons()
{
    const bool dark = isDarkPalette(QApplication::palette());
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (QAction *a : top->findChildren<QAction *>()) {
            const QString name = a->property(kProperty).toString();
            if (!name.isEmpty())
                a->setIcon(reconIcon(name, dark));
        }
    }
}

bool svgIconsAvailable()
{
    return QImageReader::supportedImageFormats().contains("svg");
}

} // namespace recon
