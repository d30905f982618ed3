#include "replacequestion.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Peakend;

// File → New and Save As ask before a project is written over a file (issue 24): the
// question, its default and what each answer does, with the answers clicked as a user would.
class TestReplaceQuestion : public QObject
{
    Q_OBJECT

private slots:
    void nothingThereAsksNothing();
    void cancelKeepsTheFile();
    void yesReplaces();
    void aFolderIsNeverReplaced();

private:
    // Clicks the button of the next message box once it shows; what it said goes to *text.
    void answerWith(QMessageBox::StandardButton button, QString *text,
                    QMessageBox::StandardButton *defaultButton = nullptr);
    QTemporaryDir m_dir;
};

void TestReplaceQuestion::answerWith(QMessageBox::StandardButton button, QString *text,
                                     QMessageBox::StandardButton *defaultButton)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->deleteLater();
        *text = box->text();
        if (defaultButton)
            *defaultButton = box->standardButton(box->defaultButton());
        box->button(button)->click();
    });
    poll->start(10);
}

void TestReplaceQuestion::nothingThereAsksNothing()
{
    QVERIFY(ReplaceQuestion::ask(nullptr, QStringLiteral("New Project"),
                                 m_dir.filePath(QStringLiteral("new.peakend"))));
    QVERIFY(!QApplication::activeModalWidget());
}

void TestReplaceQuestion::cancelKeepsTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("survey.peakend"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("757 respondents");
    file.close();
    QString text;
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    answerWith(QMessageBox::Cancel, &text, &defaultButton);
    QVERIFY(!ReplaceQuestion::ask(nullptr, QStringLiteral("Save Project As"), path));
    QCOMPARE(text, QStringLiteral("“survey.peakend” already exists. Replace it? Everything in "
                                  "it will be lost."));
    QCOMPARE(defaultButton, QMessageBox::Cancel); // Enter keeps the file
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("757 respondents"));
}

void TestReplaceQuestion::yesReplaces()
{
    const QString path = m_dir.filePath(QStringLiteral("old.peakend"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QString text;
    answerWith(QMessageBox::Yes, &text);
    QVERIFY(ReplaceQuestion::ask(nullptr, QStringLiteral("New Project"), path));
    QVERIFY(text.startsWith(QStringLiteral("“old.peakend” already exists.")));
}

void TestReplaceQuestion::aFolderIsNeverReplaced()
{
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.peakend")));
    QString text;
    answerWith(QMessageBox::Ok, &text);
    QVERIFY(!ReplaceQuestion::ask(nullptr, QStringLiteral("New Project"),
                                  m_dir.filePath(QStringLiteral("folder.peakend"))));
    QCOMPARE(text, QStringLiteral("“folder.peakend” is not a file that can be replaced."));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("folder.peakend"))).isDir());
}

QTEST_MAIN(TestReplaceQuestion)
#include "tst_replacequestion.moc"
