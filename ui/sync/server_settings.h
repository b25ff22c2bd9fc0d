#pragma once
// Where the workstation syncs to (Tools › Server Settings…): server URL, an optional extra CA
// certificate (a self-signed server's) and the user name, kept in QSettings. The password is
// never stored: the sign-in dialog asks for it and the sync controller keeps it in memory only.

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;

namespace recon {

struct ServerSettings {
    QString url; // https://host:port
    QString caFile; // PEM, optional
    QString user;

    static ServerSettings load();
    void save() const;
    bool isComplete() const { return !url.isEmpty() && !user.isEmpty(); }
};

class ServerSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServerSettingsDialog(QWidget *parent = nullptr);
    ServerSettings settings() const;
    void accept() override; // validates, saves, closes

private:
    void browseCa();

    QLineEdit *m_url;
    QLineEdit *m_ca;
    QLineEdit *m_user;
    QLabel *m_error;
};

// Asks the password for the configured user; the caller keeps it for the session.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const ServerSettings &settings, QWidget *parent = nullptr);
    QString password() const;

private:
    QLineEdit *m_password;
};

} // namespace recon
