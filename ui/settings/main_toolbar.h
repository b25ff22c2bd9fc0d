#pragma once
// The main window's toolbar: the everyday actions with icons from the shared set, found by
// objectName (so each room keeps its own action): import, run matching, export, undo/redo,
// match selected, confirm, reject, sync, dashboard. Actions a build does not have are skipped.

class QMainWindow;
class QToolBar;

namespace recon {

QToolBar *installMainToolBar(QMainWindow *window);

} // namespace recon
