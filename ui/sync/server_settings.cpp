#include "ui/sync/server_settings.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace recon {

namespace {
const QString kUrl = QStringLiteral("sync/serverUrl");
const QString kCa = QStringLiteral("sync/caFile");
const QString kUser = QStringLiteral("sync/user");
} // namespace

ServerSettings ServerSettings::load()
{
    QSettings s;
    return { s.value(kUrl).toString(), s.value(kCa).toString(), s.value(kUser).toString() };
}

void ServerSettings::save() const
{
    QSettings s;
    s.setValue(kUrl, url);
    s.setValue(kCa, caFile);
    s.setValue(kUser, user);
}

ServerSettingsDialog::ServerSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_ca(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Server Settings"));
    const ServerSettings cur = ServerSettings::load();
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(tr("https://recon.example.com:8443"));
    m_url->setText(cur.url);
    m_ca->setObjectName(QStringLiteral("caFileEdit"));
    m_ca->setPlaceholderText(tr("Optional: the server's certificate (PEM) if self-signed"));
    m_ca->setText(cur.caFile);
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_user->setText(cur.user);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCaButton"));
    connect(browse, &QPushButton::clicked, this, &ServerSettingsDialog::browseCa);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("&CA certificate:"), caRow);
    form->addRow(tr("User &name:"), m_user);
    auto *note = new QLabel(tr("The password is asked when you sign in and is never saved."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ServerSettings ServerSettingsDialog::settings() const
{
    return { m_url->text().trimmed(), m_ca->text().trimmed(), m_user->text().trimmed() };
}

void ServerSettingsDialog::accept()
{
    const ServerSettings s = settings();
    const QUrl url(s.url, QUrl::StrictMode);
    QString error;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        error = tr("The server URL must look like https://host:port.");
    else if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable())
        error = tr("The CA certificate file cannot be read: %1").arg(s.caFile);
    else if (s.user.isEmpty())
        error = tr("Enter your user name on the server.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    s.save();
    QDialog::accept();
}

void ServerSettingsDialog::browseCa()
{
    const QString f = QFileDialog::getOpenFileName(
        this, tr("CA Certificate"), m_ca->text(), tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!f.isEmpty())
        m_ca->setText(f);
}

SignInDialog::SignInDialog(const ServerSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), new QLabel(settings.url.toHtmlEscaped(), this));
    form->addRow(tr("User:"), new QLabel(settings.user.toHtmlEscaped(), this));
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SignInDialog::password() const
{
    return m_password->text();
}

} // namespace recon
