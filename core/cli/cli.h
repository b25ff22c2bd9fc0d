#pragma once
// The `recon` command-line dispatcher: `recon <command> [options]`.
// Exit codes: 0 ok, 1 user error (one clear line on stderr), 2 internal error.

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <stdexcept>

namespace recon::cli {

// Thrown by a command for a problem the user can fix: exit code 1, message on stderr.
class UserError : public std::runtime_error {
public:
    explicit UserError(const QString &message)
        : std::runtime_error(message.toStdString())
    {
    }
};

struct Io {
    QTextStream &out;
    QTextStream &err;
};

// args[0] is the program name, args[1] the command.
int run(const QStringList &args);

} // namespace recon::cli
