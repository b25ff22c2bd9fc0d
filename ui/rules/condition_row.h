#pragma once
// One condition of the rule being edited, as a row of editors chosen by its type: field pickers,
// operator, tolerance spin boxes (absolute / percent), date window and which dates, similarity
// method with a slider and threshold, a regex with a live test field showing its captures, and
// any/all groups holding nested rows. Each change is one undoable edit through the form.

#include "core/match/rule_document.h"

#include <QFrame>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QDoubleSpinBox;
class QCheckBox;
class QVBoxLayout;
class QHBoxLayout;

namespace recon {

class DecimalSpinBox;
class RuleForm;

class ConditionRow : public QFrame {
    Q_OBJECT
public:
    ConditionRow(RuleForm *form, int rule, const match::CondPath &path, QWidget *parent = nullptr);

    const match::CondPath &path() const { return m_path; }
    // Shows the document's current values (signals blocked); the row's widgets stay.
    void load(const match::JNode &cond);
    QList<ConditionRow *> childRows() const { return m_children; }

private:
    using Change = std::function<void(match::JNode &)>;
    void change(const QString &text, const QString &key, const Change &fn);
    QComboBox *fieldCombo(const QString &objectName);
    QWidget *fieldSet(const QString &key, QList<QCheckBox *> *boxes);
    void buildAmount();
    void buildDate();
    void buildFields(bool text);
    void buildSimilarity(bool withMethod);
    void buildRegex();
    void buildReferenceInText();
    void buildGroup();
    void updateCaptures();

    RuleForm *m_form;
    int m_rule;
    match::CondPath m_path;
    QString m_type;
    QHBoxLayout *m_row = nullptr;
    // editors (those of the row's type are set)
    QCheckBox *m_useAbs = nullptr;
    QCheckBox *m_usePct = nullptr;
    DecimalSpinBox *m_abs = nullptr;
    DecimalSpinBox *m_pct = nullptr;
    QComboBox *m_sign = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_leftDate = nullptr;
    QComboBox *m_rightDate = nullptr;
    QComboBox *m_leftField = nullptr;
    QComboBox *m_rightField = nullptr;
    QComboBox *m_method = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLineEdit *m_pattern = nullptr;
    QComboBox *m_searchSide = nullptr;
    QList<QCheckBox *> m_in;
    QComboBox *m_key = nullptr;
    QLineEdit *m_test = nullptr;
    QLabel *m_captures = nullptr;
    QComboBox *m_refSide = nullptr;
    QSpinBox *m_minLength = nullptr;
    QComboBox *m_groupOp = nullptr;
    QVBoxLayout *m_childLayout = nullptr;
    QList<ConditionRow *> m_children;
};

} // namespace recon
