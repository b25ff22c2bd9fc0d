// The German and French catalogues (translations/recon_<lang>.ts) are complete: every message
// has a finished, non-empty translation (both plural forms for %n), keeps the source's
// placeholders, its single accelerator and its trailing ellipsis, leaves shortcut strings such
// as tr("Ctrl+I") unchanged, and both catalogues hold the same messages. Run
// `ninja recon_ui_lupdate` after adding strings, translate, and this test passes again.
#include "support/testsupport.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms; // the translation, or its numerus forms
};

struct Catalogue {
    QString language; // <TS language="de_DE">
    QList<Message> messages;
    QString error; // XML error, if any
};

Catalogue parseTs(const QByteArray &xml)
{
    Catalogue cat;
    QXmlStreamReader r(xml);
    QString context;
    Message msg;
    bool inMessage = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("TS")) {
                cat.language = r.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = r.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                msg = Message {};
                msg.context = context;
                msg.numerus
                    = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source") && inMessage) {
                msg.source = r.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                msg.type = r.attributes().value(QLatin1String("type")).toString();
                if (!msg.numerus)
                    msg.forms << r.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                msg.forms << r.readElementText();
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("message")) {
            cat.messages << msg;
            inMessage = false;
        }
    }
    if (r.hasError())
        cat.error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
    return cat;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

int accelerators(const QString &s)
{
    int n = 0;
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s[i] != QLatin1Char('&'))
            continue;
        if (s[i + 1] == QLatin1Char('&'))
            ++i; // "&&" is a literal ampersand
        else
            ++n;
    }
    return n;
}

bool isShortcut(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(Ctrl|Alt|Shift|Meta)\\+\\S+$"));
    return re.match(s).hasMatch();
}

// Every problem of one catalogue, one line each ("Context: 'source': what is wrong").
QStringList problems(const Catalogue &cat, int pluralForms)
{
    QStringList out;
    if (!cat.error.isEmpty())
        out << cat.error;
    if (cat.messages.isEmpty())
        out << QStringLiteral("no messages");
    for (const Message &m : cat.messages) {
        const QString where = QStringLiteral("%1: '%2': ").arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            out << where + m.type;
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms)
            out << where
                    + QStringLiteral("%1 plural forms, want %2")
                          .arg(m.forms.size())
                          .arg(pluralForms);
        if (m.forms.isEmpty())
            out << where + QStringLiteral("no translation");
        for (const QString &t : m.forms) {
            if (t.trimmed().isEmpty()) {
                out << where + QStringLiteral("empty translation");
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                out << where + QStringLiteral("placeholders differ in '%1'").arg(t);
            if (accelerators(t) != accelerators(m.source))
                out << where + QStringLiteral("accelerator count differs in '%1'").arg(t);
            if (isShortcut(m.source) && t != m.source)
                out << where + QStringLiteral("shortcut changed to '%1'").arg(t);
            if (m.source.endsWith(QChar(0x2026)) != t.endsWith(QChar(0x2026)))
                out << where + QStringLiteral("ellipsis differs in '%1'").arg(t);
        }
    }
    return out;
}

QByteArray readTs(const QString &lang)
{
    QFile f(QStringLiteral(RECON_SOURCE_DIR "/translations/recon_%1.ts").arg(lang));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray sample(const QByteArray &messages)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
           "<TS version=\"2.1\" language=\"de_DE\"><context><name>recon::MainWindow</name>"
        + messages + "</context></TS>";
}

} // namespace

class TestTranslationsComplete : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogueComplete_data();
    void catalogueComplete();
    void cataloguesHoldSameMessages();
    void checkerFindsProblems_data();
    void checkerFindsProblems();
};

void TestTranslationsComplete::catalogueComplete_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("tsLanguage");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<QString>("fileMenu"); // the translation of "&File", as a spot check
    QTest::newRow("de") << "de"
                        << "de_DE" << 2 << "&Datei";
    QTest::newRow("fr") << "fr"
                        << "fr_FR" << 2 << "&Fichier";
}

