#include "ui/rules/decimal_spin_box.h"

#include <QLineEdit>
#include <QRegularExpression>

namespace recon {

DecimalSpinBox::DecimalSpinBox(int scale, QWidget *parent)
    : QAbstractSpinBox(parent)
    , m_scale(scale)
{
    setAccelerated(true);
    setText(QStringLiteral("0"));
    connect(lineEdit(), &QLineEdit::textEdited, this, &DecimalSpinBox::onEdited);
}

qint64 DecimalSpinBox::parseUnits(const QString &text, int scale, bool *ok)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{0,9})(?:\\.(\\d*))?$"));
    const auto m = re.match(text.trimmed());
    *ok = m.hasMatch() && m.captured(2).size() <= scale;
    if (!*ok)
        return 0;
    qint64 units = m.captured(1).toLongLong();
    QString frac = m.captured(2);
    for (int i = 0; i < scale; ++i)
        units = units * 10 + (i < frac.size() ? frac.at(i).digitValue() : 0);
    return units;
}

QString DecimalSpinBox::format(qint64 units) const
{
    qint64 p = 1;
    for (int i = 0; i < m_scale; ++i)
        p *= 10;
    QString s = QString::number(units / p);
    if (m_scale > 0)
        s += QLatin1Char('.') + QStringLiteral("%1").arg(units % p, m_scale, 10, QLatin1Char('0'));
    return s;
}

QString DecimalSpinBox::text() const
{
    const QString t = lineEdit()->text().trimmed();
    return t.isEmpty() ? QStringLiteral("0") : t;
}

void DecimalSpinBox::setText(const QString &decimal)
{
    bool ok = false;
    const qint64 u = parseUnits(decimal, m_scale, &ok);
    m_units = ok ? u : 0;
    lineEdit()->setText(ok ? decimal.trimmed() : format(m_units));
}

void DecimalSpinBox::stepBy(int steps)
{
    qint64 step = 1;
    for (int i = 0; i < m_scale; ++i)
        step *= 10; // one whole unit per step
    if (m_scale >= 2 && m_max < 100 * step)
        step /= 10; // small ranges (percent) step by 0.1
    m_units = std::clamp<qint64>(m_units + steps * step, 0, m_max);
    lineEdit()->setText(format(m_units));
    Q_EMIT valueChanged(text());
}

QAbstractSpinBox::StepEnabled DecimalSpinBox::stepEnabled() const
{
    StepEnabled e = StepNone;
    if (m_units > 0)
        e |= StepDownEnabled;
    if (m_units < m_max)
        e |= StepUpEnabled;
    return e;
}

QValidator::State DecimalSpinBox::validate(QString &input, int &) const
{
    if (input.trimmed().isEmpty())
        return QValidator::Intermediate;
    bool ok = false;
    const qint64 u = parseUnits(input, m_scale, &ok);
    if (!ok)
        return QValidator::Invalid;
    return u <= m_max ? QValidator::Acceptable : QValidator::Invalid;
}

void DecimalSpinBox::fixup(QString &input) const
{
    if (input.trimmed().isEmpty())
        input = format(0);
}

void DecimalSpinBox::onEdited()
{
    bool ok = false;
    const qint64 u = parseUnits(lineEdit()->text(), m_scale, &ok);
    if (!ok || lineEdit()->text().trimmed().isEmpty())
        return;
    m_units = u;
    Q_EMIT valueChanged(text());
}

} // namespace recon
