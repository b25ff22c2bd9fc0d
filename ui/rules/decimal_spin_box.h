#pragma once
// A spin box for exact decimals (tolerances, percentages): the value is its text, held as
// integer units at a fixed scale; stepping adds whole units, never through a double.

#include <QAbstractSpinBox>

namespace recon {

class DecimalSpinBox : public QAbstractSpinBox {
    Q_OBJECT
public:
    explicit DecimalSpinBox(int scale = 2, QWidget *parent = nullptr);

    // "25.00", "2" ... (empty text reads as 0). Shown as written; edits show `scale` decimals.
    QString text() const;
    void setText(const QString &decimal);
    qint64 units() const { return m_units; } // value * 10^scale
    void setMaximumUnits(qint64 max) { m_max = max; }

    void stepBy(int steps) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

Q_SIGNALS:
    void valueChanged(const QString &text);

protected:
    StepEnabled stepEnabled() const override;

private:
    static qint64 parseUnits(const QString &text, int scale, bool *ok);
    QString format(qint64 units) const;
    void onEdited();

    int m_scale;
    qint64 m_units = 0;
    qint64 m_max = 999999999;
};

} // namespace recon
