#include "languagemanager.h"

#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace Peakend {

namespace {
const QString settingsKey = QStringLiteral("language");
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

void LanguageManager::apply(const QString &language)
{
    QCoreApplication::removeTranslator(&m_peakend);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C) // LANG=C or POSIX: the source language, English
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    useChineseFace(locale);
    // English is the source language: its catalogue only adds the plural forms.
    if (m_peakend.load(locale, QStringLiteral("peakend"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&m_peakend);
    }
    if (locale.language() == QLocale::English)
        return;
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
}

// Every CJK font covers the Han characters, and fontconfig's fallback may pick the Japanese
// face, whose glyphs differ from what Chinese readers expect. Name the matching Chinese face
// after the default (Latin) family, for the UI and for PDFs alike; project data can hold
// Chinese whatever the UI language, so English uses the Simplified face.
void LanguageManager::useChineseFace(const QLocale &locale)
{
    // The default family is often an alias ("Sans Serif") that a family list passes over:
    // name the face it resolves to.
    if (m_baseFamily.isEmpty())
        m_baseFamily = QFontInfo(QGuiApplication::font()).family();
    const bool traditional = locale.script() == QLocale::TraditionalHanScript;
    QFont font = QGuiApplication::font();
    font.setFamilies({m_baseFamily, traditional ? QStringLiteral("Noto Sans CJK TC")
                                                : QStringLiteral("Noto Sans CJK SC")});
    QGuiApplication::setFont(font);
}

void LanguageManager::choose(const QString &language)
{
    QSettings().setValue(settingsKey, language);
    apply(language);
}

QString LanguageManager::chosen() const
{
    const QString language = QSettings().value(settingsKey).toString();
    return languages().contains(language) ? language : QString();
}

} // namespace Peakend