void TestTranslationsComplete::catalogueComplete()
{
    QFETCH(QString, lang);
    QFETCH(QString, tsLanguage);
    QFETCH(int, pluralForms);
    QFETCH(QString, fileMenu);
    const QByteArray xml = readTs(lang);
    QVERIFY2(!xml.isEmpty(), "cannot read the .ts file");
    const Catalogue cat = parseTs(xml);
    QCOMPARE(cat.language, tsLanguage);
    // lupdate has run on the real sources: hundreds of messages, not a stub.
    QVERIFY2(cat.messages.size() > 400, qPrintable(QString::number(cat.messages.size())));
    const QStringList found = problems(cat, pluralForms);
    QVERIFY2(found.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s):\n").arg(found.size()) + found.join(u'\n')));
    bool sawFile = false;
    for (const Message &m : cat.messages) {
        if (m.context == QLatin1String("recon::MainWindow") && m.source == QLatin1String("&File")) {
            QCOMPARE(m.forms, QStringList { fileMenu });
            sawFile = true;
        }
    }
    QVERIFY(sawFile);
}

void TestTranslationsComplete::cataloguesHoldSameMessages()
{
    QSet<QString> keys[2];
    int i = 0;
    for (const char *lang : { "de", "fr" }) {
        for (const Message &m : parseTs(readTs(QString::fromLatin1(lang))).messages)
            keys[i].insert(m.context + u'\x1f' + m.source);
        ++i;
    }
    QVERIFY(!keys[0].isEmpty());
    const QSet<QString> onlyDe = keys[0] - keys[1];
    const QSet<QString> onlyFr = keys[1] - keys[0];
    QVERIFY2(onlyDe.isEmpty() && onlyFr.isEmpty(),
        qPrintable(QStringLiteral("only in de: %1; only in fr: %2 (run recon_ui_lupdate)")
                       .arg(onlyDe.size())
                       .arg(onlyFr.size())));
}

// The checker itself: each broken sample yields exactly the expected complaint.
void TestTranslationsComplete::checkerFindsProblems_data()
{
    QTest::addColumn<QByteArray>("messages");
    QTest::addColumn<QString>("expected"); // substring of the only problem; empty: none

    QTest::newRow("finished") << QByteArray("<message><source>&amp;File</source>"
                                            "<translation>&amp;Datei</translation></message>")
                              << QString();
    QTest::newRow("unfinished") << QByteArray("<message><source>&amp;File</source>"
                                              "<translation type=\"unfinished\">&amp;Datei"
                                              "</translation></message>")
                                << "unfinished";
    QTest::newRow("vanished") << QByteArray("<message><source>Gone</source>"
                                            "<translation type=\"vanished\">Weg</translation>"
                                            "</message>")
                              << "vanished";
    QTest::newRow("empty") << QByteArray("<message><source>Rules</source>"
                                         "<translation>  </translation></message>")
                           << "empty translation";
    QTest::newRow("lost placeholder")
        << QByteArray("<message><source>Export failed: %1</source>"
                      "<translation>Export fehlgeschlagen</translation></message>")
        << "placeholders differ";
    QTest::newRow("lost accelerator") << QByteArray("<message><source>&amp;Edit</source>"
                                                    "<translation>Bearbeiten</translation>"
                                                    "</message>")
                                      << "accelerator count";
    QTest::newRow("literal ampersand ok")
        << QByteArray("<message><source>Profit &amp;&amp; loss</source>"
                      "<translation>Gewinn &amp;&amp; Verlust</translation></message>")
        << QString();
    QTest::newRow("localized shortcut") << QByteArray("<message><source>Ctrl+I</source>"
                                                      "<translation>Strg+I</translation>"
                                                      "</message>")
                                        << "shortcut changed";
    QTest::newRow("lost ellipsis") << QByteArray("<message><source>Export…</source>"
                                                 "<translation>Exportieren</translation>"
                                                 "</message>")
                                   << "ellipsis differs";
    QTest::newRow("one plural form")
        << QByteArray("<message numerus=\"yes\"><source>%n error(s)</source><translation>"
                      "<numerusform>%n Fehler</numerusform></translation></message>")
        << "1 plural forms, want 2";
    QTest::newRow("empty plural form") << QByteArray(
        "<message numerus=\"yes\"><source>%n error(s)</source><translation>"
        "<numerusform>%n Fehler</numerusform><numerusform></numerusform>"
        "</translation></message>") << "empty translation";
    QTest::newRow("truncated xml")
        << QByteArray("<message><source>Oops</source><translation>") << "line";
}

void TestTranslationsComplete::checkerFindsProblems()
{
    QFETCH(QByteArray, messages);
    QFETCH(QString, expected);
    const QStringList found = problems(parseTs(sample(messages)), 2);
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        return;
    }
    QVERIFY2(!found.isEmpty(), "no problem reported");
    QVERIFY2(found.first().contains(expected), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
