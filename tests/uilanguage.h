#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

// The application's translation and locale for one language while it lives (nothing for an
// empty language): demos created meanwhile get that language's names, charts its labels.
class UiLanguage
{
public:
    UiLanguage(const QString &language, const QString &qmFolder)
    {
        if (language.isEmpty())
            return;
        m_loaded = m_translator.load(QStringLiteral("peakend_") + language, qmFolder);
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(language));
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // False when a language was asked for and its translation is not there.
    bool isLoaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = true;
};
