#pragma once
// The icon set in resources/icons (one stroke style, 24 px grid, SVG): rendered through Qt's SVG
// image plugin at every size the toolbar and menus need (crisp at 2x), with the outline colour
// adapted to a dark palette. Actions keep the icon name in a property so a theme switch can
// re-render them all (refreshIcons).

#include <QIcon>
#include <QString>

class QAction;

namespace recon {

// e.g. reconIcon("import"); a null icon when the name is unknown or SVG cannot be read.
QIcon reconIcon(const QString &name, bool dark);
QIcon reconIcon(const QString &name); // for the application's current palette
// Sets the icon and remembers its name on the action.
void setActionIcon(QAction *action, const QString &name);
// Re-renders the icons of every action that has one of ours (after a palette change).
void refreshIcons();
// True when the SVG image plugin is there (icons render); tests check this.
bool svgIconsAvailable();

} // namespace recon
